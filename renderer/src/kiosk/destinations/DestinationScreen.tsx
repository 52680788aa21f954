import { IconAlertTriangle, IconBan, IconLanguage, IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import type { Destination } from '../../../../electron/shared/kiosk';
import { api } from '../../platform/api';
import { kioskPath } from '../kiosk-routes';
import { KioskScreen } from '../layout/KioskScreen';
import { formatCalendarDate } from '../shared/dates';
import { useKioskLang } from '../shared/lang';
import { Note } from '../shared/Note';
import { ScreenFailed, ScreenLoading } from '../shared/ScreenStatus';
import { useLoad } from '../shared/use-load';
import './destinations.css';

const SCHEME_KEYS = ['p_to_p', 'g_to_g', 'g_to_p', 'independent'] as const;

/**
 * One destination from data: the legal schemes, what to watch out for, where to ask, and the
 * moratorium when there is one. When the facts are unsure the screen says so before anything else.
 */
export function DestinationScreen() {
  const { t } = useTranslation();
  const { code = '' } = useParams<{ code: string }>();
  const lang = useKioskLang();
  const [state, retry] = useLoad(`${code}:${lang}`, () => api.call('destinations.get', { code, lang }));

  if (state.kind !== 'ready') {
    return (
      <KioskScreen title={t('kiosk.destinations.title')} parent={kioskPath.destinations}>
        {state.kind === 'loading' ? (
          <ScreenLoading />
        ) : (
          <ScreenFailed message={state.message} onRetry={state.code === 'NOT_FOUND' ? undefined : retry} />
        )}
      </KioskScreen>
    );
  }
  return <DestinationView destination={state.value} />;
}

function DestinationView({ destination: d }: { destination: Destination }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const schemeLabel = (scheme: string) => {
    const known = SCHEME_KEYS.find((k) => k === scheme);
    return known ? t(`kiosk.checklist.scheme.${known}`) : scheme;
  };

  return (
    <KioskScreen
      title={d.name}
      icon={<IconMapPin aria-hidden size={44} />}
      parent={kioskPath.destinations}
      className="kiosk-destination-screen"
    >
      {d.contentLang !== language && language === 'en' && (
        <Note tone="info" icon={<IconLanguage aria-hidden size={32} />}>
          {t('kiosk.article.onlyIndonesian')}
        </Note>
      )}
      {d.confidence === 'unsure' && (
        <Note
          tone="caution"
          icon={<IconAlertTriangle aria-hidden size={32} />}
          title={t('kiosk.destinations.unsure')}
        />
      )}
      {d.moratoriumNote && (
        <Note tone="danger" icon={<IconBan aria-hidden size={32} />} title={t('kiosk.destinations.moratoriumTitle')}>
          <span lang={d.contentLang}>{d.moratoriumNote}</span>
        </Note>
      )}
      <p className="kiosk-lead" lang={d.contentLang}>
        {d.summary}
      </p>
      <section className="kiosk-destination-block" aria-labelledby="dest-schemes">
        <h2 id="dest-schemes" className="kiosk-section-title">
          {t('kiosk.destinations.schemes')}
        </h2>
        {d.schemes.length > 0 ? (
          <ul className="kiosk-plain-list">
            {d.schemes.map((scheme) => (
              <li key={scheme}>{schemeLabel(scheme)}</li>
            ))}
          </ul>
        ) : (
          <p>{t('kiosk.destinations.noSchemes')}</p>
        )}
      </section>
      {d.cautions.length > 0 && (
        <section className="kiosk-destination-block" aria-labelledby="dest-cautions">
          <h2 id="dest-cautions" className="kiosk-section-title">
            {t('kiosk.destinations.cautions')}
          </h2>
          <ul className="kiosk-plain-list" lang={d.contentLang}>
            {d.cautions.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      {d.whereToAsk.length > 0 && (
        <section className="kiosk-destination-block" aria-labelledby="dest-ask">
          <h2 id="dest-ask" className="kiosk-section-title">
            {t('kiosk.destinations.whereToAsk')}
          </h2>
          <ul className="kiosk-plain-list" lang={d.contentLang}>
            {d.whereToAsk.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      <footer className="kiosk-sources">
        {d.sources.length > 0 && (
          <>
            <h2>{t('kiosk.article.sources')}</h2>
            <ul lang={d.contentLang}>
              {d.sources.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        <p className="kiosk-verified">
          {t('kiosk.common.verified', { date: formatCalendarDate(d.verifiedAt, language) })}
        </p>
      </footer>
    </KioskScreen>
  );
}
