import type { CaloAnswer } from '../../../../electron/shared/kiosk';

/**
 * Everything the kiosk holds about the person at the screen, in memory only: never a cookie,
 * never localStorage, never sent anywhere. "Selesai" and the idle timer replace it with a fresh
 * state, and `visit` counts visitors so screens of an earlier visitor can be recognised.
 */
export interface VisitorState {
  visit: number;
  largeText: boolean;
  search: string;
  calo: { started: boolean; index: number; answers: Record<string, CaloAnswer> };
  checklist: { scheme: string | null; marital: string | null; checked: string[] };
}

export function freshVisitor(visit: number): VisitorState {
  return {
    visit,
    largeText: false,
    search: '',
    calo: { started: false, index: 0, answers: {} },
    checklist: { scheme: null, marital: null, checked: [] },
  };
}

/** True when there is nothing of this visitor to forget (an untouched kiosk needs no countdown). */
export function isFreshVisitor(state: VisitorState): boolean {
  return (
    !state.largeText &&
    state.search === '' &&
    !state.calo.started &&
    Object.keys(state.calo.answers).length === 0 &&
    state.checklist.scheme === null &&
    state.checklist.marital === null &&
    state.checklist.checked.length === 0
  );
}

export interface VisitorStore {
  get(): VisitorState;
  update(change: (state: VisitorState) => VisitorState): void;
  /** Forgets the visitor: a fresh state with the next visit number. */
  reset(): void;
  subscribe(listener: () => void): () => void;
}

export function createVisitorStore(): VisitorStore {
  let state = freshVisitor(0);
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of listeners) listener();
  };
  return {
    get: () => state,
    update(change) {
      const next = change(state);
      if (next === state) return;
      state = next;
      emit();
    },
    reset() {
      state = freshVisitor(state.visit + 1);
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The kiosk's one visitor at a time. */
export const visitorStore = createVisitorStore();
