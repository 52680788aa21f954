import { describe, expect, it, vi } from 'vitest';
import type { MethodName, Result } from '../../../electron/shared/contract';
import { MUST_CHANGE_PASSWORD_MESSAGE } from '../../../electron/shared/users';
import { createClient } from '../../../renderer/src/platform/client';

// The module's own singleton client needs a window; these tests build their own.
vi.mock('../../../renderer/src/platform/api', () => ({ api: {} }));

const { createGuardedClient, createSessionGate, interruptionOf } = await import('../../../renderer/src/staff/session');

const ENDED: Result<never> = {
  ok: false,
  error: { code: 'UNAUTHENTICATED', message: 'Sesi Anda sudah berakhir. Silakan masuk lagi.' },
};

function scripted(answers: Result<unknown>[]) {
  const calls: MethodName[] = [];
  const client = createClient({
    async call(method) {
      calls.push(method);
      return answers.shift() ?? { ok: true, value: 'extra' };
    },
  });
  return { client, calls };
}

describe('session interruptions', () => {
  it('an ended session or a temporary password interrupts; other refusals do not', () => {
    expect(interruptionOf('queue.today', ENDED.ok ? never() : ENDED.error)).toEqual({
      kind: 'ended',
      message: 'Sesi Anda sudah berakhir. Silakan masuk lagi.',
    });
    expect(interruptionOf('queue.today', { code: 'FORBIDDEN', message: MUST_CHANGE_PASSWORD_MESSAGE })?.kind).toBe(
      'mustChangePassword',
    );
    expect(interruptionOf('queue.today', { code: 'FORBIDDEN', message: 'Akun Anda tidak berhak.' })).toBeNull();
    // A wrong password at the lock screen is that screen's business, not a new lock.
    expect(interruptionOf('auth.login', { code: 'UNAUTHENTICATED', message: 'salah' })).toBeNull();
  });

  it('waits behind the lock and sends the same call again once the officer is back', async () => {
    const gate = createSessionGate();
    const { client, calls } = scripted([ENDED, { ok: true, value: { saved: true } }]);
    const guarded = createGuardedClient(client, gate);
    const pending = guarded.call('consultations.create', { summary: 'typed' } as never);
    await vi.waitFor(() => expect(gate.current()?.kind).toBe('ended'));
    gate.resume(true);
    await expect(pending).resolves.toEqual({ ok: true, value: { saved: true } });
    expect(calls).toEqual(['consultations.create', 'consultations.create']);
    expect(gate.current()).toBeNull();
  });

  it('one lock for several refused calls; leaving gives each its refusal back', async () => {
    const gate = createSessionGate();
    const seen: (string | undefined)[] = [];
    gate.subscribe(() => seen.push(gate.current()?.kind));
    const { client, calls } = scripted([ENDED, ENDED]);
    const guarded = createGuardedClient(client, gate);
    const a = guarded.call('queue.today');
    const b = guarded.call('followups.due', {});
    await vi.waitFor(() => expect(calls.length).toBe(2));
    await new Promise((resolve) => setTimeout(resolve, 20)); // both answers have reached the gate
    expect(seen).toEqual(['ended']);
    gate.resume(false);
    expect((await a).ok).toBe(false);
    expect((await b).ok).toBe(false);
    expect(calls).toHaveLength(2);
  });

  it('request() throws the refusal when the officer leaves', async () => {
    const gate = createSessionGate();
    const { client } = scripted([ENDED]);
    const guarded = createGuardedClient(client, gate);
    const pending = guarded.request('queue.today');
    await vi.waitFor(() => expect(gate.current()).not.toBeNull());
    gate.resume(false);
    await expect(pending).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

function never(): never {
  throw new Error('unreachable');
}
