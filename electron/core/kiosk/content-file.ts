import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';

interface Entry {
  mtimeMs: number;
  size: number;
  value: unknown;
}

/**
 * Reviewed content shipped under resources/content/ (destinations, calo check, checklists) is
 * read at call time and cached by file path. The cache is checked against the file's mtime and
 * size on every call (one stat, microseconds), so a content update shipped with an upgrade, or a
 * file edited in place on the office PC, is picked up without a restart.
 */
const cache = new Map<string, Entry>();

export class ContentFileError extends Error {}

/** Returns the parsed file, or null when it does not exist. A malformed file is a packaging bug: it throws. */
export function readContentFile<T>(resourcesDir: string, name: string, schema: z.ZodType<T>): T | null {
  const file = path.join(resourcesDir, 'content', name);
  let stat: { mtimeMs: number; size: number };
  try {
    stat = statSync(file);
  } catch {
    cache.delete(file);
    return null;
  }
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.value as T;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ContentFileError(`content/${name} is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ContentFileError(
      `content/${name} does not match its schema at ${first?.path.join('.')}: ${first?.message}`,
    );
  }
  cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, value: parsed.data });
  return parsed.data;
}
