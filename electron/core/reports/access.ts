import type { Role } from '../../shared/domain';
import { type DashboardPart, NAMED_LIST_ROLES, type NamedList, type ReportKind } from '../../shared/reports';
import { AppError } from '../api/app-error';

/**
 * Which parts of the reports a role sees, beyond the permission matrix (which only says who may
 * call a method at all). Viewers (kuwu, sekdes) and the admin see every aggregate; a desk officer
 * sees the Meja Layanan part, an educator the Rumah Edukasi part. Named lists go only to the
 * role that keeps those records, and to the admin.
 */
export const PARTS_BY_ROLE: Record<Role, readonly DashboardPart[]> = {
  public: [],
  admin: ['desk', 'edukasi'],
  viewer: ['desk', 'edukasi'],
  desk_officer: ['desk'],
  educator: ['edukasi'],
};

const REPORT_PART: Record<Exclude<ReportKind, 'dashboard'>, DashboardPart> = {
  migrationService: 'desk',
  rumahEdukasi: 'edukasi',
};

/** Worded differently from dispatch's own refusal, so the person knows which report is not theirs. */
const NOT_YOURS: Record<DashboardPart, string> = {
  desk: 'Laporan Layanan Migrasi hanya untuk Petugas Layanan, Pimpinan Desa dan Admin.',
  edukasi: 'Laporan Rumah Edukasi hanya untuk Pendamping Rumah Edukasi, Pimpinan Desa dan Admin.',
};

const NAMED_NOT_YOURS: Record<NamedList, string> = {
  consultations: 'Daftar konsultasi dengan nama hanya untuk Petugas Layanan dan Admin.',
  cases: 'Daftar pengaduan dengan nama hanya untuk Petugas Layanan dan Admin.',
  children: 'Daftar anak dengan nama hanya untuk Pendamping Rumah Edukasi dan Admin.',
};

export function requireReport(role: Role, report: Exclude<ReportKind, 'dashboard'>): void {
  const part = REPORT_PART[report];
  if (!PARTS_BY_ROLE[role].includes(part)) throw new AppError('FORBIDDEN', NOT_YOURS[part]);
}

export function requireNamedList(role: Role, list: NamedList): void {
  if (!NAMED_LIST_ROLES[list].includes(role)) throw new AppError('FORBIDDEN', NAMED_NOT_YOURS[list]);
}
