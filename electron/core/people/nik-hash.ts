import { createHmac } from 'node:crypto';
import type { Deps } from '../api/types';
import { iso } from '../clock';
import type { Db } from '../db/open';
import { getSetting, putSetting } from '../settings/repository';

/**
 * The full NIK is NEVER stored. People rows keep only an HMAC-SHA256 of the 16 digits (to find
 * the same NIK again) and a masked form for display. The HMAC key is an install secret created
 * once, on the first write that needs it, so a NIK hash from one install means nothing elsewhere.
 */
const KEY_SETTING = 'security.nikKey';

function readKey(db: Db): Buffer | null {
  const stored = getSetting<string | null>(db, KEY_SETTING, null);
  return stored ? Buffer.from(stored, 'base64') : null;
}

/** For lookups: null when no key exists yet, which means no NIK has been stored either. */
export function nikHashForLookup(db: Db, digits: string): string | null {
  const key = readKey(db);
  return key ? hmac(key, digits) : null;
}

/** For writes: creates the key if needed. Call inside the write transaction. */
export function nikHashForWrite(deps: Deps, digits: string): string {
  let key = readKey(deps.db);
  if (!key) {
    key = Buffer.from(deps.random(32));
    putSetting(deps.db, KEY_SETTING, key.toString('base64'), iso(deps.clock.now()));
  }
  return hmac(key, digits);
}

const hmac = (key: Buffer, digits: string) => createHmac('sha256', key).update(digits).digest('hex');
