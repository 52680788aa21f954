import { describe, expect, it } from 'vitest';
import { countdownSeconds, createIdleTimer, type IdlePhase } from '../../../renderer/src/kiosk/session/idle-timer';
import { createFakeClock } from './fake-clock';

function setup(options: { idleMs?: number; warnMs?: number; shouldWarn?: () => boolean } = {}) {
  const fake = createFakeClock(1_000_000);
  const phases: IdlePhase[] = [];
  let expired = 0;
  const timer = createIdleTimer({
    idleMs: options.idleMs ?? 90_000,
    warnMs: options.warnMs ?? 20_000,
    clock: fake.clock,
    onPhase: (p) => phases.push(p),
    onExpire: () => {
      expired++;
    },
    shouldWarn: options.shouldWarn,
  });
  timer.start();
  return { fake, timer, phases, expired: () => expired };
}

describe('countdownSeconds', () => {
  it('is a third of the idle time, between 10 and 20 seconds', () => {
    expect(countdownSeconds(90)).toBe(20);
    expect(countdownSeconds(45)).toBe(15);
    expect(countdownSeconds(20)).toBe(10);
    expect(countdownSeconds(1800)).toBe(20);
  });

  it('never exceeds the idle time itself', () => {
    expect(countdownSeconds(5)).toBe(5);
  });
});

describe('createIdleTimer', () => {
  it('stays quiet until the warning is due, then counts down each second and resets at idleMs', () => {
    const { fake, timer, phases, expired } = setup();
    fake.advance(69_999);
    expect(timer.phase()).toEqual({ kind: 'active' });
    expect(phases).toEqual([]);
    fake.advance(1);
    expect(timer.phase()).toEqual({ kind: 'warning', secondsLeft: 20 });
    fake.advance(1_000);
    expect(timer.phase()).toEqual({ kind: 'warning', secondsLeft: 19 });
    fake.advance(18_999);
    expect(timer.phase()).toEqual({ kind: 'warning', secondsLeft: 1 });
    expect(expired()).toBe(0);
    fake.advance(1);
    expect(expired()).toBe(1);
    expect(timer.phase()).toEqual({ kind: 'active' });
    // Every whole second of the countdown was shown once, 20 down to 1, then back to active.
    const shown = phases.filter((p) => p.kind === 'warning').map((p) => (p.kind === 'warning' ? p.secondsLeft : 0));
    expect(shown).toEqual(Array.from({ length: 20 }, (_, i) => 20 - i));
    expect(phases.at(-1)).toEqual({ kind: 'active' });
  });

  it('starts a fresh idle period after a reset', () => {
    const { fake, expired } = setup();
    fake.advance(90_000);
    expect(expired()).toBe(1);
    fake.advance(89_999);
    expect(expired()).toBe(1);
    fake.advance(1);
    expect(expired()).toBe(2);
  });

  it('activity before the warning pushes the whole period back', () => {
    const { fake, timer, expired } = setup();
    fake.advance(60_000);
    timer.activity();
    fake.advance(69_999);
    expect(timer.phase().kind).toBe('active');
    fake.advance(1);
    expect(timer.phase().kind).toBe('warning');
    fake.advance(20_000);
    expect(expired()).toBe(1);
  });

  it('"still here" during the countdown closes it and restarts the full idle time', () => {
    const { fake, timer, phases, expired } = setup();
    fake.advance(80_000);
    expect(timer.phase()).toEqual({ kind: 'warning', secondsLeft: 10 });
    timer.stillHere();
    expect(timer.phase()).toEqual({ kind: 'active' });
    expect(phases.at(-1)).toEqual({ kind: 'active' });
    fake.advance(69_999);
    expect(timer.phase().kind).toBe('active');
    fake.advance(20_001);
    expect(expired()).toBe(1);
  });

  it('any touch during the countdown also counts as "still here"', () => {
    const { fake, timer, expired } = setup();
    fake.advance(75_000);
    timer.activity();
    expect(timer.phase()).toEqual({ kind: 'active' });
    fake.advance(89_999);
    expect(expired()).toBe(0);
  });

  it('skips the countdown when there is nothing to forget', () => {
    let dirty = false;
    const { fake, timer, phases, expired } = setup({ shouldWarn: () => dirty });
    fake.advance(200_000);
    expect(phases).toEqual([]);
    expect(expired()).toBe(0);
    dirty = true;
    timer.activity();
    fake.advance(70_000);
    expect(timer.phase()).toEqual({ kind: 'warning', secondsLeft: 20 });
    fake.advance(20_000);
    expect(expired()).toBe(1);
  });

  it('stop() cancels everything: no countdown and no reset afterwards', () => {
    const { fake, timer, phases, expired } = setup();
    fake.advance(10_000);
    timer.stop();
    expect(fake.pending()).toBe(0);
    fake.advance(500_000);
    expect(phases).toEqual([]);
    expect(expired()).toBe(0);
  });

  it('keeps one pending timeout however many touches arrive', () => {
    const { fake, timer } = setup();
    for (let i = 0; i < 1000; i++) {
      fake.advance(10);
      timer.activity();
    }
    expect(fake.pending()).toBe(1);
  });

  it('a countdown longer than the idle time is cut to the idle time', () => {
    const { fake, timer } = setup({ idleMs: 5_000, warnMs: 20_000 });
    fake.advance(0);
    expect(timer.phase()).toEqual({ kind: 'warning', secondsLeft: 5 });
  });
});
