/** Messages more than one people method answers with (plain Indonesian the officer can act on). */
export const PERSON_NOT_FOUND = 'Data orang tidak ditemukan. Mungkin sudah dihapus; muat ulang daftar.';
export const STALE =
  'Data ini baru saja diubah petugas lain. Muat ulang untuk melihat perubahan; isian Anda tidak hilang.';
