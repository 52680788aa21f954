import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useLocation } from 'wouter';
import { i18n } from '../../i18n';
import { canStepBack, hashPath, isKioskPath, isStaleEntry, nextTag, readTag } from './history-tags';
import { type VisitorState, visitorStore } from './visitor-store';

/** A slice of the visitor state; re-renders only when that slice changes (select primitives). */
export function useVisitor<T>(select: (state: VisitorState) => T): T {
  return useSyncExternalStore(visitorStore.subscribe, () => select(visitorStore.get()));
}

export const updateVisitor = visitorStore.update;

/**
 * Forgets the visitor completely: answers, choices, search text, larger text, language, speech,
 * scroll and the kiosk's place in history. `location.replace` rewrites the current entry, and
 * the visit number changes, so Back cannot bring up what the previous person was reading.
 */
export function resetVisitor(): void {
  window.speechSynthesis?.cancel();
  delete document.documentElement.dataset.print;
  delete document.documentElement.dataset.printLength;
  visitorStore.reset();
  if (i18n.resolvedLanguage !== 'id') void i18n.changeLanguage('id');
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  if (hashPath(window.location.hash) !== '/') window.location.replace('#/');
  window.scrollTo(0, 0);
}

/** Kiosk navigation: every entry is tagged with the visit it belongs to (see history-tags.ts). */
export function useKioskNavigation() {
  const [, navigate] = useLocation();
  const go = useCallback(
    (to: string, options: { replace?: boolean } = {}) => {
      const replace = options.replace ?? false;
      navigate(to, { replace, state: nextTag(window.history.state, visitorStore.get().visit, replace) });
      window.scrollTo(0, 0);
    },
    [navigate],
  );
  /** "Kembali": this visitor's previous screen, or the screen's parent when there is none. */
  const back = useCallback(
    (parent: string) => {
      if (canStepBack(window.history.state, visitorStore.get().visit)) window.history.back();
      else go(parent, { replace: true });
    },
    [go],
  );
  return { go, back };
}

/**
 * Browser Back/Forward onto a screen of an earlier visitor lands on the home screen instead.
 * `popstate` fires before `hashchange`, so the router never renders the stale screen. Entries
 * that arrive untagged (the first page load, a typed address) are tagged for the current visitor.
 */
export function useStaleEntryGuard(): void {
  useEffect(() => {
    const tagUntagged = () => {
      if (readTag(window.history.state) === null && isKioskPath(hashPath(window.location.hash))) {
        window.history.replaceState(nextTag(null, visitorStore.get().visit, true), '');
      }
    };
    const onPopState = () => {
      if (isStaleEntry(window.history.state, hashPath(window.location.hash), visitorStore.get().visit)) {
        window.history.replaceState(null, '', '#/');
      }
      tagUntagged();
    };
    tagUntagged();
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
}
