import { ROUTES } from '../app/routes';

/** Paths of the desk screens inside the staff area (`#/staf/antrian`). */
export const DESK_PATHS = {
  queue: '/antrian',
  consultations: '/konsultasi',
  newConsultation: '/konsultasi/baru',
  followUps: '/tindak-lanjut',
} as const;

export const consultationPath = (id: string) => `/konsultasi/${encodeURIComponent(id)}`;
export const editConsultationPath = (id: string) => `/konsultasi/${encodeURIComponent(id)}/ubah`;
/** The consultation form for a queue ticket; the form asks queue.serve for its prefill. */
export const serveTicketPath = (ticketId: string) => `/konsultasi/baru/${encodeURIComponent(ticketId)}`;

/** A plain link into the staff area, usable from any router level. */
export const staffHref = (path: string) => `#${ROUTES.staffHome}${path}`;
