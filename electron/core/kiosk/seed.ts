import type { Logger } from '../api/types';
import type { Db } from '../db/open';
import { readContentFile } from './content-file';
import { applyHotlineSeed, type SeedOutcome } from './hotlines/repository';
import { hotlineFileSchema } from './hotlines/schema';

/**
 * Runs on every start, after migrations: brings shipped help lines into the `hotlines` table.
 * A missing or broken content file must not stop the office PC from starting, so it is logged
 * and the rows already stored stay as they are. (Destinations, the calo check and checklists
 * are read from resources at call time; see destinations/methods.ts for why.)
 */
export function seedKioskContent(deps: { db: Db; resourcesDir: string; log: Logger }): SeedOutcome | null {
  try {
    const seeds = readContentFile(deps.resourcesDir, 'hotlines.json', hotlineFileSchema);
    if (seeds === null) {
      deps.log.info('content/hotlines.json not found; help lines not seeded.');
      return null;
    }
    return applyHotlineSeed(deps.db, seeds);
  } catch (err) {
    deps.log.error('Seeding help lines from content/hotlines.json failed; stored rows kept.', err);
    return null;
  }
}
