import type { MethodName } from '../../shared/contract';
import type { Role } from '../../shared/domain';

/**
 * The permission matrix, as data: which roles may call each method. `public` is the anonymous
 * kiosk: public information and nothing that reads a stored person. Checked in dispatch only.
 */
const STAFF: readonly Role[] = ['admin', 'desk_officer', 'educator', 'viewer'];
const EVERYONE: readonly Role[] = ['public', ...STAFF];

export const PERMISSIONS: { readonly [M in MethodName]: readonly Role[] } = {
  'system.health': EVERYONE,
  'system.describe': EVERYONE,
  'setup.status': EVERYONE,
  'setup.regions': EVERYONE,
  'setup.complete': ['public'],
  'auth.login': EVERYONE,
  'auth.logout': EVERYONE,
  'auth.me': STAFF,
};

export function isAllowed(method: MethodName, role: Role): boolean {
  return PERMISSIONS[method].includes(role);
}
