/** Paths of the Rumah Edukasi screens inside the staff area (`#/staf/edukasi/...`). Never a name in a URL. */
export const EDUKASI_PATHS = {
  activities: '/edukasi',
  children: '/edukasi/anak',
  enrol: '/edukasi/anak/baru',
  withoutDocuments: '/edukasi/tanpa-akta',
  groups: '/edukasi/kelompok',
  alerts: '/edukasi/peringatan',
  import: '/edukasi/impor',
} as const;

export const childPath = (id: string) => `/edukasi/anak/${encodeURIComponent(id)}`;
export const groupPath = (id: string) => `/edukasi/kelompok/${encodeURIComponent(id)}`;
export const rollCallPath = (activityId: string) => `/edukasi/absensi/${encodeURIComponent(activityId)}`;
