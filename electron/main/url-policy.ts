/**
 * Which URLs belong to the app. Pure (no `electron` import), so every navigation, window and IPC
 * decision that depends on it is table- and property-tested in Node.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'balai';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The first page every window loads: the renderer's index.html served by protocol.ts. */
export const APP_START_URL = `${APP_ORIGIN}/`;

/**
 * True only for `app://balai/...`. Parsed with the WHATWG URL parser, never `startsWith`: that
 * refuses `app://balai@evil/` (userinfo), `app://balai.evil/`, ports and every other scheme.
 * The host compares case-insensitively because Chromium lower-cases hosts of standard schemes;
 * anything it would not canonicalise to exactly `balai` (percent-encoded, trailing dot) is refused.
 * The path is not judged here: the protocol handler keeps every path inside the build folder.
 */
export function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The parts of Electron's WebFrameMain that the sender check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * Electron checklist item 17: only our own top-level page may reach the core. Sub-frames (even
 * same-origin ones) and frames that have already gone (`senderFrame` is null) are refused.
 */
export function isTrustedSender(frame: FrameLike | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}
