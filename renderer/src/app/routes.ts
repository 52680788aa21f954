/** Hash routes (`#/masuk`), so the same build works under app:// and http://. */
export const ROUTES = {
  kiosk: '/',
  login: '/masuk',
  staffHome: '/staf',
} as const;
