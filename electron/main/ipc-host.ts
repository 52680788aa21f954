import { type IpcMainInvokeEvent, ipcMain } from 'electron';
import type { Dispatch } from '../core';
import { isMethodName, type Result, RPC_CHANNEL } from '../shared/contract';
import { SessionTokens } from './session-tokens';
import { isTrustedSender } from './url-policy';

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Permintaan ini tidak berasal dari halaman aplikasi, jadi ditolak.' },
};
const NOT_FOUND: Result<never> = {
  ok: false,
  error: { code: 'NOT_FOUND', message: 'Layanan yang diminta tidak dikenal.' },
};
const INTERNAL: Result<never> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message: 'Terjadi kesalahan pada sistem. Coba sekali lagi; bila berulang, hubungi admin.',
  },
};

/**
 * The only data channel between renderer and main: `invoke(RPC_CHANNEL, method, input)`.
 * Order: trusted sender (top-level app:// frame) → known method → core.dispatch with the session
 * token main holds for that webContents (see session-tokens.ts for why main keeps it).
 * Input validation is the core's job, as for the HTTP host.
 */
export function registerIpcHost(dispatch: Dispatch, tokens = new SessionTokens()): SessionTokens {
  ipcMain.handle(RPC_CHANNEL, (event, method: unknown, input: unknown) =>
    handleRpc(dispatch, tokens, event, method, input),
  );
  return tokens;
}

export async function handleRpc(
  dispatch: Dispatch,
  tokens: SessionTokens,
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  method: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  if (!isTrustedSender(event.senderFrame)) return FORBIDDEN;
  if (!isMethodName(method)) return NOT_FOUND;
  const contents = event.sender;
  try {
    const result = await dispatch(method, input, { token: tokens.get(contents.id) });
    const holds = tokens.record(contents.id, method, result) !== undefined;
    // A closed window's token must not linger in memory (one listener per webContents).
    if (holds && tokens.startWatching(contents.id)) contents.once('destroyed', () => tokens.forget(contents.id));
    return result;
  } catch {
    // dispatch reports its own errors as data; this only guards the channel against a stray throw,
    // which Electron would otherwise forward to the page with its full message.
    return INTERNAL;
  }
}
