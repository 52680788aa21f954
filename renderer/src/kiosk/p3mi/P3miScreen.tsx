import {
  IconBan,
  IconBuildingCommunity,
  IconCircleCheck,
  IconClockX,
  IconInfoCircle,
  IconPlayerPause,
} from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyHit, AgencySearchResult, AgencyStatus } from '../../../../electron/shared/kiosk';
import { api } from '../../platform/api';
import { ArticleCards } from '../category/CategoryScreen';
import { kioskPath } from '../kiosk-routes';
import { KioskScreen } from '../layout/KioskScreen';
import { formatCalendarDate } from '../shared/dates';
import { useKioskLang } from '../shared/lang';
import { Note } from '../shared/Note';
import { ScreenFailed, ScreenLoading } from '../shared/ScreenStatus';
import { SearchField } from '../shared/SearchField';
import { useLoad } from '../shared/use-load';
import './p3mi.css';

const STATUS_ICONS: Record<AgencyStatus, typeof IconCircleCheck> = {
  active: IconCircleCheck,
  suspended: IconPlayerPause,
  revoked: IconBan,
  expired: IconClockX,
};

type AgencyState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; q: string; value: AgencySearchResult };

/**
 * Cek P3MI: the office's copy of the official licence list, searched by name or licence number.
 * Every answer carries the core's notice: this is a copy with a date, never a recommendation,
 * and the job must be checked too. An empty registry says so instead of pretending.
 */
export function P3miScreen() {
  const { t } = useTranslation();
  const lang = useKioskLang();
  const [q, setQ] = useState('');
  const state = useAgencySearch(q, lang);
  const [articles] = useLoad(`cek-p3mi:${lang}`, () => api.call('content.list', { category: 'cek-p3mi', lang }));

  return (
    <KioskScreen
      title={t('kiosk.p3mi.title')}
      icon={<IconBuildingCommunity aria-hidden size={44} />}
      parent={kioskPath.home}
      className="kiosk-p3mi"
    >
      <p className="kiosk-lead">{t('kiosk.p3mi.intro')}</p>
      <SearchField
        label={t('kiosk.p3mi.searchLabel')}
        placeholder={t('kiosk.p3mi.placeholder')}
        value={q}
        onChange={setQ}
      />
      {state.kind === 'loading' && <ScreenLoading />}
      {state.kind === 'failed' && <ScreenFailed message={state.message} />}
      {state.kind === 'ready' && <AgencyAnswer q={state.q} result={state.value} />}
      <section className="kiosk-p3mi-more" aria-labelledby="p3mi-more">
        <h2 id="p3mi-more" className="kiosk-section-title">
          {t('kiosk.p3mi.jobTitle')}
        </h2>
        <p>{t('kiosk.p3mi.jobText')}</p>
        {articles.kind === 'ready' && <ArticleCards articles={articles.value.articles} />}
      </section>
    </KioskScreen>
  );
}

function useAgencySearch(q: string, lang: 'id' | 'en'): AgencyState {
  const [state, setState] = useState<AgencyState>({ kind: 'loading' });
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    const query = q.trim();
    // The first answer (empty text) tells how big and how old the registry is.
    const timer = window.setTimeout(
      () => {
        void api.call('agencies.search', { q: query, lang, limit: 10 }).then((result) => {
          if (ticket !== latest.current) return;
          setState(
            result.ok
              ? { kind: 'ready', q: query, value: result.value }
              : { kind: 'failed', message: result.error.message },
          );
        });
      },
      query === '' ? 0 : 200,
    );
    return () => window.clearTimeout(timer);
  }, [q, lang]);
  return state;
}

function AgencyAnswer({ q, result }: { q: string; result: AgencySearchResult }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const empty = result.registry.total === 0;
  return (
    <div className="kiosk-p3mi-answer" role="status">
      {!empty && result.registry.dataAsOf && (
        <p className="kiosk-p3mi-registry">
          {t('kiosk.p3mi.registry', {
            total: result.registry.total,
            date: formatCalendarDate(result.registry.dataAsOf, language),
          })}
        </p>
      )}
      <Note
        tone={empty || (q !== '' && result.results.length === 0) ? 'caution' : 'info'}
        icon={<IconInfoCircle aria-hidden size={32} />}
        title={empty ? t('kiosk.p3mi.emptyTitle') : undefined}
      >
        {result.notice}
      </Note>
      {result.results.length > 0 && (
        <ul className="kiosk-cards kiosk-agencies">
          {result.results.map((agency) => (
            <li key={agency.id}>
              <AgencyCard agency={agency} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function AgencyCard({ agency }: { agency: AgencyHit }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const Icon = STATUS_ICONS[agency.status];
  return (
    <article className="kiosk-card kiosk-agency">
      <h3 className="kiosk-card-title">{agency.name}</h3>
      <p className={`kiosk-status-badge kiosk-status-${agency.status}`}>
        <Icon aria-hidden size={26} />
        {t(`kiosk.p3mi.status.${agency.status}`)}
      </p>
      <dl className="kiosk-facts">
        <dt>{t('kiosk.p3mi.licence')}</dt>
        <dd>{agency.licenceNumber}</dd>
        <dt>{t('kiosk.p3mi.validUntil')}</dt>
        <dd>{agency.validUntil ? formatCalendarDate(agency.validUntil, language) : t('kiosk.p3mi.unknown')}</dd>
        {agency.address && (
          <>
            <dt>{t('kiosk.p3mi.address')}</dt>
            <dd>{agency.address}</dd>
          </>
        )}
      </dl>
      <p className="kiosk-card-meta">
        {t('kiosk.p3mi.dataAsOf', { date: formatCalendarDate(agency.dataAsOf, language) })} ·{' '}
        {t('kiosk.common.source', { source: agency.source })}
      </p>
    </article>
  );
}
