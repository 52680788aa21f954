import { contextBridge, ipcRenderer } from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createDesktopBridge } from '../../electron/preload/desktop-bridge';
import { createIpcTransport, type IpcInvoker } from '../../electron/preload/ipc-transport';
import { METHOD_NAMES, type MethodName, RPC_CHANNEL } from '../../electron/shared/contract';
import { PDF_NAME_INVALID_MESSAGE, SAVE_PDF_CHANNEL, type SavePdfRequest } from '../../electron/shared/desktop';

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async () => ({ ok: true, value: 'from-main' })),
    send: vi.fn(),
    sendSync: vi.fn(),
    on: vi.fn(),
  },
}));

function fakeIpc(answer: unknown = { ok: true, value: { ok: true } }) {
  const invoke = vi.fn<IpcInvoker['invoke']>(async () => answer);
  return { invoke };
}

describe('createIpcTransport', () => {
  it('exposes only a frozen `call`', () => {
    const transport = createIpcTransport(fakeIpc());
    expect(Object.keys(transport)).toEqual(['call']);
    expect(typeof transport.call).toBe('function');
    expect(Object.isFrozen(transport)).toBe(true);
  });

  it('forwards a contract method over the one RPC channel and returns main’s result as is', async () => {
    const ipc = fakeIpc({ ok: true, value: { needsSetup: false } });
    const transport = createIpcTransport(ipc);
    const input = { username: 'sekdes', password: 'x' };
    expect(await transport.call('setup.status', {})).toEqual({ ok: true, value: { needsSetup: false } });
    await transport.call('auth.login', input);
    expect(ipc.invoke.mock.calls).toEqual([
      [RPC_CHANNEL, 'setup.status', {}],
      [RPC_CHANNEL, 'auth.login', input],
    ]);
  });

  it('forwards every method of the contract', async () => {
    const ipc = fakeIpc();
    const transport = createIpcTransport(ipc);
    for (const method of METHOD_NAMES) await transport.call(method, {});
    expect(ipc.invoke.mock.calls.map((c) => c[1])).toEqual([...METHOD_NAMES]);
  });

  it('refuses an unknown method without any IPC', async () => {
    const ipc = fakeIpc();
    const transport = createIpcTransport(ipc);
    for (const method of ['system.shutdown', 'constructor', '', 'auth.me ', 7, null]) {
      const result = await transport.call(method as MethodName, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('never rejects: a failed invoke becomes an INTERNAL result', async () => {
    const transport = createIpcTransport({
      invoke: async () => {
        throw new Error("No handler registered for 'balai:rpc'");
      },
    });
    const result = await transport.call('system.health', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('balai:rpc');
  });
});

describe('createDesktopBridge', () => {
  it('is one frozen object with `call` and `savePdf` only', () => {
    const bridge = createDesktopBridge(fakeIpc());
    expect(Object.keys(bridge)).toEqual(['call', 'savePdf']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('`call` still goes over the RPC channel', async () => {
    const ipc = fakeIpc({ ok: true, value: { needsSetup: false } });
    const bridge = createDesktopBridge(ipc);
    expect(await bridge.call('setup.status', {})).toEqual({ ok: true, value: { needsSetup: false } });
    expect(ipc.invoke.mock.calls).toEqual([[RPC_CHANNEL, 'setup.status', {}]]);
  });

  it('`savePdf` sends only the file name over the PDF channel and returns main’s answer', async () => {
    for (const answer of [
      { status: 'saved', fileName: 'laporan.pdf' },
      { status: 'cancelled' },
      { status: 'failed', message: 'Ruang penyimpanan penuh.' },
    ]) {
      const ipc = fakeIpc(answer);
      const bridge = createDesktopBridge(ipc);
      const request = { fileName: 'Laporan Juni', extra: 'tidak ikut' } as SavePdfRequest;
      expect(await bridge.savePdf(request)).toEqual(answer);
      expect(ipc.invoke.mock.calls).toEqual([[SAVE_PDF_CHANNEL, { fileName: 'Laporan Juni' }]]);
    }
  });

  it('refuses a malformed request without any IPC', async () => {
    const ipc = fakeIpc();
    const bridge = createDesktopBridge(ipc);
    for (const request of [
      undefined,
      null,
      'laporan',
      [],
      {},
      { fileName: 3 },
      { fileName: '' },
      { fileName: 'x'.repeat(256) },
    ]) {
      expect(await bridge.savePdf(request as unknown as SavePdfRequest)).toEqual({
        status: 'failed',
        message: PDF_NAME_INVALID_MESSAGE,
      });
    }
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('never rejects: a failed invoke or an odd answer becomes a failed answer', async () => {
    const throwing = createDesktopBridge({
      invoke: async () => {
        throw new Error("No handler registered for 'balai:save-pdf'");
      },
    });
    const failed = await throwing.savePdf({ fileName: 'laporan' });
    expect(failed).toMatchObject({ status: 'failed', message: expect.any(String) });
    expect(JSON.stringify(failed)).not.toContain('balai:save-pdf');
    for (const odd of [undefined, { status: 'saved' }, { status: 'failed' }, { status: 'done' }, 'ok']) {
      expect(await createDesktopBridge(fakeIpc(odd)).savePdf({ fileName: 'laporan' })).toMatchObject({
        status: 'failed',
      });
    }
  });
});

describe('preload entry (electron/preload/index.ts)', () => {
  beforeAll(async () => {
    await import('../../electron/preload/index');
  });

  it('exposes window.balai once, with only `call` and `savePdf`, and never ipcRenderer itself', () => {
    const calls = vi.mocked(contextBridge.exposeInMainWorld).mock.calls;
    expect(calls).toHaveLength(1);
    const [key, api] = calls[0];
    expect(key).toBe('balai');
    expect(Object.keys(api as object)).toEqual(['call', 'savePdf']);
    expect(api).not.toBe(ipcRenderer);
    for (const value of Object.values(api as object)) {
      expect(value).not.toBe(ipcRenderer);
      expect(value).not.toBe(ipcRenderer.invoke);
      expect(value).not.toBe(ipcRenderer.send);
    }
  });

  it('`call` goes through ipcRenderer.invoke on the RPC channel', async () => {
    const api = vi.mocked(contextBridge.exposeInMainWorld).mock.calls[0][1] as {
      call: (m: string, i: unknown) => unknown;
    };
    expect(await api.call('system.health', {})).toEqual({ ok: true, value: 'from-main' });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(RPC_CHANNEL, 'system.health', {});
    expect(ipcRenderer.send).not.toHaveBeenCalled();
    expect(ipcRenderer.on).not.toHaveBeenCalled();
  });

  it('`savePdf` goes through ipcRenderer.invoke on the PDF channel', async () => {
    const api = vi.mocked(contextBridge.exposeInMainWorld).mock.calls[0][1] as {
      savePdf: (r: unknown) => Promise<unknown>;
    };
    vi.mocked(ipcRenderer.invoke).mockResolvedValueOnce({ status: 'cancelled' });
    expect(await api.savePdf({ fileName: 'laporan' })).toEqual({ status: 'cancelled' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(SAVE_PDF_CHANNEL, { fileName: 'laporan' });
    expect(ipcRenderer.send).not.toHaveBeenCalled();
  });
});
