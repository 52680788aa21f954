/**
 * Error codes that cross every transport (IPC, HTTP, direct calls).
 * Shared by all layers, so this file imports nothing.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One bad field: `path` is dotted (`admin.password`), `message` is plain Indonesian. */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  /** Plain Indonesian a user can act on. Never a stack trace or SQL. */
  message: string;
  issues?: FieldIssue[];
  /** Seconds until a rate-limited caller may try again. */
  retryAfterSeconds?: number;
}

/** HTTP status per error code, in DESIGN.md order (400/401/403/404/409/429/500). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};
