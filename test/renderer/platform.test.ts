import { describe, expect, it } from 'vitest';
import type { MethodName, Result, Transport } from '../../electron/shared/contract';
import { ApiCallError, createClient } from '../../renderer/src/platform/client';
import { issuesByField } from '../../renderer/src/platform/field-issues';
import { createHttpTransport } from '../../renderer/src/platform/transport';

function recordingTransport(answer: Result<unknown>) {
  const calls: { method: MethodName; input: unknown }[] = [];
  const transport: Transport = {
    call: async (method, input) => {
      calls.push({ method, input });
      return answer;
    },
  };
  return { calls, transport };
}

describe('createClient', () => {
  it('passes method and input through and returns the result as data', async () => {
    const { calls, transport } = recordingTransport({ ok: true, value: { needsSetup: true } });
    const api = createClient(transport);
    expect(await api.call('setup.status')).toEqual({ ok: true, value: { needsSetup: true } });
    await api.call('auth.login', { username: 'a', password: 'b' });
    expect(calls).toEqual([
      { method: 'setup.status', input: {} },
      { method: 'auth.login', input: { username: 'a', password: 'b' } },
    ]);
  });

  it('request() throws a typed error carrying code, issues and wait time', async () => {
    const error = {
      code: 'RATE_LIMITED' as const,
      message: 'Terlalu banyak percobaan.',
      retryAfterSeconds: 60,
      issues: [{ path: 'password', message: 'x' }],
    };
    const api = createClient(recordingTransport({ ok: false, error }).transport);
    const thrown = await api.request('auth.login', { username: 'a', password: 'b' }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ApiCallError);
    expect(thrown).toMatchObject({ code: 'RATE_LIMITED', message: error.message, retryAfterSeconds: 60 });
    expect((thrown as ApiCallError).issues).toEqual(error.issues);
  });
});

describe('createHttpTransport', () => {
  it('POSTs JSON to /rpc/<method> with same-origin credentials and reads any status as a Result', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response(JSON.stringify({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Salah.' } }), {
        status: 401,
      });
    }) as typeof fetch;
    const result = await createHttpTransport(fetchImpl).call('auth.login', { username: 'a', password: 'b' });
    expect(result).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Salah.' } });
    expect(seen[0].url).toBe('/rpc/auth.login');
    expect(seen[0].init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(JSON.parse(String(seen[0].init.body))).toEqual({ username: 'a', password: 'b' });
  });

  it('turns a dead connection or a non-JSON body into an Indonesian INTERNAL error', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const html = (async () => new Response('<html>', { status: 502 })) as typeof fetch;
    const a = await createHttpTransport(offline).call('setup.status', {});
    const b = await createHttpTransport(html).call('setup.status', {});
    expect(a).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('terhubung') } });
    expect(b).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('dibaca') } });
  });
});

describe('issuesByField', () => {
  it('maps server paths to fields (first message wins) and keeps the rest apart', () => {
    const { fields, other } = issuesByField(
      [
        { path: 'admin.password', message: 'Minimal 8 karakter.' },
        { path: 'admin.password', message: 'Kedua.' },
        { path: 'village', message: 'Kolom tidak dikenal: x.' },
      ],
      ['admin.password', 'admin.username'] as const,
    );
    expect(fields).toEqual({ 'admin.password': 'Minimal 8 karakter.' });
    expect(other).toEqual(['Kolom tidak dikenal: x.']);
  });
});
