import { afterAll, describe, expect, it } from 'vitest';
import { allowedEdits, boundedEditDistance } from '../../../electron/core/content/analysis/edit-distance';
import { MAX_QUERY_CHARS, parseQuery } from '../../../electron/core/content/query';
import { buildMatch, SEARCH_SQL } from '../../../electron/core/content/search';
import { vocabularyFor } from '../../../electron/core/content/vocabulary';
import { removeFixtureResources, seededDb } from '../../fixtures/content/content-db';

const { db } = seededDb();
afterAll(() => {
  db.close();
  removeFixtureResources();
});
const parse = (q: string, lang: 'id' | 'en' = 'id') => parseQuery(q, lang, vocabularyFor(db));

/** Only quoted letter/digit terms, OR and parentheses: nothing the visitor typed survives as syntax. */
const SAFE_MATCH = /^(?:\(|\)|"[\p{L}\p{N}]+"| OR )+$/u;

describe('query normaliser', () => {
  it('maps old names and synonyms to the indexed terms', () => {
    expect(parse('TKI').info.expanded).toEqual(['pmi']);
    expect(parse('sponsor').info.expanded).toEqual(['calo']);
    expect(parse('pendaftaran').info.expanded).toEqual(['daftar']);
    expect(parse('luar negri ').info.normalized).toBe('luar negri');
  });

  it('drops stop words and words the index does not hold', () => {
    const q = parse('apa yg harus saya ke disnaker ');
    expect(q.info.expanded).toEqual(['disnaker']);
    expect(parse('zzzqqq ').match).toBeNull();
  });

  it.each([
    '"paspor',
    'paspor*',
    'paspor AND visa',
    'paspor OR visa NOT calo',
    'NEAR(paspor visa, 3)',
    '-paspor',
    'title:paspor',
    '{title body}: paspor',
    '^paspor',
    '(paspor',
    'paspor)',
    "paspor' OR 1=1 --",
  ])('strips FTS syntax from %j', (q) => {
    const parsed = parse(q);
    expect(parsed.match).not.toBeNull();
    expect(parsed.match).toMatch(SAFE_MATCH);
    expect(parsed.info.expanded).toContain('paspor');
    // And SQLite accepts the full expression.
    expect(() => db.prepare(SEARCH_SQL).all(buildMatch(parsed, 'id'), 10)).not.toThrow();
  });

  it('answers pure syntax with no query at all', () => {
    for (const q of ['""""', '* - ^ : ( )', 'NEAR(', 'AND OR NOT']) expect(parse(q).match, q).toBeNull();
  });

  it('keeps operator words as plain words: "and"/"or" are not operators', () => {
    const parsed = parse('visa OR AND NEAR');
    expect(parsed.match).toBe('"visa"');
  });

  it('turns control characters, zero-width and bidi marks into spaces', () => {
    const parsed = parse('pas\u0000por\u200bvisa\u202e\u0007');
    expect(parsed.info.normalized).toBe('pas por visa');
    expect(parsed.info.expanded).toContain('visa');
  });

  it('ignores emoji', () => {
    expect(parse('🙏 paspor 🙏🇮🇩').info.expanded).toEqual(['paspor']);
  });

  it('cuts long input at a word boundary and says so', () => {
    const parsed = parse(`${'paspor '.repeat(2000)}visa`);
    expect(parsed.info.truncated).toBe(true);
    expect(parsed.info.normalized.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(parsed.info.normalized.split(' ').every((w) => w === 'paspor')).toBe(true);
    expect(parse('paspor visa').info.truncated).toBe(false);
    expect(parse('a'.repeat(10_000)).match).toBeNull();
  });

  it('completes the last word while it is being typed', () => {
    expect(parse('pendaf').info.expanded).toContain('daftar');
    expect(parse('tek').info.expanded).toContain('calo');
    // A trailing space means the word is finished: no completion.
    expect(parse('pendaf ').info.expanded).not.toContain('daftar');
    // Only the last word is completed.
    expect(parse('pendaf visa').info.expanded).toEqual(['visa']);
  });
});

describe('typo tolerance', () => {
  it('allows no edit under 5 letters, 1 for 5–7, 2 for 8 and more', () => {
    expect([4, 5, 7, 8, 14].map((n) => allowedEdits('x'.repeat(n)))).toEqual([0, 1, 1, 2, 2]);
  });

  it('measures edits with transpositions, bounded', () => {
    expect(boundedEditDistance('paspor', 'paspor', 2)).toBe(0);
    expect(boundedEditDistance('pasprot', 'pasport', 2)).toBe(1); // swapped letters
    expect(boundedEditDistance('pendaftran', 'pendaftaran', 2)).toBe(1);
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedEditDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3); // bounded: max + 1
    expect(boundedEditDistance('ab', 'abcdef', 2)).toBe(3);
  });

  it('corrects a word of 8+ letters with up to two edits', () => {
    const one = parse('pendaftran ');
    expect(one.info.corrections).toEqual([{ from: 'pendaftran', to: 'pendaftaran' }]);
    expect(one.info.expanded).toContain('daftar');
    expect(parse('pembrngkatan ').info.expanded).toContain('berangkat');
    expect(parse('pmbrngkatan ').info.expanded).not.toContain('berangkat');
  });

  it('corrects a word of 5–7 letters with one edit only', () => {
    expect(parse('tekomg ').info.expanded).toEqual(['calo']);
    expect(parse('pasprot ').info.expanded).toEqual(['paspor']); // via the synonym source "pasport"
    expect(parse('tkeomg ').info.expanded).toEqual([]);
  });

  it('does not correct short words, known words or codes', () => {
    expect(parse('vsia ').info.corrections).toEqual([]);
    expect(parse('visa ').info.corrections).toEqual([]);
    expect(parse('p3mi ').info.corrections).toEqual([]);
  });
});
