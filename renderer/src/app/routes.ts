/** Hash routes (`#/masuk`), so the same build works under app:// and http://. */
export const ROUTES = {
  kiosk: '/',
  /** Every kiosk screen after the home screen (see renderer/src/kiosk/kiosk-routes.ts). */
  kioskScreens: '/kios',
  login: '/masuk',
  staffHome: '/staf',
  /** The waiting-room TV: called numbers only, no login (renderer/src/queue-display). */
  queueDisplay: '/layar-antrian',
} as const;
