/**
 * The search vocabulary in memory: surface words of the indexed articles (from content_terms),
 * the source words of synonym rules, and the document frequency of every index term (from the
 * FTS5 vocab table). Used for typo tolerance and type-ahead completion.
 *
 * Loaded once and reloaded only when `content_generation` moves (a trigger bumps it on every
 * article change), so a search costs one tiny SELECT for the check. Kept per database handle.
 */
import type { ArticleLang } from '../../shared/content';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { analyzers } from './analysis/analyzer';
import { boundedEditDistance } from './analysis/edit-distance';
import { SCOPE_SET } from './scope';

export interface VocabularyWord {
  word: string;
  terms: string[];
}

export interface Vocabulary {
  /** Documents holding an index term (0 when unknown). */
  docFrequency(term: string): number;
  /** Index terms of a surface word seen in `langs`, or undefined when never seen. */
  termsOf(word: string, langs: readonly ArticleLang[]): string[] | undefined;
  /** Closest surface words within `maxEdits`, best first (fewest edits, then most frequent). */
  nearest(word: string, maxEdits: number, langs: readonly ArticleLang[], limit: number): VocabularyWord[];
  /** Surface words that start with `prefix` (excluding the prefix itself). */
  completions(prefix: string, langs: readonly ArticleLang[], limit: number): VocabularyWord[];
  /** Scratch memo for derived lookups; lives exactly as long as this vocabulary. */
  readonly memo: BoundedMemo;
}

/** A Map that forgets everything when full: query words are few, garbage must not pile up. */
export class BoundedMemo {
  private readonly map = new Map<string, unknown>();
  constructor(private readonly limit = 5_000) {}
  get(key: string): unknown {
    return this.map.get(key);
  }
  set(key: string, value: unknown): void {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
  }
}

interface LengthBucket {
  words: string[];
  /** Letter-set bit masks, parallel to `words`: a cheap filter before the edit distance. */
  masks: Uint32Array;
}

interface LangVocabulary {
  /** Sorted, for binary-searched prefix ranges. */
  sorted: string[];
  byLength: Map<number, LengthBucket>;
  terms: Map<string, string[]>;
  /** Highest document frequency among a word's terms: ranks completions and corrections. */
  weight: Map<string, number>;
}

class MemoryVocabulary implements Vocabulary {
  readonly memo = new BoundedMemo();

  constructor(
    private readonly df: Map<string, number>,
    private readonly langs: Record<ArticleLang, LangVocabulary>,
  ) {}

  docFrequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  termsOf(word: string, langs: readonly ArticleLang[]): string[] | undefined {
    let out: string[] | undefined;
    for (const lang of langs) {
      const t = this.langs[lang].terms.get(word);
      if (t) out = out ? [...new Set([...out, ...t])] : t;
    }
    return out;
  }

  nearest(word: string, maxEdits: number, langs: readonly ArticleLang[], limit: number): VocabularyWord[] {
    const found = new Map<string, { terms: string[]; distance: number; weight: number }>();
    for (const lang of langs) {
      const v = this.langs[lang];
      const mask = letterMask(word);
      for (let len = word.length - maxEdits; len <= word.length + maxEdits; len++) {
        const bucket = v.byLength.get(len);
        if (!bucket) continue;
        for (let i = 0; i < bucket.words.length; i++) {
          // One edit changes the presence of at most two letters.
          if (popcount(mask ^ bucket.masks[i]) > 2 * maxEdits) continue;
          const candidate = bucket.words[i];
          const distance = boundedEditDistance(word, candidate, maxEdits);
          if (distance > maxEdits || distance === 0) continue;
          const prev = found.get(candidate);
          const terms = v.terms.get(candidate) ?? [];
          const weight = v.weight.get(candidate) ?? 0;
          if (!prev) found.set(candidate, { terms, distance, weight });
          else found.set(candidate, { ...prev, terms: [...new Set([...prev.terms, ...terms])] });
        }
      }
    }
    return [...found]
      .sort(([aw, a], [bw, b]) => a.distance - b.distance || b.weight - a.weight || (aw < bw ? -1 : 1))
      .slice(0, limit)
      .map(([w, x]) => ({ word: w, terms: x.terms }));
  }

  completions(prefix: string, langs: readonly ArticleLang[], limit: number): VocabularyWord[] {
    const found = new Map<string, { terms: string[]; weight: number }>();
    for (const lang of langs) {
      const v = this.langs[lang];
      for (let i = lowerBound(v.sorted, prefix); i < v.sorted.length && v.sorted[i].startsWith(prefix); i++) {
        const word = v.sorted[i];
        if (word === prefix) continue;
        found.set(word, { terms: v.terms.get(word) ?? [], weight: v.weight.get(word) ?? 0 });
      }
    }
    return [...found]
      .sort(([aw, a], [bw, b]) => b.weight - a.weight || aw.length - bw.length || (aw < bw ? -1 : 1))
      .slice(0, limit)
      .map(([word, x]) => ({ word, terms: x.terms }));
  }
}

/** Bit per letter a–z (others share bit 26), set when the word contains it. */
function letterMask(word: string): number {
  let m = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    m |= 1 << (c >= 0 && c < 26 ? c : 26);
  }
  return m >>> 0;
}

function popcount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function loadVocabulary(db: Db): Vocabulary {
  const df = new Map<string, number>();
  for (const row of db.prepare('SELECT term, doc FROM articles_fts_vocab').iterate() as Iterable<{
    term: string;
    doc: number;
  }>) {
    if (!SCOPE_SET.has(row.term)) df.set(row.term, row.doc);
  }
  const build = (lang: ArticleLang): LangVocabulary => {
    const terms = new Map<string, string[]>();
    const rows = db.prepare('SELECT word, terms FROM content_terms WHERE lang = ?').all(lang) as {
      word: string;
      terms: string;
    }[];
    for (const r of rows) terms.set(r.word, r.terms.split(' '));
    // Synonym sources ("pasport", "tekong") are known words too, so "pasprot" corrects to one.
    const analyzer = analyzers[lang];
    for (const word of analyzer.synonymSources()) if (!terms.has(word)) terms.set(word, analyzer.termsOfWord(word));
    // Only words that lead to something in the index are worth suggesting.
    const weight = new Map<string, number>();
    for (const [word, t] of terms) {
      const w = Math.max(0, ...t.map((x) => df.get(x) ?? 0));
      if (w === 0) terms.delete(word);
      else weight.set(word, w);
    }
    const sorted = [...terms.keys()].sort();
    const lists = new Map<number, string[]>();
    for (const word of sorted) {
      const list = lists.get(word.length) ?? [];
      list.push(word);
      lists.set(word.length, list);
    }
    const byLength = new Map<number, LengthBucket>();
    for (const [len, list] of lists) byLength.set(len, { words: list, masks: Uint32Array.from(list, letterMask) });
    return { sorted, byLength, terms, weight };
  };
  return new MemoryVocabulary(df, { id: build('id'), en: build('en') });
}

const cache = new WeakMap<Db, { generation: number; vocabulary: Vocabulary }>();

export function contentGeneration(db: Db): number {
  return (stmt(db, 'SELECT value FROM content_generation WHERE id = 1').get() as { value: number }).value;
}

/** Bumps the generation for changes that touch the index but not `articles` (a re-index). */
export function bumpContentGeneration(db: Db): void {
  db.prepare('UPDATE content_generation SET value = value + 1 WHERE id = 1').run();
}

export function vocabularyFor(db: Db): Vocabulary {
  const generation = contentGeneration(db);
  const hit = cache.get(db);
  if (hit && hit.generation === generation) return hit.vocabulary;
  const vocabulary = loadVocabulary(db);
  cache.set(db, { generation, vocabulary });
  return vocabulary;
}
