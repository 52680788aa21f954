/** Messages several Rumah Edukasi methods answer with (plain Indonesian the educator can act on). */
export const CHILD_NOT_FOUND = 'Data anak tidak ditemukan. Muat ulang daftar anak.';
export const CHILD_STALE =
  'Data anak ini baru saja diubah petugas lain. Muat ulang untuk melihat perubahan; isian Anda belum disimpan.';
export const CHILD_CONSENT_WITHDRAWN =
  'Persetujuan Rumah Edukasi untuk anak ini sudah ditarik, jadi datanya tidak bisa diolah lagi. Catat persetujuan baru bila orang tua atau wali setuju kembali.';
export const childLeft = (leftOn: string) => `Anak ini sudah keluar dari Rumah Edukasi sejak ${leftOn}.`;
export const GROUP_NOT_FOUND = 'Kelompok tidak ditemukan. Muat ulang daftar kelompok.';
export const ACTIVITY_NOT_FOUND = 'Kegiatan tidak ditemukan. Muat ulang daftar kegiatan.';
export const NO_EDUKASI_CONSENT =
  'Belum ada persetujuan Rumah Edukasi yang berlaku untuk orang ini (belum dicatat, atau sudah ditarik).';
