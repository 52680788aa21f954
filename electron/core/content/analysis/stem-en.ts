/**
 * A light English stemmer for the few English articles: plurals and -ing/-ed only. A full
 * Porter stemmer would conflate more ("organisation" → "organ"); for a handful of short
 * articles, matching "documents"/"document" and "working"/"work" is what visitors need.
 */
const VOWELS = /[aeiouy]/;

export function stemEnglish(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);

  for (const suffix of ['ing', 'ed']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && VOWELS.test(w.slice(0, -suffix.length))) {
      w = w.slice(0, -suffix.length);
      // "stopped" → "stop", but keep "ll"/"ss" ("called" → "call").
      if (/([b-df-hj-km-rtv-z])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  return w;
}
