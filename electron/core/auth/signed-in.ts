import type { User } from '../../shared/domain';
import type { CallContext } from '../api/types';

/**
 * The caller of a staff-only method. The permission matrix already refused `public`, so a missing
 * user here is a programming error (reported as INTERNAL), not a user mistake.
 */
export function signedInUser(call: CallContext): User {
  if (!call.user) throw new Error('staff method called without a signed-in user');
  return call.user;
}
