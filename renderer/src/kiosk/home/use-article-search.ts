import { useEffect, useRef, useState } from 'react';
import type { ArticleSearchHit, SearchQueryInfo } from '../../../../electron/shared/content';
import type { KioskLang } from '../../../../electron/shared/kiosk';
import { api } from '../../platform/api';

/** Long enough to skip the middle of a word being typed, short enough to feel instant. */
export const SEARCH_DEBOUNCE_MS = 150;

export type SearchState =
  | { kind: 'idle' }
  | { kind: 'searching'; q: string; previous: ArticleSearchHit[] | null }
  | { kind: 'done'; q: string; results: ArticleSearchHit[]; query: SearchQueryInfo }
  | { kind: 'failed'; q: string; message: string };

/**
 * Results as the visitor types: one request per pause in typing, and an answer that arrives after
 * a newer request has gone out is dropped, so the list always matches the text in the box.
 */
export function useArticleSearch(text: string, lang: KioskLang): SearchState {
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const latest = useRef(0);

  useEffect(() => {
    const q = text.trim();
    const ticket = ++latest.current;
    if (q === '') {
      setState({ kind: 'idle' });
      return;
    }
    setState((s) => ({
      kind: 'searching',
      q,
      previous: s.kind === 'done' ? s.results : s.kind === 'searching' ? s.previous : null,
    }));
    const timer = window.setTimeout(() => {
      void api.call('content.search', { q, lang, limit: 8 }).then((result) => {
        if (ticket !== latest.current) return;
        setState(
          result.ok
            ? { kind: 'done', q, results: result.value.results, query: result.value.query }
            : { kind: 'failed', q, message: result.error.message },
        );
      });
    }, SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, lang]);

  return state;
}
