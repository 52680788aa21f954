import { deskId } from './desk.id';
import { deskadminId } from './deskadmin.id';
import { edukasiId } from './edukasi.id';
import { kioskId } from './kiosk.id';
import { reportDocsId } from './reportdocs.id';
import { reportsId } from './reports.id';

/**
 * Bahasa Indonesia: the app's first language. Plain, short sentences; the glossary in DESIGN.md
 * fixes the words (Petugas Layanan, Pendamping Rumah Edukasi, Pimpinan Desa, ...).
 */
export const id = {
  app: {
    name: 'Balai Migran',
    tagline: 'Layanan Informasi Pekerja Migran',
    loading: 'Memuat…',
    startFailed: 'Aplikasi belum bisa dibuka',
    retry: 'Coba lagi',
  },
  common: {
    showPassword: 'Tampilkan kata sandi',
  },
  language: {
    label: 'Pilih bahasa',
    id: 'Bahasa Indonesia',
    en: 'English',
  },
  kiosk: kioskId,
  setup: {
    documentTitle: 'Penyiapan awal — Balai Migran',
    title: 'Selamat datang di Balai Migran',
    intro: 'Sebelum dipakai, aplikasi perlu disiapkan satu kali: profil desa, lalu akun admin pertama.',
    stepVillage: 'Profil desa',
    stepVillageHint: 'Desa dan alamat',
    stepAdmin: 'Akun admin',
    stepAdminHint: 'Untuk masuk ke aplikasi',
    village: {
      heading: 'Langkah 1 dari 2: Profil desa',
      region: 'Desa atau kelurahan',
      regionHint: 'Ketik nama desa, nama kecamatan, atau kode wilayah.',
      regionGroup: 'Kecamatan {{district}}',
      regionChosen: 'Kode wilayah {{code}} · Kecamatan {{district}} · {{regency}}',
      regionSource: 'Sumber daftar wilayah: {{source}}',
      regionsLoading: 'Memuat daftar desa…',
      nothingFound: 'Tidak ada desa yang cocok.',
      name: 'Nama desa',
      nameHint: 'Seperti tertulis di papan nama kantor desa.',
      address: 'Alamat kantor desa',
      addressHint: 'Jalan, blok atau dusun, dan nomor bila ada.',
      next: 'Lanjut',
    },
    admin: {
      heading: 'Langkah 2 dari 2: Akun admin',
      intro: 'Admin mengatur akun petugas dan data aplikasi. Catat kata sandi ini dan simpan di tempat yang aman.',
      rulesTitle: 'Aturan kata sandi',
      ruleLength: 'Minimal 8 karakter.',
      ruleCommon: 'Bukan kata sandi umum yang mudah ditebak, seperti 12345678 atau bismillah123.',
      ruleWords: 'Tidak memuat nama desa, nama pengguna, atau nama aplikasi.',
      ruleTip: 'Kalimat pendek yang mudah Anda ingat lebih kuat daripada satu kata yang rumit.',
      username: 'Nama pengguna',
      usernameHint: '3–32 karakter: huruf kecil, angka, titik, garis bawah, atau tanda hubung. Contoh: sekdes',
      displayName: 'Nama lengkap',
      displayNameHint: 'Ditampilkan di layar dan di catatan kegiatan.',
      password: 'Kata sandi',
      passwordConfirm: 'Ulangi kata sandi',
      back: 'Kembali',
      submit: 'Selesaikan penyiapan',
    },
    errors: {
      required: 'Wajib diisi.',
      chooseRegion: 'Pilih desa dari daftar.',
      passwordMismatch: 'Kata sandi dan ulangannya tidak sama.',
    },
    goToLogin: 'Ke halaman masuk',
    done: 'Penyiapan selesai. Silakan masuk dengan akun admin yang baru dibuat.',
  },
  login: {
    documentTitle: 'Masuk Petugas — Balai Migran',
    title: 'Masuk Petugas',
    intro: 'Khusus petugas desa. Pengunjung tidak perlu masuk.',
    username: 'Nama pengguna',
    password: 'Kata sandi',
    submit: 'Masuk',
    backToKiosk: 'Kembali ke layar kios',
    failedTitle: 'Belum berhasil masuk',
    throttledTitle: 'Tunggu sebentar',
    required: 'Wajib diisi.',
    loggedOut: 'Anda sudah keluar. Sampai jumpa.',
    successTitle: 'Berhasil',
    noticeTitle: 'Perhatian',
  },
  staff: {
    navLabel: 'Menu petugas',
    logout: 'Keluar',
    loadFailed: 'Data belum bisa dimuat',
    roles: {
      admin: 'Admin',
      desk_officer: 'Petugas Layanan',
      educator: 'Pendamping Rumah Edukasi',
      viewer: 'Pimpinan Desa',
    },
    nav: {
      home: 'Beranda',
    },
    home: {
      documentTitle: 'Beranda — Balai Migran',
      greeting: 'Selamat datang, {{name}}',
      village: {
        title: 'Profil desa',
        name: 'Nama',
        code: 'Kode wilayah',
        area: 'Wilayah',
        address: 'Alamat kantor',
      },
      account: {
        title: 'Akun Anda',
        name: 'Nama',
        username: 'Nama pengguna',
        role: 'Peran',
      },
      about: {
        title: 'Tentang aplikasi',
        version: 'Versi aplikasi',
        schema: 'Versi basis data',
      },
    },
  },
  demo: {
    label: 'DATA CONTOH',
    text: 'Semua nama dan angka di aplikasi ini rekaan, bukan data warga.',
  },
  village: {
    desa: 'Desa {{name}}',
    kelurahan: 'Kelurahan {{name}}',
    district: 'Kecamatan {{district}}, {{regency}}',
  },
  ...deskId,
  ...deskadminId,
  ...edukasiId,
  ...reportsId,
  ...reportDocsId,
};

/** Same keys, every leaf a string: what every other language must provide. */
export type Translation = Shape<typeof id>;
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
