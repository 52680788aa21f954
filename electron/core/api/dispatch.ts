import type { z } from 'zod';
import { isMethodName, type MethodName, type Result } from '../../shared/contract';
import type { FieldIssue } from '../../shared/errors';
import { enforcePasswordChange } from '../auth/password-change-gate';
import { lookupSession } from '../auth/sessions';
import { AppError } from './app-error';
import { isAllowed } from './permissions';
import { METHODS } from './registry';
import type { CallContext, Deps } from './types';

/** What a host knows about the caller: only a session token, if any. */
export interface CallerInfo {
  token?: string;
}

export type Dispatch = (method: string, input: unknown, caller?: CallerInfo) => Promise<Result<unknown>>;

const fail = (error: AppError): Result<never> => ({
  ok: false,
  error: { code: error.code, message: error.message, ...error.extra },
});

export function toIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/**
 * The one entry point of the core, shared by the IPC host, the HTTP host and tests.
 * Order: known method → session → permission → input validation → handler. Errors come back as
 * data with plain-Indonesian messages; unexpected ones are logged and reported as INTERNAL.
 */
export function createDispatch(deps: Deps): Dispatch {
  return async (method, input, caller = {}) => {
    try {
      if (!isMethodName(method)) throw new AppError('NOT_FOUND', 'Layanan yang diminta tidak dikenal.');
      const call = resolveCaller(deps, caller);
      if (!isAllowed(method, call.role)) {
        if (call.role === 'public') {
          throw new AppError(
            'UNAUTHENTICATED',
            caller.token ? 'Sesi Anda sudah berakhir. Silakan masuk lagi.' : 'Silakan masuk terlebih dahulu.',
          );
        }
        throw new AppError('FORBIDDEN', 'Akun Anda tidak berhak membuka bagian ini.');
      }
      enforcePasswordChange(method, call);
      const spec = METHODS[method as MethodName];
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) {
        throw new AppError('VALIDATION', 'Periksa kembali isian yang ditandai.', { issues: toIssues(parsed.error) });
      }
      const handler = spec.handler as (i: unknown, c: CallContext, d: Deps) => unknown;
      return { ok: true, value: await handler(parsed.data, call, deps) };
    } catch (err) {
      if (err instanceof AppError) return fail(err);
      deps.log.error(`dispatch(${String(method).slice(0, 64)}) failed`, err);
      return fail(
        new AppError('INTERNAL', 'Terjadi kesalahan pada sistem. Coba sekali lagi; bila berulang, hubungi admin.'),
      );
    }
  };
}

function resolveCaller(deps: Deps, caller: CallerInfo): CallContext {
  const session = lookupSession(deps.db, caller.token, deps.clock.now());
  if (session.kind === 'active')
    return { role: session.user.role, user: session.user, sessionTokenHash: session.tokenHash };
  return { role: 'public', user: null, sessionTokenHash: null };
}
