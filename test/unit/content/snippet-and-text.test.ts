import { describe, expect, it } from 'vitest';
import { analyzers } from '../../../electron/core/content/analysis/analyzer';
import { parseSeedArticle } from '../../../electron/core/content/front-matter';
import { markdownToText } from '../../../electron/core/content/markdown-text';
import { buildSnippet } from '../../../electron/core/content/snippet';
import { fixtureText } from '../../fixtures/content/content-db';

const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
const hits = (segments: { text: string; hit: boolean }[]) => segments.filter((s) => s.hit).map((s) => s.text);

describe('markdownToText', () => {
  it('keeps the words and drops the Markdown marks', () => {
    const md =
      '## Dokumen\n\n- **KTP** dan _kartu_ keluarga.\n1. Lihat [situs resmi](https://example.invalid).\n\n> Catatan: `kode`';
    expect(markdownToText(md)).toBe('Dokumen KTP dan kartu keluarga. Lihat situs resmi. Catatan: kode');
  });

  it('leaves snake_case words and lone asterisks alone', () => {
    expect(markdownToText('nilai a * b dan nama_file')).toBe('nilai a * b dan nama_file');
  });
});

describe('buildSnippet', () => {
  const id = analyzers.id;

  it('marks words whose stem meets the query, across affixes', () => {
    const s = buildSnippet('Setelah pendaftaran selesai, tunggu pemberangkatan.', id, new Set(['daftar', 'berangkat']));
    expect(hits(s)).toEqual(['pendaftaran', 'pemberangkatan']);
    expect(joined(s)).toBe('Setelah pendaftaran selesai, tunggu pemberangkatan.');
  });

  it('highlights synonyms of the query term ("sponsor" for calo)', () => {
    expect(hits(buildSnippet('Jangan percaya Sponsor atau tekong.', id, new Set(['calo'])))).toEqual([
      'Sponsor',
      'tekong',
    ]);
  });

  it('cuts the window around the hits, with ellipses', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `kata${i}`).join(' ');
    const text = `${filler} seorang tekong meminta uang tunai. ${filler}`;
    const s = buildSnippet(text, id, new Set(['calo']), 12);
    expect(s[0].text.startsWith('… ')).toBe(true);
    expect(s.at(-1)?.text.endsWith(' …')).toBe(true);
    expect(hits(s)).toEqual(['tekong']);
    expect(joined(s).split(' ').length).toBeLessThanOrEqual(12 + 2);
  });

  it('starts at the beginning when there is no hit', () => {
    const s = buildSnippet('Satu dua tiga empat.', id, new Set(['calo']), 3);
    expect(s).toEqual([{ text: 'Satu dua tiga …', hit: false }]);
  });

  it('returns markup as plain text segments (the renderer never parses HTML)', () => {
    const s = buildSnippet('Awas <img src=x onerror=alert(1)> tekong', id, new Set(['calo']));
    expect(joined(s)).toBe('Awas <img src=x onerror=alert(1)> tekong');
    expect(hits(s)).toEqual(['tekong']);
  });

  it('handles empty text', () => {
    expect(buildSnippet('', id, new Set(['calo']))).toEqual([]);
  });
});

describe('seed front matter', () => {
  const read = fixtureText;

  it('parses a valid seed file into article fields', () => {
    const r = parseSeedArticle(read('seed/id/daftar-kerja.md.txt'), {
      slug: 'daftar-kerja',
      lang: 'id',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fields).toMatchObject({
      slug: 'daftar-kerja',
      lang: 'id',
      category: 'langkah',
      title: 'Pendaftaran Calon PMI di Disnaker',
      keywords: ['daftar', 'disnaker', 'tki'],
      legalBasis: ['UU No. 18 Tahun 2017, Pasal 13 (contoh)'],
      verifiedAt: '2026-01-15',
      reviewDue: '2027-01-15',
      status: 'published',
      caution: null,
    });
    expect(r.fields.body.startsWith('Calon pekerja **mendaftar**')).toBe(true);
  });

  it('accepts a byte-order mark and Windows line ends', () => {
    const text = `\uFEFF${read('seed/id/paspor-visa.md.txt').replace(/\n/g, '\r\n')}`;
    const r = parseSeedArticle(text, { slug: 'paspor-visa', lang: 'id' });
    expect(r.ok).toBe(true);
  });

  it.each([
    ['no-front-matter', /no front matter/],
    ['bad-yaml', /not valid YAML/],
    ['missing-title', /title/],
    ['wrong-slug', /differs from file name/],
    ['bad-date', /verified_at/],
    ['bad-status', /status/],
  ])('refuses broken/%s.md with a reason', (name, reason) => {
    const r = parseSeedArticle(read(`broken/${name}.md.txt`), { slug: name, lang: 'id' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('refuses a file in the wrong language folder', () => {
    const text = read('seed/en/paspor-visa.md.txt');
    const r = parseSeedArticle(text, { slug: 'paspor-visa', lang: 'id' });
    expect(r).toEqual({ ok: false, reason: 'lang "en" differs from folder' });
  });
});
