import type { Migration } from '../migrate';
import { m0010Foundation } from './0010-foundation';
import { m0020Content } from './0020-content';
import { m0030KioskRegistry } from './0030-kiosk-registry';
import { m0040People } from './0040-people';
import { m0050Desk } from './0050-desk';
import { m0060Edukasi } from './0060-edukasi';
import { m0070Reports } from './0070-reports';

/** The only place schema versions are assigned. Append; never edit a released migration. */
export const MIGRATIONS: readonly Migration[] = [
  m0010Foundation,
  m0020Content,
  m0030KioskRegistry,
  m0040People,
  m0050Desk,
  m0060Edukasi,
  m0070Reports,
];
