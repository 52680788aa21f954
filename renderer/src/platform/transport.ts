import type { MethodName, Result, Transport } from '../../../electron/shared/contract';
import type { DesktopBridge } from '../../../electron/shared/desktop';

declare global {
  interface Window {
    /** Exposed by the Electron preload (`call` and `savePdf`); absent in a plain browser (Node host). */
    balai?: DesktopBridge;
  }
}

const OFFLINE_MESSAGE = 'Tidak dapat terhubung ke aplikasi. Periksa bahwa Balai Migran masih berjalan, lalu coba lagi.';
const UNREADABLE_MESSAGE = 'Jawaban dari aplikasi tidak dapat dibaca. Coba lagi; bila berulang, hubungi admin.';

/**
 * Browser mode: `POST /rpc/<method>` on our own origin. The session rides on the HttpOnly cookie
 * the host sets at login, so this code never sees or keeps a token. Every HTTP status carries a
 * Result body; only a dead connection or a non-JSON body becomes an error made here.
 */
export function createHttpTransport(fetchImpl: typeof fetch = (...args) => fetch(...args)): Transport {
  return {
    async call(method: MethodName, input: unknown): Promise<Result<unknown>> {
      let response: Response;
      try {
        response = await fetchImpl(`/rpc/${encodeURIComponent(method)}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: OFFLINE_MESSAGE } };
      }
      try {
        const body = (await response.json()) as Result<unknown>;
        if (body && typeof body === 'object' && typeof body.ok === 'boolean') return body;
      } catch {
        // falls through to the generic message below
      }
      return { ok: false, error: { code: 'INTERNAL', message: UNREADABLE_MESSAGE } };
    },
  };
}

/** The Electron preload's transport when present, else HTTP to the page's own origin. */
export function pickTransport(): Transport {
  return window.balai ?? createHttpTransport();
}
