/**
 * Content-Security-Policy for the renderer, sent by the app:// protocol handler (desktop) and the
 * Node host (browser mode). Everything is local: no remote origin, no inline script or style.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
