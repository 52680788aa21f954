/**
 * content.search / content.get / content.list through the real dispatcher, on a core whose
 * seed is the fixture articles (test/fixtures/content/resources), as the public kiosk caller.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import type { Article, ArticleSummary, ContentSearchOutput } from '../../../electron/shared/content';
import { fixtureResources, NOW, removeFixtureResources } from '../../fixtures/content/content-db';

let core: ReturnType<typeof createCore>;
const quiet = { error: () => {}, info: () => {} };

beforeAll(() => {
  core = createCore({
    dbPath: ':memory:',
    resourcesDir: fixtureResources(),
    clock: { now: () => Date.parse(NOW) },
    log: quiet,
  });
});
afterAll(() => {
  core.close();
  removeFixtureResources();
});

async function ok<T>(method: string, input: unknown): Promise<T> {
  const r = await core.dispatch(method, input);
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
  return r.value as T;
}
const search = (q: string, lang: 'id' | 'en' = 'id', limit?: number) =>
  ok<ContentSearchOutput>('content.search', { q, lang, ...(limit === undefined ? {} : { limit }) });
const slugs = (out: ContentSearchOutput) => out.results.map((r) => r.slug);

describe('content.search', () => {
  it('finds an article through an affixed form and returns the snippet as segments', async () => {
    const out = await search('pemberangkatan');
    expect(slugs(out)).toEqual(['daftar-kerja']);
    expect(out.query).toEqual({
      normalized: 'pemberangkatan',
      expanded: ['berangkat'],
      corrections: [],
      truncated: false,
    });
    const [hit] = out.results;
    expect(hit).toMatchObject({
      lang: 'id',
      category: 'langkah',
      title: 'Pendaftaran Calon PMI di Disnaker',
      status: 'published',
    });
    expect(hit.score).toBeGreaterThan(0);
    for (const seg of hit.snippet) expect(Object.keys(seg).sort()).toEqual(['hit', 'text']);
    expect(hit.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['keberangkatan', 'Pemberangkatan']);
  });

  it('matches old names and synonyms in both directions', async () => {
    expect(slugs(await search('pmi'))).toContain('daftar-kerja'); // keyword "tki"
    expect(slugs(await search('sponsor'))).toEqual(['waspada-sponsor']); // text says "tekong"
    expect(slugs(await search('bocah'))).toEqual(['anak-dan-pengasuh']);
  });

  it('ranks a title match above a body-only match', async () => {
    const out = await search('disnaker');
    expect(slugs(out)).toEqual(['daftar-kerja', 'paspor-visa']);
    expect(out.results[0].score).toBeGreaterThan(out.results[1].score);
  });

  it('never returns drafts', async () => {
    expect((await search('rahasiadraf')).results).toEqual([]);
    expect(slugs(await search('draf catatan internal'))).not.toContain('draf-internal');
  });

  it('returns needs_review articles with a caution', async () => {
    const [hit] = (await search('biaya penempatan')).results;
    expect(hit).toMatchObject({ slug: 'biaya-ditinjau', status: 'needs_review' });
    expect(hit.caution).toMatch(/diperiksa ulang/);
  });

  it('answers an empty query with no results (the kiosk shows its tiles instead)', async () => {
    for (const q of ['', '   ', '\n\t']) {
      const out = await search(q);
      expect(out.results).toEqual([]);
      expect(out.query.normalized).toBe('');
    }
  });

  it('respects the limit, default 10', async () => {
    expect((await search('kerja', 'id', 1)).results).toHaveLength(1);
    expect((await search('kerja')).results.length).toBeGreaterThan(1);
  });

  it('in English prefers the English text and offers Indonesian-only articles', async () => {
    const passport = await search('passport', 'en');
    expect(passport.results.map((r) => [r.slug, r.lang])).toEqual([['paspor-visa', 'en']]);
    const paspor = await search('paspor', 'en');
    expect(paspor.results.map((r) => [r.slug, r.lang])).toEqual([['paspor-visa', 'en']]);
    const child = await search('pengasuhan', 'en');
    expect(child.results.map((r) => [r.slug, r.lang])).toEqual([['anak-dan-pengasuh', 'id']]);
  });

  it('is allowed to the anonymous kiosk and to staff tokens alike (unknown token = public)', async () => {
    const r = await core.dispatch('content.search', { q: 'paspor', lang: 'id' }, { token: 'not-a-session' });
    expect(r.ok).toBe(true);
  });
});

describe('content.search bad input answers normally', () => {
  const inputs = [
    '',
    'a'.repeat(10_000),
    'paspor '.repeat(1_428),
    '"',
    '"paspor',
    '*',
    'pas*',
    'AND',
    'OR',
    'NOT',
    'paspor AND',
    'NEAR(',
    'NEAR(paspor visa, 2)',
    '-',
    '-paspor',
    ':',
    'title:paspor',
    '^',
    '^paspor',
    '(',
    ')',
    '((paspor))',
    '{title}: paspor',
    '\u0000\u0001\u0007\u001b[31m',
    'paspor\u0000visa',
    '\u202eropsap',
    '🙏🙏🙏',
    '👨‍👩‍👧 kerja 🇲🇾',
    '\ud800',
    "'; DROP TABLE articles; --",
  ];
  it.each(inputs.map((q) => [q.length > 40 ? `${q.slice(0, 20)}… (${q.length} chars)` : JSON.stringify(q), q]))(
    '%s',
    async (_label, q) => {
      const r = await core.dispatch('content.search', { q, lang: 'id' });
      expect(r.ok).toBe(true);
      if (r.ok) expect(Array.isArray((r.value as ContentSearchOutput).results)).toBe(true);
    },
  );

  it('still finds the words around the syntax', async () => {
    expect(slugs(await search('NEAR("paspor" visa*)'))).toEqual(['paspor-visa']);
    expect(slugs(await search('paspor\u0000'))).toEqual(['paspor-visa']);
  });

  it('truncates 10,000 characters and says so', async () => {
    const out = await search(`${'paspor '.repeat(1_428)}`);
    expect(out.query.truncated).toBe(true);
    expect(slugs(out)).toEqual(['paspor-visa']);
  });

  it('refuses only what the schema refuses, in Indonesian', async () => {
    const tooLong = await core.dispatch('content.search', { q: 'a'.repeat(10_001), lang: 'id' });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!tooLong.ok)
      expect(tooLong.error.issues?.[0]).toEqual({ path: 'q', message: expect.stringMatching(/terlalu panjang/) });
    for (const input of [
      { q: 'x', lang: 'fr' },
      { q: 'x', lang: 'id', limit: 0 },
      { q: 'x', lang: 'id', limit: 51 },
      { q: 'x', lang: 'id', limit: 2.5 },
      { q: 42, lang: 'id' },
      { q: 'x', lang: 'id', extra: true },
      null,
    ]) {
      const r = await core.dispatch('content.search', input);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('VALIDATION');
    }
  });

  it('property: any string, with FTS operators and any Unicode, never gives ok: false', async () => {
    const piece = fc.oneof(
      fc.constantFrom('"', '*', 'AND', 'OR', 'NOT', 'NEAR(', 'NEAR', '-', ':', '^', '(', ')', '{', '}', '+', ','),
      fc.constantFrom('paspor', 'tki', 'pendaftaran', 'tekong', ' ', '\u0000', '\u200b', '🙏', 'ǅ', 'ß', 'İ'),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')),
        fc.constantFrom('id', 'en'),
        fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
        async (q, lang, limit) => {
          const r = await core.dispatch('content.search', { q, lang, ...(limit === undefined ? {} : { limit }) });
          expect(r.ok).toBe(true);
          if (r.ok) {
            const out = r.value as ContentSearchOutput;
            expect(out.results.length).toBeLessThanOrEqual(limit ?? 10);
            for (const hit of out.results) expect(hit.status).not.toBe('draft');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('content.get', () => {
  it('returns the full article', async () => {
    const a = await ok<Article>('content.get', { slug: 'daftar-kerja', lang: 'id' });
    expect(a).toMatchObject({
      slug: 'daftar-kerja',
      lang: 'id',
      category: 'langkah',
      status: 'published',
      legalBasis: ['UU No. 18 Tahun 2017, Pasal 13 (contoh)'],
      sources: ['Contoh fiktif untuk pengujian'],
      verifiedAt: '2026-01-15',
      verifiedBy: 'Tim uji',
      reviewDue: '2027-01-15',
      reviewOverdue: false,
      version: 1,
      caution: null,
      fallbackLang: null,
    });
    expect(a.body).toMatch(/^Calon pekerja \*\*mendaftar\*\*/);
  });

  it('serves the English text when it exists, else the Indonesian one and says so', async () => {
    expect(await ok<Article>('content.get', { slug: 'paspor-visa', lang: 'en' })).toMatchObject({
      lang: 'en',
      title: 'Passport and Work Visa',
      fallbackLang: null,
    });
    expect(await ok<Article>('content.get', { slug: 'daftar-kerja', lang: 'en' })).toMatchObject({
      lang: 'id',
      fallbackLang: 'id',
    });
  });

  it('shows a needs_review article with its caution and an overdue review', async () => {
    const a = await ok<Article>('content.get', { slug: 'biaya-ditinjau', lang: 'id' });
    expect(a).toMatchObject({ status: 'needs_review', reviewOverdue: true });
    expect(a.caution).toMatch(/Tanyakan kepada petugas/);
  });

  it('answers NOT_FOUND in Indonesian for drafts, unknown slugs and odd slugs', async () => {
    for (const slug of ['draf-internal', 'tidak-ada', '../../etc/passwd', '"; --']) {
      const r = await core.dispatch('content.get', { slug, lang: 'id' });
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', message: expect.stringMatching(/tidak ditemukan/) },
      });
    }
  });

  it('validates its input', async () => {
    const r = await core.dispatch('content.get', { slug: '', lang: 'id' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('content.list', () => {
  const list = (input: unknown) => ok<{ articles: ArticleSummary[] }>('content.list', input);

  it('lists public articles in home-screen category order, without drafts', async () => {
    const { articles } = await list({ lang: 'id' });
    expect(articles.map((a) => [a.category, a.slug])).toEqual([
      ['syarat', 'paspor-visa'],
      ['langkah', 'daftar-kerja'],
      ['biaya', 'biaya-ditinjau'],
      ['waspada', 'waspada-sponsor'],
      ['keluarga', 'anak-dan-pengasuh'],
    ]);
    expect(articles.find((a) => a.slug === 'biaya-ditinjau')?.caution).toMatch(/diperiksa ulang/);
    expect(articles.find((a) => a.slug === 'waspada-sponsor')?.caution).toMatch(/segera lapor/);
  });

  it('in English lists each slug once, English where it exists', async () => {
    const { articles } = await list({ lang: 'en' });
    expect(articles.map((a) => [a.slug, a.lang])).toEqual([
      ['paspor-visa', 'en'],
      ['daftar-kerja', 'id'],
      ['biaya-ditinjau', 'id'],
      ['waspada-sponsor', 'id'],
      ['anak-dan-pengasuh', 'id'],
    ]);
  });

  it('filters by category', async () => {
    expect((await list({ lang: 'id', category: 'waspada' })).articles.map((a) => a.slug)).toEqual(['waspada-sponsor']);
    expect((await list({ lang: 'id', category: 'layanan' })).articles).toEqual([]);
    expect((await list({ lang: 'id', category: 'tidak-ada' })).articles).toEqual([]);
  });

  it('validates its input', async () => {
    expect(await core.dispatch('content.list', { lang: 'xx' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});
