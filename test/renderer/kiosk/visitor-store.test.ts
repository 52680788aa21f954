import { describe, expect, it } from 'vitest';
import { createVisitorStore, freshVisitor, isFreshVisitor } from '../../../renderer/src/kiosk/session/visitor-store';

describe('visitor store', () => {
  it('forgets everything about the visitor on reset and counts the next visit', () => {
    const store = createVisitorStore();
    store.update((s) => ({
      ...s,
      largeText: true,
      search: 'calo',
      calo: { started: true, index: 3, answers: { 'minta-uang-dulu': 'yes' } },
      checklist: { scheme: 'p_to_p', marital: 'married', checked: ['ktp'] },
    }));
    expect(isFreshVisitor(store.get())).toBe(false);
    store.reset();
    expect(store.get()).toEqual(freshVisitor(1));
    expect(isFreshVisitor(store.get())).toBe(true);
  });

  it('tells subscribers about changes, not about no-op updates', () => {
    const store = createVisitorStore();
    let calls = 0;
    const unsubscribe = store.subscribe(() => {
      calls++;
    });
    store.update((s) => s);
    expect(calls).toBe(0);
    store.update((s) => ({ ...s, search: 'paspor' }));
    store.reset();
    expect(calls).toBe(2);
    unsubscribe();
    store.reset();
    expect(calls).toBe(2);
  });

  it('counts any trace of the visitor as not fresh', () => {
    const base = freshVisitor(4);
    expect(isFreshVisitor(base)).toBe(true);
    expect(isFreshVisitor({ ...base, search: 'x' })).toBe(false);
    expect(isFreshVisitor({ ...base, largeText: true })).toBe(false);
    expect(isFreshVisitor({ ...base, calo: { ...base.calo, started: true } })).toBe(false);
    expect(isFreshVisitor({ ...base, checklist: { ...base.checklist, checked: ['kk'] } })).toBe(false);
  });
});
