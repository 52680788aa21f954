import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FieldIssue } from '../../shared/errors';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** Words that make a password guessable here, whatever its length. */
const BASE_CONTEXT_WORDS = ['balai', 'migran', 'indramayu', 'dermayu', 'kenanga', 'password', 'katasandi', 'admin'];

export function loadCommonPasswords(resourcesDir: string): Set<string> {
  const text = readFileSync(path.join(resourcesDir, 'security', 'common-passwords.txt'), 'utf8');
  return new Set(
    text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}

/**
 * Checks a new password; returns issues for `path` (empty when acceptable).
 * Context words come from the village profile and the account itself.
 */
export function checkPassword(
  password: string,
  context: { common: Set<string>; words: string[]; path: string },
): FieldIssue[] {
  const pw = password.normalize('NFC');
  const length = [...pw].length;
  const issue = (message: string) => [{ path: context.path, message }];
  if (length < PASSWORD_MIN) return issue(`Kata sandi minimal ${PASSWORD_MIN} karakter.`);
  if (length > PASSWORD_MAX) return issue(`Kata sandi maksimal ${PASSWORD_MAX} karakter.`);
  const lower = pw.toLowerCase();
  if (context.common.has(lower)) return issue('Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.');
  const words = [...BASE_CONTEXT_WORDS, ...context.words.flatMap(splitWords)].filter((w) => w.length >= 4);
  const hit = words.find((w) => lower.includes(w));
  if (hit) {
    return issue(`Kata sandi tidak boleh memuat "${hit}" (nama desa, nama pengguna, atau nama aplikasi).`);
  }
  if (new Set(lower).size < 4)
    return issue('Kata sandi terlalu berulang. Gunakan lebih banyak huruf atau angka yang berbeda.');
  return [];
}

function splitWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
