import type { ErrorCode, FieldIssue } from '../../shared/errors';

/** Thrown inside the core for expected failures; dispatch turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { issues?: FieldIssue[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }
}

export const validationError = (issues: FieldIssue[], message = 'Periksa kembali isian yang ditandai.') =>
  new AppError('VALIDATION', message, { issues });
