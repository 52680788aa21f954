/** Paths of the Laporan screens inside the staff area (`#/staf/laporan/...`). */
export const REPORT_PATHS = {
  dashboard: '/laporan',
  migrationService: '/laporan/layanan-migrasi',
  rumahEdukasi: '/laporan/rumah-edukasi',
} as const;
