/**
 * Turns what a visitor typed into a safe FTS5 MATCH expression plus the terms to highlight.
 *
 * Safety: raw text never reaches MATCH. The query is cut, folded and split into letter/digit
 * words; every term in the expression is such a word, double-quoted (quotes doubled anyway), and
 * only the operators OR and parentheses are added here. So `"`, `*`, `AND`, `NEAR(`, `-`, `:`
 * and `^` are just punctuation or ordinary words to the search.
 *
 * Matching: each typed word becomes a group of alternative index terms (its stem or synonym;
 * close vocabulary words when it is an unknown word of 5+ letters; completions when it is the
 * last word and still being typed). Groups are OR-ed and bm25 ranks documents that match more
 * groups, and rarer ones, higher: villagers' queries carry noise words ("cara", "brp"), so
 * requiring every word would hide the right article too often.
 */
import type { ArticleLang, SearchQueryInfo } from '../../shared/content';
import { queryAnalyzers } from './analysis/analyzer';
import { allowedEdits } from './analysis/edit-distance';
import { tokenize } from './analysis/fold';
import type { Vocabulary } from './vocabulary';

/** Longer input is cut: no real question needs more, and it bounds the work per keystroke. */
export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_WORDS = 12;
const MAX_COMPLETIONS = 8;
const MAX_CORRECTIONS = 3;

export interface QueryGroup {
  /** The folded word as typed (or the phrase's last word). */
  input: string;
  terms: string[];
}

export interface ParsedQuery {
  info: SearchQueryInfo;
  groups: QueryGroup[];
  /** FTS5 MATCH expression, or null when nothing searchable remains. */
  match: string | null;
  /** Every index term searched: a document word whose terms meet this set is a hit. */
  highlight: Set<string>;
}

// C0/C1 controls, bidi overrides and other invisible format characters become spaces.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\u2028\u2029]/gu;

export function quoteTerm(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

interface WordReading {
  terms: string[];
  correction: { from: string; to: string } | null;
}

/**
 * The index terms one typed word stands for. Memoised in the vocabulary (which is rebuilt
 * whenever the articles change): while a visitor types "pendaftran disn…", every keystroke
 * re-sends the finished words, and their typo search should run once.
 */
function readWord(word: string, partial: boolean, lang: ArticleLang, vocab: Vocabulary): WordReading {
  const key = `${lang}|${partial ? 'p' : 'w'}|${word}`;
  const hit = vocab.memo.get(key) as WordReading | undefined;
  if (hit) return hit;
  const analyzers = queryAnalyzers(lang);
  const langs = analyzers.map((a) => a.lang);
  const terms = new Set<string>();
  let correction: WordReading['correction'] = null;
  // One- and two-digit numbers ("umur 17", "pasal 5") mostly meet article and regulation
  // numbers in legal citations, which outrank the real topic words; they are not searched.
  const stop = analyzers.every((a) => a.isStopword(word)) || /^\d{1,2}$/.test(word);
  if (!stop) for (const a of analyzers) for (const t of a.termsOfWord(word)) terms.add(t);
  const known = [...terms].some((t) => vocab.docFrequency(t) > 0) || vocab.termsOf(word, langs) !== undefined;
  // Completions for the word being typed, only while it is not a word of its own: "calo"
  // must not also search "calon", "waspa" must search "waspada". The next keystroke (or a
  // space) settles it either way.
  let completed = false;
  if (partial && !known && word.length >= 2) {
    for (const c of vocab.completions(word, langs, MAX_COMPLETIONS)) {
      completed = true;
      for (const t of c.terms) terms.add(t);
    }
  }
  // A typo only when the word is unknown and does not start a known word ("waspa").
  const edits = allowedEdits(word);
  if (!stop && !known && !completed && edits > 0 && !/\d/.test(word)) {
    const near = vocab.nearest(word, edits, langs, MAX_CORRECTIONS);
    if (near.length > 0) correction = { from: word, to: near[0].word };
    for (const n of near) for (const t of n.terms) terms.add(t);
  }
  const reading = { terms: [...terms].filter((t) => vocab.docFrequency(t) > 0), correction };
  vocab.memo.set(key, reading);
  return reading;
}

export function parseQuery(raw: string, lang: ArticleLang, vocab: Vocabulary): ParsedQuery {
  const cleaned = raw.replace(INVISIBLE, ' ').trimStart();
  const tooLong = cleaned.trimEnd().length > MAX_QUERY_CHARS;
  // Cut at a word boundary so a half word is not searched.
  const text = tooLong ? cleaned.slice(0, MAX_QUERY_CHARS + 1).replace(/[\p{L}\p{N}\p{M}]*$/u, '') : cleaned;
  const all = tokenize(text);
  const tokens = all.slice(0, MAX_QUERY_WORDS);
  const truncated = tooLong || all.length > tokens.length;
  const typed = tokens.map((t) => t.word);
  const last = tokens.at(-1);
  // The visitor is still typing the last word when nothing follows it.
  const lastIsPartial = !truncated && last !== undefined && last.end === text.length;
  const primary = queryAnalyzers(lang)[0];

  const groups: QueryGroup[] = [];
  const corrections: { from: string; to: string }[] = [];
  for (const item of primary.rewritePhrases(typed)) {
    const isLast = item.source === typed.length - 1 && item.word !== undefined;
    const reading = item.terms
      ? { terms: item.terms.filter((t) => vocab.docFrequency(t) > 0), correction: null }
      : readWord(item.word ?? '', isLast && lastIsPartial, lang, vocab);
    if (reading.correction) corrections.push(reading.correction);
    if (reading.terms.length > 0) groups.push({ input: item.word ?? typed[item.source], terms: reading.terms });
  }

  const expanded = [...new Set(groups.flatMap((g) => g.terms))];
  const match =
    groups.length === 0
      ? null
      : groups
          .map((g) => (g.terms.length === 1 ? quoteTerm(g.terms[0]) : `(${g.terms.map(quoteTerm).join(' OR ')})`))
          .join(' OR ');
  return {
    info: { normalized: typed.join(' '), expanded, corrections, truncated },
    groups,
    match,
    highlight: new Set(expanded),
  };
}
