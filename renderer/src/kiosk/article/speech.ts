/**
 * "Dengarkan": which voice to use and how to cut the text for it. Pure, for unit tests; the
 * browser part is use-speech.ts.
 */

export interface VoiceLike {
  lang: string;
  name: string;
  localService?: boolean;
  default?: boolean;
}

/** BCP 47 tags a voice may use for each language; Android still reports Indonesian as `in`. */
const LANGUAGE_PREFIXES: Record<'id' | 'en', readonly string[]> = { id: ['id', 'in'], en: ['en'] };
const PREFERRED_REGION: Record<'id' | 'en', string> = { id: 'id-id', en: 'en-gb' };

const normalizeTag = (tag: string) => tag.trim().toLowerCase().replace(/_/g, '-');

export function voiceSpeaks(voice: VoiceLike, lang: 'id' | 'en'): boolean {
  const tag = normalizeTag(voice.lang);
  return LANGUAGE_PREFIXES[lang].some((prefix) => tag === prefix || tag.startsWith(`${prefix}-`));
}

/**
 * The best voice for the language, or null (then the listen button is hidden). Voices that need
 * the internet (`localService: false`, e.g. Chrome's Google voices) are never chosen: the kiosk
 * is offline and would stay silent. Among the rest: the usual region first, then the default.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: 'id' | 'en'): V | null {
  const usable = voices.filter((v) => v.localService !== false && voiceSpeaks(v, lang));
  const score = (v: V) => (normalizeTag(v.lang) === PREFERRED_REGION[lang] ? 2 : 0) + (v.default ? 1 : 0);
  let best: V | null = null;
  for (const voice of usable) if (best === null || score(voice) > score(best)) best = voice;
  return best;
}

/**
 * Cuts text into pieces of at most `max` characters, at sentence ends where possible, then at
 * commas, then at spaces. Chromium stops long utterances after about 15 seconds, so a whole
 * article is spoken as a queue of short ones.
 */
export function speechChunks(lines: readonly string[], max = 200): string[] {
  const chunks: string[] = [];
  for (const line of lines) {
    const text = line.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    let current = '';
    for (const sentence of splitSentences(text)) {
      for (const piece of sentence.length <= max ? [sentence] : splitLong(sentence, max)) {
        if (!current) current = piece;
        else if (current.length + 1 + piece.length <= max) current = `${current} ${piece}`;
        else {
          chunks.push(current);
          current = piece;
        }
      }
    }
    if (current) chunks.push(current);
  }
  return chunks;
}

function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?…:;])\s+(?=\S)/u).filter(Boolean);
}

function splitLong(sentence: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = window.lastIndexOf(', ');
    if (cut < max / 3) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = max;
    else if (window[cut] === ',') cut += 1;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
