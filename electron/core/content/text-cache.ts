/**
 * Plain text and words of article bodies, cached per connection by article id and version:
 * a visitor typing "p", "pa", "pas"… gets snippets from the same articles over and over, and
 * turning Markdown into tokens costs more than the FTS query. A changed article has a new
 * version, so a stale entry is never read; the least recently used entries are dropped.
 */
import type { Db } from '../db/open';
import { type Token, tokenize } from './analysis/fold';
import { markdownToText } from './markdown-text';

export interface BodyText {
  text: string;
  tokens: Token[];
}

const LIMIT = 256;
const caches = new WeakMap<Db, Map<string, BodyText>>();

export function bodyText(db: Db, article: { id: string; version: number; body: string }): BodyText {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const key = `${article.id}:${article.version}`;
  const hit = cache.get(key);
  if (hit) {
    // Map keeps insertion order: re-inserting marks the entry as recently used.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const text = markdownToText(article.body);
  const entry = { text, tokens: tokenize(text) };
  cache.set(key, entry);
  if (cache.size > LIMIT) cache.delete(cache.keys().next().value as string);
  return entry;
}
