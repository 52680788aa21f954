/**
 * Snippets as data: the window of the article text with the most query hits, cut into
 * `{ text, hit }` segments so the renderer highlights without ever injecting HTML.
 * A word is a hit when its own analysis (same stemmer and synonyms as the index) meets the
 * query's terms, so "pendaftaran" lights up for a search on "daftar".
 */
import type { SnippetSegment } from '../../shared/content';
import type { Analyzer } from './analysis/analyzer';
import { type Token, tokenize } from './analysis/fold';

export const SNIPPET_WORDS = 24;
const ELLIPSIS = '…';

function hitFlags(tokens: readonly Token[], analyzer: Analyzer, query: ReadonlySet<string>): boolean[] {
  return tokens.map(
    (t) => !analyzer.isStopword(t.word) && analyzer.termsOfWord(t.word).some((term) => query.has(term)),
  );
}

/**
 * Index of the first word of the window holding the most hits (earliest on ties). A repeated
 * word counts a quarter, so a window with "biaya" and "penempatan" beats "biaya … biaya".
 * One sliding pass: this runs for every result on every keystroke.
 */
function bestWindow(tokens: readonly Token[], hits: readonly boolean[], size: number): number {
  const counts = new Map<string, number>();
  let score = 0;
  const add = (i: number, sign: 1 | -1) => {
    if (!hits[i]) return;
    const w = tokens[i].word;
    const before = counts.get(w) ?? 0;
    const after = before + sign;
    counts.set(w, after);
    score += sign * (sign === 1 ? (before === 0 ? 1 : 0.25) : after === 0 ? 1 : 0.25);
  };
  const first = Math.min(size, tokens.length);
  for (let i = 0; i < first; i++) add(i, 1);
  let best = 0;
  let bestScore = score;
  for (let start = 1; start + size <= tokens.length; start++) {
    add(start - 1, -1);
    add(start + size - 1, 1);
    if (score > bestScore + 1e-9) {
      best = start;
      bestScore = score;
    }
  }
  if (best === 0) return 0;
  // Slide to the first hit inside the window, then back a little so the reader sees context.
  let firstHit = best;
  while (firstHit < tokens.length - 1 && !hits[firstHit]) firstHit++;
  return Math.max(0, Math.min(firstHit - 3, tokens.length - size));
}

/** `tokens` may be passed when the caller has them cached (they must come from `text`). */
export function buildSnippet(
  text: string,
  analyzer: Analyzer,
  query: ReadonlySet<string>,
  size = SNIPPET_WORDS,
  tokens: readonly Token[] = tokenize(text),
): SnippetSegment[] {
  if (tokens.length === 0) return [];
  const hits = hitFlags(tokens, analyzer, query);
  const start = bestWindow(tokens, hits, size);
  const end = Math.min(tokens.length, start + size) - 1;
  const segments: SnippetSegment[] = [];
  const push = (piece: string, hit: boolean) => {
    if (piece.length === 0) return;
    const prev = segments.at(-1);
    if (prev && prev.hit === hit) prev.text += piece;
    else segments.push({ text: piece, hit });
  };
  if (start > 0) push(`${ELLIPSIS} `, false);
  let cursor = tokens[start].start;
  for (let i = start; i <= end; i++) {
    push(text.slice(cursor, tokens[i].start), false);
    push(text.slice(tokens[i].start, tokens[i].end), hits[i]);
    cursor = tokens[i].end;
  }
  // Keep punctuation that closes the last word ("biaya." / "(P3MI)").
  const tail = end === tokens.length - 1 ? text.slice(cursor) : /^[^\s\p{L}\p{N}]*/u.exec(text.slice(cursor))?.[0];
  push(tail?.trimEnd() ?? '', false);
  if (end < tokens.length - 1) push(` ${ELLIPSIS}`, false);
  return segments;
}
