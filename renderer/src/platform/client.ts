import type { MethodInput, MethodName, MethodOutput, Result, Transport } from '../../../electron/shared/contract';
import type { ApiError, ErrorCode, FieldIssue } from '../../../electron/shared/errors';

/** Methods whose input fields are all optional may be called without an argument. */
type CallArgs<M extends MethodName> =
  Record<string, never> extends MethodInput<M> ? [input?: MethodInput<M>] : [input: MethodInput<M>];

/** A failed call, for code that prefers try/catch to checking `ok`. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  readonly retryAfterSeconds?: number;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.issues = error.issues ?? [];
    this.retryAfterSeconds = error.retryAfterSeconds;
  }
}

export interface Client {
  /** Errors come back as data (`{ ok: false, error }`), typed by the contract. */
  call<M extends MethodName>(method: M, ...args: CallArgs<M>): Promise<Result<MethodOutput<M>>>;
  /** Same call; a failure is thrown as ApiCallError. */
  request<M extends MethodName>(method: M, ...args: CallArgs<M>): Promise<MethodOutput<M>>;
}

/** The one place where transport results become typed calls; the renderer cannot tell the host. */
export function createClient(transport: Transport): Client {
  const call = async <M extends MethodName>(method: M, ...args: CallArgs<M>) =>
    (await transport.call(method, args[0] ?? {})) as Result<MethodOutput<M>>;
  return {
    call,
    async request(method, ...args) {
      const result = await call(method, ...args);
      if (!result.ok) throw new ApiCallError(result.error);
      return result.value;
    },
  };
}
