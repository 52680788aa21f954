import type { Result } from '../../../electron/shared/contract';
import { REAUTH_REQUIRED_MESSAGE } from '../../../electron/shared/users';

/**
 * True when the core refused because the password must be typed again (exports, deletions).
 * The core says so with FORBIDDEN and this exact sentence (electron/shared/users.ts); any other
 * FORBIDDEN is a real "not allowed" and must not open the password prompt.
 */
export function needsStepUp(result: Result<unknown>): boolean {
  return !result.ok && result.error.code === 'FORBIDDEN' && result.error.message === REAUTH_REQUIRED_MESSAGE;
}
