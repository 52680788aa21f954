import { IconArrowRight, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ArticleSearchHit, SnippetSegment } from '../../../../electron/shared/content';
import { kioskPath } from '../kiosk-routes';
import { KioskLink } from '../shared/KioskLink';
import { useKioskLang } from '../shared/lang';
import type { SearchState } from './use-article-search';

/** A snippet with its matched words marked. Each piece is text in an element: never HTML. */
export function Snippet({ segments }: { segments: readonly SnippetSegment[] }) {
  let offset = 0;
  return (
    <>
      {segments.map((segment) => {
        const key = `${offset}`;
        offset += segment.text.length;
        return segment.hit ? <mark key={key}>{segment.text}</mark> : <span key={key}>{segment.text}</span>;
      })}
    </>
  );
}

export function SearchResults({ state }: { state: SearchState }) {
  const { t } = useTranslation();
  const lang = useKioskLang();
  if (state.kind === 'idle') return null;

  const results: ArticleSearchHit[] | null =
    state.kind === 'done' ? state.results : state.kind === 'searching' ? state.previous : null;
  const corrections = state.kind === 'done' ? state.query.corrections : [];

  let status: string;
  if (state.kind === 'failed') status = state.message;
  else if (state.kind === 'searching' && results === null) status = t('kiosk.search.searching');
  else if (results && results.length > 0) status = t('kiosk.search.count', { n: results.length, q: state.q });
  else if (state.kind === 'done') status = t('kiosk.search.none', { q: state.q });
  else status = t('kiosk.search.searching');

  return (
    <section className="kiosk-results" aria-label={t('kiosk.search.resultsLabel')}>
      <p className="kiosk-results-status" role="status">
        {status}
      </p>
      {corrections.length > 0 && (
        <p className="kiosk-results-corrected">
          {t('kiosk.search.corrected', { words: corrections.map((c) => c.to).join(', ') })}
        </p>
      )}
      {results && results.length > 0 && (
        <ol className="kiosk-results-list">
          {results.map((hit) => (
            <li key={`${hit.slug}-${hit.lang}`}>
              <KioskLink to={kioskPath.article(hit.slug)} className="kiosk-card kiosk-result">
                <span className="kiosk-card-title">
                  <span>{hit.title}</span>
                  <IconArrowRight aria-hidden size={28} className="kiosk-result-arrow" />
                </span>
                <span className="kiosk-result-snippet">
                  <Snippet segments={hit.snippet} />
                </span>
                {hit.lang !== lang && (
                  <span className="kiosk-tag kiosk-tag-lang">
                    <IconLanguage aria-hidden size={20} />
                    {t('kiosk.article.onlyIndonesianTag')}
                  </span>
                )}
              </KioskLink>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
