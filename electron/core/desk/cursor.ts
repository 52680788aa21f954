import { z } from 'zod';

/**
 * Keyset-pagination cursors: the sort key and id of the last row of a page, opaque to clients
 * (base64url JSON). A cursor is read back strictly; anything odd is a VALIDATION error on
 * `cursor`, never a scan from an arbitrary place.
 */
export interface Cursor {
  key: string;
  id: string;
}

export const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify([c.key, c.id]), 'utf8').toString('base64url');

export function decodeCursor(raw: string): Cursor | null {
  if (raw.length > 400 || !/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [key, id] = value;
    if (typeof key !== 'string' || typeof id !== 'string' || key.length > 64 || id.length > 64) return null;
    return { key, id };
  } catch {
    return null;
  }
}

export const BAD_CURSOR = 'Penanda halaman tidak valid. Muat ulang daftar dari halaman pertama.';

/** Checked here so a bad cursor is a field error; handlers decode it again (the contract type is a string). */
export const cursorSchema = z
  .string(BAD_CURSOR)
  .max(400, BAD_CURSOR)
  .refine((s) => decodeCursor(s) !== null, BAD_CURSOR);
