/**
 * Folding and tokenising shared by the indexer, the query parser and the snippet cutter, so a
 * word is cut and folded the same way everywhere.
 */

/** A word of the original text with its position, so snippets can quote the original. */
export interface Token {
  /** Folded form: lower case, no diacritics. */
  word: string;
  start: number;
  end: number;
}

const WORD_START = /[\p{L}\p{N}]/u;
const WORD_PART = /[\p{L}\p{N}\p{M}]/u;
const MARKS = /\p{M}+/gu;

/** ASCII letters and digits, checked without a regex: tokenising runs on every keystroke. */
function asciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Lower case without diacritics: "Pendaftarán" → "pendaftaran". NFKD also splits ligatures and
 * full-width forms ("ｐａｓｐｏｒ" → "paspor") typed on some phone keyboards.
 */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/**
 * Informal writing repeats a word with a digit 2 ("anak2" = "anak-anak"). Only letters before
 * the 2, at least three of them, so codes such as "p2mi" or "ak1" are left alone.
 */
const REDUPLICATION = /^(\p{L}{3,})2$/u;

// NFKD can turn one letter into letters plus symbols ("½" → "1⁄2"); keep only letters and digits
// so every index term is a single token for FTS5's unicode61 tokenizer as well.
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

const ASCII_WORD = /^[A-Za-z0-9]+$/;

function foldWord(raw: string): string {
  // Fast path: most words are plain ASCII and need no Unicode normalisation.
  const f = ASCII_WORD.test(raw) ? raw.toLowerCase() : fold(raw).replace(NOT_WORD, '');
  if (f.charCodeAt(f.length - 1) !== 50 /* "2" */) return f;
  const m = REDUPLICATION.exec(f);
  return m ? m[1] : f;
}

/**
 * Splits text into words: a letter or digit, then letters, digits and combining marks (so "é"
 * written as e + U+0301 stays one word). A hand-written scanner with an ASCII fast path;
 * other characters are classified by Unicode property.
 */
function scan(text: string, emit: (raw: string, start: number, end: number) => void): void {
  let start = -1;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    let width = 1;
    let isStart: boolean;
    let isPart: boolean;
    if (c < 128) {
      isStart = isPart = asciiWordChar(c);
    } else {
      const cp = text.codePointAt(i) ?? c;
      width = cp > 0xffff ? 2 : 1;
      const ch = text.slice(i, i + width);
      isStart = WORD_START.test(ch);
      isPart = isStart || WORD_PART.test(ch);
    }
    if (start === -1) {
      if (isStart) start = i;
    } else if (!isPart) {
      emit(text.slice(start, i), start, i);
      start = -1;
    }
    i += width;
  }
  if (start !== -1) emit(text.slice(start), start, text.length);
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  scan(text, (raw, start, end) => {
    const word = foldWord(raw);
    if (word.length > 0) out.push({ word, start, end });
  });
  return out;
}

/** Folded words only, for the indexer. */
export function words(text: string): string[] {
  const out: string[] = [];
  scan(text, (raw) => {
    const word = foldWord(raw);
    if (word.length > 0) out.push(word);
  });
  return out;
}
