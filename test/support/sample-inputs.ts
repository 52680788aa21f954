import type { MethodInput, MethodName } from '../../electron/shared/contract';
import { VALID_SETUP } from './core';

/**
 * One minimal valid input per method, used by the contract and fuzz tests. A method missing here
 * fails the contract test, so every new method must add its sample.
 */
export const SAMPLE_INPUTS: { [M in MethodName]?: MethodInput<M> } = {
  'system.health': {},
  'system.describe': {},
  'setup.status': {},
  'setup.regions': { regencyCode: '32.12' },
  'setup.complete': VALID_SETUP,
  'auth.login': { username: VALID_SETUP.admin.username, password: VALID_SETUP.admin.password },
  'auth.logout': {},
  'auth.me': {},
};

/** Methods whose sample only works before setup. */
export const BEFORE_SETUP: ReadonlySet<MethodName> = new Set(['setup.complete']);
