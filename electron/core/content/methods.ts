import { z } from 'zod';
import { ARTICLE_LANGS } from '../../shared/content';
import type { MethodTable } from '../api/types';
import { jakartaDate } from '../clock';
import { getPublicArticle, listPublicArticles } from './articles';
import { searchArticles } from './search';

const lang = z.enum(ARTICLE_LANGS, { error: 'Pilih bahasa: id (Indonesia) atau en (English).' });

/**
 * The search text is capped generously and otherwise accepted as is: anything a visitor can
 * type (quotes, operators, emoji, control characters) is answered normally, because the
 * handler sanitises it (see query.ts). Only absurd sizes are refused.
 */
const searchInput = z.strictObject({
  q: z.string().max(10_000, 'Teks pencarian terlalu panjang (paling banyak 10.000 karakter).'),
  lang,
  limit: z.number().int().min(1).max(50).optional(),
});

// A slug that cannot exist is simply not found: the visitor gets the same friendly answer.
const slug = z.string().trim().min(1).max(200);

export const contentMethods: MethodTable<'content.search' | 'content.get' | 'content.list'> = {
  'content.search': {
    description: 'Cari informasi kios (ejaan bebas, nama lama, salah ketik); hasil berperingkat dengan cuplikan.',
    input: searchInput,
    handler: (input, _call, deps) => searchArticles(deps.db, input.q, input.lang, input.limit ?? 10),
  },
  'content.get': {
    description: 'Satu artikel informasi lengkap; bila tidak ada dalam bahasa yang diminta, versi bahasa Indonesia.',
    input: z.strictObject({ slug, lang }),
    handler: (input, _call, deps) => getPublicArticle(deps.db, input.slug, input.lang, jakartaDate(deps.clock.now())),
  },
  'content.list': {
    description: 'Daftar ringkas artikel informasi, per kategori atau semua, dalam urutan layar beranda kios.',
    input: z.strictObject({
      category: z.string().trim().min(1).max(60).optional(),
      lang,
    }),
    handler: (input, _call, deps) => ({ articles: listPublicArticles(deps.db, input.lang, input.category) }),
  },
};
