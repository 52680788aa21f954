/**
 * Text → index terms, identical for article text and queries: fold → phrase synonyms → drop
 * stop words and single letters → per word: synonym, else stem, then synonym of the stem.
 * Articles are analysed with their own language; English queries also try the Indonesian
 * analyser (the kiosk shows Indonesian articles that have no English version).
 */
import { createHash } from 'node:crypto';
import type { ArticleLang } from '../../../shared/content';
import { ROOT_WORDS_ID } from '../data/roots-id';
import { STOPWORDS_EN, STOPWORDS_ID } from '../data/stopwords';
import { SYNONYM_RULES, type SynonymRule } from '../data/synonyms';
import { words } from './fold';
import { stemEnglish } from './stem-en';
import { stemIndonesian } from './stem-id';

/** Bump when the stemmers' code changes; data changes are picked up by the hash below. */
const STEMMER_REVISION = 1;

/**
 * Identifies everything that decides index terms. Stored with the index; a different value on
 * start means the index is rebuilt from the articles table.
 */
export const ANALYZER_VERSION = createHash('sha256')
  .update(JSON.stringify([STEMMER_REVISION, SYNONYM_RULES, ROOT_WORDS_ID, [...STOPWORDS_ID], [...STOPWORDS_EN]]))
  .digest('hex')
  .slice(0, 16);

interface PhraseRule {
  words: string[];
  /** Output positions; each position lists its alternatives. */
  to: string[][];
}

const MEMO_LIMIT = 50_000;

export class Analyzer {
  private readonly single = new Map<string, string[]>();
  private readonly phrases = new Map<string, PhraseRule[]>();
  private readonly memo = new Map<string, string[]>();

  constructor(
    readonly lang: ArticleLang,
    private readonly stem: (word: string) => string,
    readonly stopwords: ReadonlySet<string>,
    rules: readonly SynonymRule[],
  ) {
    for (const rule of rules) {
      if (rule.lang && rule.lang !== lang) continue;
      const from = words(rule.from);
      const to = rule.to.split(/\s+/).map((position) => position.split('|'));
      if (from.length === 1 && to.length === 1) this.single.set(from[0], to[0]);
      else {
        const list = this.phrases.get(from[0]) ?? [];
        list.push({ words: from, to });
        list.sort((a, b) => b.words.length - a.words.length);
        this.phrases.set(from[0], list);
      }
    }
  }

  /** Source words of one-word rules, e.g. "pasport": typo targets for the fuzzy matcher. */
  synonymSources(): string[] {
    return [...this.single.keys()];
  }

  isStopword(word: string): boolean {
    return this.stopwords.has(word) || word.length < 2;
  }

  /** Index terms of one folded word (alternatives), ignoring stop words. Memoised. */
  termsOfWord(word: string): string[] {
    const hit = this.memo.get(word);
    if (hit) return hit;
    let terms = this.single.get(word);
    if (!terms) {
      const stem = this.stem(word);
      terms = this.single.get(stem) ?? [stem];
    }
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(word, terms);
    return terms;
  }

  /**
   * Applies phrase rules to a folded word sequence. Each output position keeps the index of the
   * input word it came from (for query bookkeeping) and either a word to analyse or fixed terms.
   */
  rewritePhrases(input: readonly string[]): { source: number; word?: string; terms?: string[] }[] {
    const out: { source: number; word?: string; terms?: string[] }[] = [];
    for (let i = 0; i < input.length; ) {
      const rule = this.phrases.get(input[i])?.find((r) => r.words.every((w, k) => input[i + k] === w));
      if (rule) {
        for (const alternatives of rule.to) out.push({ source: i + rule.words.length - 1, terms: alternatives });
        i += rule.words.length;
      } else {
        out.push({ source: i, word: input[i] });
        i += 1;
      }
    }
    return out;
  }

  /** All index terms of a text, in order (alternatives side by side), stop words dropped. */
  analyze(text: string): string[] {
    const out: string[] = [];
    for (const item of this.rewritePhrases(words(text))) {
      if (item.terms) out.push(...item.terms);
      else if (item.word && !this.isStopword(item.word)) out.push(...this.termsOfWord(item.word));
    }
    return out;
  }
}

export const analyzers: Readonly<Record<ArticleLang, Analyzer>> = {
  id: new Analyzer('id', (w) => stemIndonesian(w), STOPWORDS_ID, SYNONYM_RULES),
  en: new Analyzer('en', stemEnglish, STOPWORDS_EN, SYNONYM_RULES),
};

/** Analysers a query in `lang` uses: English queries may also reach Indonesian articles. */
export function queryAnalyzers(lang: ArticleLang): Analyzer[] {
  return lang === 'id' ? [analyzers.id] : [analyzers.en, analyzers.id];
}
