import { useCallback, useState } from 'react';

/**
 * Keyset paging: the core answers each page with the cursor of the next one. Going back means
 * remembering the cursors already used, newest last. Page 1 has no cursor.
 */
export interface PagerState<C> {
  cursors: C[];
}

export const firstPage = <C>(): PagerState<C> => ({ cursors: [] });

export function currentCursor<C>(state: PagerState<C>): C | null {
  return state.cursors.length > 0 ? state.cursors[state.cursors.length - 1] : null;
}

export function pageNumber<C>(state: PagerState<C>): number {
  return state.cursors.length + 1;
}

export function nextPage<C>(state: PagerState<C>, cursor: C): PagerState<C> {
  return { cursors: [...state.cursors, cursor] };
}

export function previousPage<C>(state: PagerState<C>): PagerState<C> {
  return { cursors: state.cursors.slice(0, -1) };
}

export function usePager<C>() {
  const [state, setState] = useState<PagerState<C>>(firstPage);
  return {
    cursor: currentCursor(state),
    page: pageNumber(state),
    next: useCallback((cursor: C) => setState((s) => nextPage(s, cursor)), []),
    previous: useCallback(() => setState((s) => previousPage(s)), []),
    reset: useCallback(() => setState(firstPage<C>()), []),
  };
}
