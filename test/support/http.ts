import type { AddressInfo } from 'node:net';
import type { Core } from '../../electron/core';
import { createHttpHost } from '../../electron/server/http-host';

/** Starts the real HTTP host on 127.0.0.1 with a random port. */
export async function startHost(core: Core, staticDir?: string) {
  const server = createHttpHost({ dispatch: core.dispatch, staticDir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    rpc: (method: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${base}/rpc/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
