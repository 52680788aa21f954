import { authMethods } from '../auth/methods';
import { setupMethods } from '../setup/methods';
import { systemMethods } from '../system/methods';
import type { MethodTable } from './types';

/** Every method of the contract with its schema and handler; the type makes it complete. */
export const METHODS: MethodTable = {
  ...systemMethods,
  ...setupMethods,
  ...authMethods,
};
