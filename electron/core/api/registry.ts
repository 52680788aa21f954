import { auditMethods } from '../audit/methods';
import { accountMethods } from '../auth/account-methods';
import { authMethods } from '../auth/methods';
import { contentMethods } from '../content/methods';
import { deskMethods } from '../desk/methods';
import { edukasiMethods } from '../edukasi/methods';
import { kioskMethods } from '../kiosk/methods';
import { consentMethods } from '../people/consent-methods';
import { peopleMethods } from '../people/methods';
import { removalMethods } from '../people/removal-methods';
import { reportMethods } from '../reports/methods';
import { setupMethods } from '../setup/methods';
import { systemMethods } from '../system/methods';
import { userMethods } from '../users/methods';
import type { MethodTable } from './types';

/** Every method of the contract with its schema and handler; the type makes it complete. */
export const METHODS: MethodTable = {
  ...systemMethods,
  ...setupMethods,
  ...authMethods,
  ...accountMethods,
  ...userMethods,
  ...peopleMethods,
  ...consentMethods,
  ...removalMethods,
  ...auditMethods,
  ...kioskMethods,
  ...contentMethods,
  ...deskMethods,
  ...edukasiMethods,
  ...reportMethods,
};
