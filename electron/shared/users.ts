/**
 * Staff accounts as the admin screen sees them. JSON-safe; imported by the core and the renderer.
 */
import type { StaffRole, User } from './domain';

export interface UserSummary extends User {
  createdAt: string;
  updatedAt: string;
  /** Last time any of the account's sessions was used; null when never signed in. */
  lastActiveAt: string | null;
}

export interface NewUserInput {
  username: string;
  displayName: string;
  role: StaffRole;
  password: string;
}

/**
 * Step-up window: exports and deletions need the password typed again within this many minutes.
 * The renderer compares the FORBIDDEN message with REAUTH_REQUIRED_MESSAGE to open the password prompt.
 */
export const REAUTH_WINDOW_MINUTES = 5;
export const REAUTH_REQUIRED_MESSAGE = 'Masukkan kata sandi Anda lagi untuk melanjutkan.';

/** Answer to every staff method (except changing the password) while a temporary password is in use. */
export const MUST_CHANGE_PASSWORD_MESSAGE =
  'Anda masih memakai kata sandi sementara. Ganti kata sandi Anda terlebih dahulu untuk melanjutkan.';
