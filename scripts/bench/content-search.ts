/**
 * Kiosk search benchmark: ~2,000 articles generated from the real seed articles (sentences
 * mixed across articles, so the vocabulary and term frequencies look real), then the same
 * villager queries through `dispatch('content.search')` and as the bare FTS5 query (the MATCH
 * expression the engine builds, ranked, no join, no snippets). Figures only, no assertions.
 *
 * From the bench harness: `await benchContentSearch((name, samples) => ...)`.
 * Alone: `npx tsx scripts/bench/content-search.ts` prints p50/p95.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core';
import { parseSeedArticle } from '../../electron/core/content/front-matter';
import { parseQuery } from '../../electron/core/content/query';
import { type ArticleFields, insertArticle, type TermsSeen } from '../../electron/core/content/repository';
import { BARE_SEARCH_SQL, buildMatch } from '../../electron/core/content/search';
import { vocabularyFor } from '../../electron/core/content/vocabulary';

export type Report = (name: string, samplesMs: number[]) => void;

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 400);
const RESOURCES = path.resolve(__dirname, '..', '..', 'resources');

/** Typed the way visitors type, including half-typed words (type-ahead) and typos. */
const QUERIES = [
  'pasport',
  'calo tki',
  'syarat kerja ke luar negri',
  'biaya penempatan brp',
  'cara cek pt resmi',
  'korea eps',
  'anak ditinggal ibu kerja',
  'akta lahir anak lahir di malaysia',
  'di tipu sponsor',
  'gaji tidak dibayar',
  'ngadu kemana',
  'bpjs tkw',
  'izin suami',
  'pendaftran disnaker',
  'nyambut gawe ning luar negri',
  'waspa',
  'pemberang',
  'kebrangkatan',
  'perjanjian kerja',
  'moratorium arab saudi',
];

/** Small deterministic PRNG (mulberry32): the same data set every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadSeeds(): ArticleFields[] {
  const out: ArticleFields[] = [];
  for (const lang of ['id', 'en'] as const) {
    const dir = path.join(RESOURCES, 'content', 'articles', lang);
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const parsed = parseSeedArticle(readFileSync(path.join(dir, name), 'utf8'), { slug: name.slice(0, -3), lang });
      if (parsed.ok) out.push(parsed.fields);
    }
  }
  return out;
}

export function generateArticles(count: number, seed = 42): ArticleFields[] {
  const seeds = loadSeeds();
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const byLang = { id: seeds.filter((s) => s.lang === 'id'), en: seeds.filter((s) => s.lang === 'en') };
  const paragraphs = {
    id: byLang.id.flatMap((s) => s.body.split(/\n\s*\n/)),
    en: byLang.en.flatMap((s) => s.body.split(/\n\s*\n/)),
  };
  const places = ['Kenanga', 'Sindang', 'Lohbener', 'Jatibarang', 'Karangampel', 'Juntinyuat', 'Losarang'];
  const out: ArticleFields[] = [];
  for (let i = 0; i < count; i++) {
    // About one in ten is English, as in the seed set.
    const lang = rand() < 0.1 && byLang.en.length > 0 ? 'en' : 'id';
    const base = pick(byLang[lang]);
    const body = Array.from({ length: 6 + Math.floor(rand() * 8) }, () => pick(paragraphs[lang])).join('\n\n');
    out.push({
      ...base,
      slug: `${base.slug}-${i}`,
      title: `${base.title} — ${pick(places)} ${i}`,
      keywords: base.keywords.filter(() => rand() < 0.6),
      body,
      status: rand() < 0.05 ? 'draft' : base.status,
    });
  }
  return out;
}

export async function benchContentSearch(report: Report): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'balai-bench-content-'));
  const quiet = { error: () => {}, info: () => {} };
  const core = createCore({ dbPath: path.join(dir, 'content.db'), log: quiet });
  try {
    const t0 = performance.now();
    const articles = generateArticles(ARTICLES);
    const seen: TermsSeen = new Set();
    core.db.transaction(() => {
      articles.forEach((a, i) => {
        insertArticle(
          core.db,
          `bench-${i}`,
          a,
          { origin: 'seed', seedHash: null, at: new Date().toISOString(), by: null },
          seen,
        );
      });
    })();
    report(`content: insert+index ${ARTICLES} articles (one run)`, [performance.now() - t0]);

    // Warm up: vocabulary cache, statement cache, page cache.
    for (const q of QUERIES) await core.dispatch('content.search', { q, lang: 'id' });

    const vocab = vocabularyFor(core.db);
    const matches = QUERIES.map((q) => buildMatch(parseQuery(q, 'id', vocab), 'id'));
    const bare = core.db.prepare(BARE_SEARCH_SQL);
    // Interleaved, so both series see the same machine load.
    const viaDispatch: number[] = [];
    const viaFts: number[] = [];
    for (let i = 0; i < SEARCHES; i++) {
      const k = i % QUERIES.length;
      let t = performance.now();
      const r = await core.dispatch('content.search', { q: QUERIES[k], lang: 'id', limit: 10 });
      viaDispatch.push(performance.now() - t);
      if (!r.ok) throw new Error(`search failed for "${QUERIES[k]}": ${r.error.message}`);
      const match = matches[k];
      if (match === null) continue;
      t = performance.now();
      bare.all(match, 10);
      viaFts.push(performance.now() - t);
    }
    report(`content.search via dispatch (${ARTICLES} articles)`, viaDispatch);
    report('content: bare FTS5 MATCH + bm25 (same data, same MATCH)', viaFts);

    // Type-ahead: every prefix of every query, as the kiosk sends them while a visitor types
    // (half words, completions, first-time typo searches; caches see each prefix once).
    const typing: number[] = [];
    for (const q of QUERIES) {
      for (let n = 1; n <= q.length; n++) {
        const t = performance.now();
        const r = await core.dispatch('content.search', { q: q.slice(0, n), lang: 'id', limit: 10 });
        typing.push(performance.now() - t);
        if (!r.ok) throw new Error(`search failed for "${q.slice(0, n)}": ${r.error.message}`);
      }
    }
    report('content.search while typing (every prefix, via dispatch)', typing);
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const pct = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
  };
  benchContentSearch((name, samples) => {
    console.log(
      `${name}: n=${samples.length} p50=${pct(samples, 50).toFixed(2)} ms p95=${pct(samples, 95).toFixed(2)} ms`,
    );
  }).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
