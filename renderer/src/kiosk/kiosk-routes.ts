import { ROUTES } from '../app/routes';

/**
 * Kiosk screens. The home screen is ROUTES.kiosk (`/`); every other kiosk screen lives under
 * ROUTES.kioskScreens (`/kios`), rendered by the same KioskHome component so the kiosk frame,
 * idle timer and visitor state are one. Paths are Indonesian: they show in the address bar of a
 * browser-mode tablet.
 */
const base = ROUTES.kioskScreens;

export const KIOSK_PATTERNS = {
  category: `${base}/info/:category`,
  article: `${base}/artikel/:slug`,
  calo: `${base}/cek-tawaran`,
  checklist: `${base}/daftar-dokumen`,
  p3mi: `${base}/cek-p3mi`,
  contacts: `${base}/kontak`,
  destinations: `${base}/negara`,
  destination: `${base}/negara/:code`,
  queue: `${base}/antrian`,
} as const;

export const kioskPath = {
  home: ROUTES.kiosk,
  category: (category: string) => `${base}/info/${encodeURIComponent(category)}`,
  article: (slug: string) => `${base}/artikel/${encodeURIComponent(slug)}`,
  calo: KIOSK_PATTERNS.calo,
  checklist: KIOSK_PATTERNS.checklist,
  p3mi: KIOSK_PATTERNS.p3mi,
  contacts: KIOSK_PATTERNS.contacts,
  destinations: KIOSK_PATTERNS.destinations,
  destination: (code: string) => `${base}/negara/${encodeURIComponent(code)}`,
  queue: KIOSK_PATTERNS.queue,
};

/** Articles the kiosk links to by name from its tool screens. */
export const ARTICLE_LINKS = {
  checkJobOffer: 'cek-tawaran-kerja',
  checkAgency: 'cek-p3mi-dan-lowongan',
  complaints: 'ada-masalah-ke-mana-mengadu',
  destinations: 'negara-tujuan-dan-moratorium',
  documents: 'dokumen-wajib-calon-pmi',
  trafficking: 'kenali-tppo',
  villageServices: 'layanan-migrasi-desa-kenanga',
  privacy: 'pemberitahuan-privasi',
} as const;
