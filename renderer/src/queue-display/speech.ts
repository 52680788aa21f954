import type { QueueDisplay } from '../../../electron/shared/desk';

/**
 * Speaking the called number on the TV. Only an Indonesian voice may say it (another voice
 * would mangle "silakan ke Meja 1"); without one the "Suara" switch is not offered at all.
 */
export interface VoiceLike {
  lang: string;
  name: string;
  localService?: boolean;
}

export function pickIndonesianVoice<V extends VoiceLike>(voices: readonly V[]): V | null {
  // `in-ID` is the old Java/Android code some systems still report.
  const indonesian = voices.filter((v) => /^(id|in)([-_]|$)/i.test(v.lang));
  return indonesian.find((v) => v.localService) ?? indonesian[0] ?? null;
}

/** Identity of the newest call: a recall of the same number is a new call (new time). */
export function newestCallKey(display: QueueDisplay): string | null {
  const newest = display.recent[0];
  return newest ? `${newest.ticket}|${newest.counter}|${newest.calledAt}` : null;
}

/**
 * Whether a fresh answer is a call to announce: not on the first answer after the screen
 * opens (that call is old news), and only when the newest call changed and is still on.
 */
export function shouldAnnounce(previousKey: string | null | undefined, display: QueueDisplay): boolean {
  const key = newestCallKey(display);
  return previousKey !== undefined && key !== null && key !== previousKey && display.announcement !== null;
}
