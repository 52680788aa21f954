import { ipcMain } from 'electron';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../electron/core';
import { handleRpc, registerIpcHost } from '../../electron/main/ipc-host';
import { SessionTokens, tokenAfterCall } from '../../electron/main/session-tokens';
import { type Result, RPC_CHANNEL } from '../../electron/shared/contract';
import { memoryCore, VALID_SETUP } from '../support/core';
import { type FakeIpcMain, FakeWebContents, invokeEvent } from './fakes';

vi.mock('electron', async () => {
  const { FakeIpcMain } = await import('./fakes');
  return { ipcMain: new FakeIpcMain() };
});

const fakeIpc = ipcMain as unknown as FakeIpcMain;
const APP = 'app://balai/';
const USER = { id: 'u1', username: 'sekdes', displayName: 'Ibu Sekdes', role: 'admin' };

let core: ReturnType<typeof memoryCore>;

/** A dispatch spy in front of a real core on ':memory:'. */
function spyOnCore() {
  return vi.fn<Dispatch>((method, input, caller) => core.dispatch(method, input, caller));
}

/** Registers the host and returns a function that invokes it like ipcRenderer.invoke would. */
function host(dispatch: Dispatch) {
  fakeIpc.handlers.clear();
  const tokens = registerIpcHost(dispatch);
  const handler = fakeIpc.handlers.get(RPC_CHANNEL);
  if (!handler) throw new Error('no handler registered');
  const invoke = (event: ReturnType<typeof invokeEvent>, method: unknown, input: unknown = {}) =>
    handler(event, method, input) as Promise<Result<unknown>>;
  return { tokens, invoke };
}

beforeEach(() => {
  core = memoryCore();
});
afterEach(() => core.close());

describe('IPC host: who may call', () => {
  it('registers exactly one handler, on the RPC channel', () => {
    host(spyOnCore());
    expect([...fakeIpc.handlers.keys()]).toEqual([RPC_CHANNEL]);
  });

  it('answers FORBIDDEN to a foreign page and never reaches the core', async () => {
    const dispatch = spyOnCore();
    const { invoke } = host(dispatch);
    for (const url of ['https://evil.example/', 'file:///C:/x.html', 'app://balai@evil/', 'about:blank', 'data:,x']) {
      const result = await invoke(invokeEvent(url), 'system.health');
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers FORBIDDEN to a sub-frame, even one of our own origin, and to a vanished frame', async () => {
    const dispatch = spyOnCore();
    const { invoke } = host(dispatch);
    expect(await invoke(invokeEvent(APP, { subFrame: true }), 'system.health')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await invoke(invokeEvent(APP, { noFrame: true }), 'system.health')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('property: no web origin gets through', async () => {
    const dispatch = spyOnCore();
    const { invoke } = host(dispatch);
    await fc.assert(
      fc.asyncProperty(fc.webUrl(), async (url) => {
        expect(await invoke(invokeEvent(url), 'system.health')).toMatchObject({ error: { code: 'FORBIDDEN' } });
      }),
      { numRuns: 100 },
    );
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers NOT_FOUND to a method outside the contract, before the core', async () => {
    const dispatch = spyOnCore();
    const { invoke } = host(dispatch);
    for (const method of ['system.shutdown', 'constructor', '__proto__', '', 42, null, { toString: () => 'auth.me' }]) {
      expect(await invoke(invokeEvent(APP), method)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a throwing dispatch into INTERNAL without leaking its message', async () => {
    const { invoke } = host(async () => {
      throw new Error('SQLITE_CORRUPT at /home/desa/secret.db');
    });
    const result = await invoke(invokeEvent(APP), 'system.health');
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret.db');
  });
});

describe('IPC host: calls reach the real core', () => {
  it('round-trips system.health', async () => {
    const { invoke } = host(core.dispatch);
    expect(await invoke(invokeEvent(APP), 'system.health', {})).toEqual({
      ok: true,
      value: { ok: true, version: '0.1.0', schemaVersion: expect.any(Number) },
    });
  });

  it('handleRpc answers the same without ipcMain (the registered handler is a thin wrapper)', async () => {
    const result = await handleRpc(core.dispatch, new SessionTokens(), invokeEvent(APP) as never, 'setup.status', {});
    expect(result).toEqual({ ok: true, value: { needsSetup: true } });
  });

  it('passes validation errors through unchanged (the core validates, not the host)', async () => {
    const { invoke } = host(core.dispatch);
    const result = await invoke(invokeEvent(APP), 'setup.complete', { village: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: expect.any(Array) } });
  });

  it('keeps the staff session in main: login, then calls without any token, then logout', async () => {
    const { invoke, tokens } = host(core.dispatch);
    const contents = new FakeWebContents(7);
    const event = invokeEvent(APP, { contents });
    expect(await invoke(event, 'setup.complete', VALID_SETUP)).toMatchObject({ ok: true });

    const { username, password } = VALID_SETUP.admin;
    const login = await invoke(event, 'auth.login', { username, password });
    expect(login).toMatchObject({ ok: true, value: { user: { username } } });
    expect(tokens.get(7)).toBe((login as { value: { token: string } }).value.token);

    // The renderer sends no token; main supplies it.
    expect(await invoke(event, 'auth.me', {})).toMatchObject({ ok: true, value: { user: { username } } });
    // Another window of the same app is not logged in.
    const other = invokeEvent(APP, { contents: new FakeWebContents(8) });
    expect(await invoke(other, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    expect(await invoke(event, 'auth.logout', {})).toEqual({ ok: true, value: { loggedOut: true } });
    expect(tokens.get(7)).toBeUndefined();
    expect(await invoke(event, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});

describe('IPC host: session token bookkeeping (login stub)', () => {
  function stub() {
    const seen: Array<{ method: string; token: string | undefined }> = [];
    const dispatch: Dispatch = async (method, _input, caller) => {
      seen.push({ method, token: caller?.token });
      if (method === 'auth.login') return { ok: true, value: { token: 'tok-1', user: USER } };
      return { ok: true, value: {} };
    };
    return { seen, ...host(dispatch) };
  }

  it('sends the stored token with every later call from that webContents only', async () => {
    const { seen, invoke } = stub();
    const mine = new FakeWebContents(1);
    const theirs = new FakeWebContents(2);
    await invoke(invokeEvent(APP, { contents: mine }), 'system.health');
    const login = await invoke(invokeEvent(APP, { contents: mine }), 'auth.login', { username: 'a', password: 'b' });
    // The login result reaches the renderer unchanged: same contract as the HTTP host.
    expect(login).toEqual({ ok: true, value: { token: 'tok-1', user: USER } });
    await invoke(invokeEvent(APP, { contents: mine }), 'auth.me');
    await invoke(invokeEvent(APP, { contents: theirs }), 'auth.me');
    await invoke(invokeEvent(APP, { contents: mine }), 'auth.logout');
    await invoke(invokeEvent(APP, { contents: mine }), 'auth.me');
    expect(seen).toEqual([
      { method: 'system.health', token: undefined },
      { method: 'auth.login', token: undefined },
      { method: 'auth.me', token: 'tok-1' },
      { method: 'auth.me', token: undefined },
      { method: 'auth.logout', token: 'tok-1' }, // the core needs it to end the session
      { method: 'auth.me', token: undefined },
    ]);
  });

  it('forgets the token when the webContents is destroyed, with one listener however often staff log in', async () => {
    const { invoke, tokens } = stub();
    const contents = new FakeWebContents(3);
    const event = invokeEvent(APP, { contents });
    for (let i = 0; i < 12; i++) {
      await invoke(event, 'auth.login');
      await invoke(event, 'auth.logout');
    }
    await invoke(event, 'auth.login');
    expect(tokens.get(3)).toBe('tok-1');
    expect(contents.listenerCount('destroyed')).toBe(1);
    contents.emit('destroyed');
    expect(tokens.get(3)).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it('a refused sender cannot log out or replace the stored token', async () => {
    const { invoke, tokens } = stub();
    const contents = new FakeWebContents(4);
    await invoke(invokeEvent(APP, { contents }), 'auth.login');
    await invoke(invokeEvent(APP, { contents, subFrame: true }), 'auth.logout');
    expect(tokens.get(4)).toBe('tok-1');
  });
});

describe('tokenAfterCall', () => {
  const ok = (value: unknown): Result<unknown> => ({ ok: true, value });
  const err: Result<unknown> = { ok: false, error: { code: 'UNAUTHENTICATED', message: 'salah' } };

  it('stores the token of a successful login, replacing an older one', () => {
    expect(tokenAfterCall('auth.login', ok({ token: 'new', user: USER }), undefined)).toBe('new');
    expect(tokenAfterCall('auth.login', ok({ token: 'new', user: USER }), 'old')).toBe('new');
  });

  it('keeps the current token after a failed or malformed login', () => {
    expect(tokenAfterCall('auth.login', err, 'old')).toBe('old');
    expect(tokenAfterCall('auth.login', ok({ user: USER }), 'old')).toBe('old');
    expect(tokenAfterCall('auth.login', ok(null), undefined)).toBeUndefined();
  });

  it('clears it on logout, whatever the outcome', () => {
    expect(tokenAfterCall('auth.logout', ok({ loggedOut: true }), 'old')).toBeUndefined();
    expect(tokenAfterCall('auth.logout', err, 'old')).toBeUndefined();
  });

  it('leaves it alone for every other method', () => {
    expect(tokenAfterCall('auth.me', err, 'old')).toBe('old');
    expect(tokenAfterCall('system.health', ok({ token: 'sneaky' }), 'old')).toBe('old');
  });
});
