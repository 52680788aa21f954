import type { MethodName } from '../../shared/contract';
import { MUST_CHANGE_PASSWORD_MESSAGE } from '../../shared/users';
import { AppError } from '../api/app-error';
import { isAllowed } from '../api/permissions';
import type { CallContext } from '../api/types';

/** What a staff member with a temporary password may still do: see who they are, change it, leave. */
const OPEN_WHILE_TEMPORARY: ReadonlySet<MethodName> = new Set<MethodName>([
  'auth.me',
  'auth.changePassword',
  'auth.logout',
  'auth.logoutEverywhere',
]);

/**
 * After an admin reset, the account holds a password the admin knows. Until its owner picks a
 * new one, every staff method answers FORBIDDEN (methods open to the public kiosk stay open).
 * Called by dispatch after the permission check.
 */
export function enforcePasswordChange(method: MethodName, call: CallContext): void {
  if (!call.user?.mustChangePassword) return;
  if (OPEN_WHILE_TEMPORARY.has(method) || isAllowed(method, 'public')) return;
  throw new AppError('FORBIDDEN', MUST_CHANGE_PASSWORD_MESSAGE);
}
