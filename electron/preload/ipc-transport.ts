import { isMethodName, type MethodName, type Result, RPC_CHANNEL, type Transport } from '../shared/contract';

/** The one ipcRenderer method the transport uses; a fake stands in for it in tests. */
export interface IpcInvoker {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
}

/**
 * The renderer's only way to the back end in the desktop app. It exposes `call` and nothing else:
 * never ipcRenderer, never a generic send. Unknown method names are refused here, before any IPC,
 * and again in main. Errors come back as data, like the HTTP transport: the promise never rejects.
 */
export function createIpcTransport(ipc: IpcInvoker): Transport {
  const call = async (method: MethodName, input: unknown): Promise<Result<unknown>> => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'NOT_FOUND', message: 'Layanan yang diminta tidak dikenal.' } };
    }
    try {
      return (await ipc.invoke(RPC_CHANNEL, method, input)) as Result<unknown>;
    } catch {
      // No handler yet (main still starting) or input that cannot be copied between processes.
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: 'Aplikasi belum siap atau permintaan tidak dapat dikirim. Coba sekali lagi.',
        },
      };
    }
  };
  return Object.freeze({ call });
}
