/**
 * Reads one seed article file: YAML front matter between `---` lines, then the Markdown body.
 * Everything is validated; a bad file yields a reason for the log (read by whoever maintains
 * the content), never an exception.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ARTICLE_LANGS, ARTICLE_STATUSES } from '../../shared/content';
import type { ArticleFields } from './repository';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const line = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1).max(max));
const date = z.string().trim().refine(isCalendarDate, 'must be a real date written YYYY-MM-DD (quote it in YAML)');
const list = (max: number) => z.array(line(300)).max(max).default([]);

export const frontMatterSchema = z.object({
  slug: z.string().regex(SLUG, 'lower-case words joined by "-"').max(120),
  lang: z.enum(ARTICLE_LANGS),
  category: z.string().regex(SLUG, 'lower-case words joined by "-"').max(40),
  title: line(200),
  summary: line(600),
  keywords: z
    .array(z.union([line(80), z.number().transform(String)]))
    .max(80)
    .default([]),
  legal_basis: list(40),
  sources: list(60),
  verified_at: date,
  verified_by: line(200),
  review_due: date.optional(),
  status: z.enum(ARTICLE_STATUSES),
  caution: line(1000).optional(),
});

export type SeedParse = { ok: true; fields: ArticleFields } | { ok: false; reason: string };

/**
 * Parses a seed file. `expected` is what the path says (articles/<lang>/<slug>.md): the front
 * matter must agree, so two files can never claim the same article by accident.
 */
export function parseSeedArticle(text: string, expected: { slug: string; lang: string }): SeedParse {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)([\s\S]*)$/.exec(normalised);
  if (!m) return { ok: false, reason: 'no front matter block (--- ... ---) at the top' };
  let data: unknown;
  try {
    data = parseYaml(m[1], { uniqueKeys: true, maxAliasCount: 0 });
  } catch (err) {
    return { ok: false, reason: `front matter is not valid YAML: ${(err as Error).message.split('\n')[0]}` };
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    return { ok: false, reason: `front matter: ${first}` };
  }
  const fm = parsed.data;
  if (fm.slug !== expected.slug) return { ok: false, reason: `slug "${fm.slug}" differs from file name` };
  if (fm.lang !== expected.lang) return { ok: false, reason: `lang "${fm.lang}" differs from folder` };
  const body = m[2].trim();
  if (body.length === 0) return { ok: false, reason: 'body is empty' };
  if (body.length > 100_000) return { ok: false, reason: 'body is longer than 100,000 characters' };
  return {
    ok: true,
    fields: {
      slug: fm.slug,
      lang: fm.lang,
      category: fm.category,
      title: fm.title,
      summary: fm.summary,
      body,
      keywords: fm.keywords,
      legalBasis: fm.legal_basis,
      sources: fm.sources,
      verifiedAt: fm.verified_at,
      verifiedBy: fm.verified_by,
      reviewDue: fm.review_due ?? null,
      status: fm.status,
      caution: fm.caution ?? null,
    },
  };
}
