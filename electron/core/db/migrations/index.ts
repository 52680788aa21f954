import type { Migration } from '../migrate';
import { m0010Foundation } from './0010-foundation';

/** The only place schema versions are assigned. Append; never edit a released migration. */
export const MIGRATIONS: readonly Migration[] = [m0010Foundation];
