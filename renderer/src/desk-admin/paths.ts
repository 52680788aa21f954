import { ROUTES } from '../app/routes';

/**
 * Paths of the record-keeping and administration screens, inside the staff area (`#/staf`).
 * Indonesian words, because staff see them in the address and the window title bar.
 */
export const DESK_ADMIN_PATHS = {
  users: '/pengaturan/akun',
  audit: '/pengaturan/audit',
  cases: '/pengaduan',
  caseNew: '/pengaduan/baru',
  casesByAgency: '/pengaduan/per-p3mi',
  casesOfAgency: (agencyId: string) => `/pengaduan/per-p3mi/${encodeURIComponent(agencyId)}`,
  case: (id: string) => `/pengaduan/${encodeURIComponent(id)}`,
  journeys: '/migrasi',
  person: (id: string) => `/orang/${encodeURIComponent(id)}`,
  personTrail: (id: string) => `/orang/${encodeURIComponent(id)}/riwayat-pemrosesan`,
  journeyNew: (personId: string) => `/orang/${encodeURIComponent(personId)}/migrasi/baru`,
  journeyEdit: (personId: string, journeyId: string) =>
    `/orang/${encodeURIComponent(personId)}/migrasi/${encodeURIComponent(journeyId)}`,
} as const;

/** The full hash link for an anchor (`#/staf/pengaduan`); wouter's navigate() takes the bare path. */
export function staffHref(path: string): string {
  return `#${ROUTES.staffHome}${path}`;
}
