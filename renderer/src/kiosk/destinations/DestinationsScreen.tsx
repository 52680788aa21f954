import { IconAlertTriangle, IconArrowRight, IconBan, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DestinationSummary } from '../../../../electron/shared/kiosk';
import { api } from '../../platform/api';
import { ArticleCards } from '../category/CategoryScreen';
import { kioskPath } from '../kiosk-routes';
import { KioskScreen } from '../layout/KioskScreen';
import { KioskLink } from '../shared/KioskLink';
import { useKioskLang } from '../shared/lang';
import { ScreenFailed, ScreenLoading } from '../shared/ScreenStatus';
import { useLoad } from '../shared/use-load';
import './destinations.css';

/**
 * Negara Tujuan: one card per destination, just its name and what is closed or uncertain; the
 * details are one touch away, so the whole list fits on one screen.
 */
export function DestinationsScreen() {
  const { t } = useTranslation();
  const lang = useKioskLang();
  const [state, retry] = useLoad(`destinations:${lang}`, () => api.call('destinations.list', { lang }));
  const [articles] = useLoad(`negara:${lang}`, () => api.call('content.list', { category: 'negara', lang }));

  return (
    <KioskScreen
      title={t('kiosk.destinations.title')}
      icon={<IconWorld aria-hidden size={44} />}
      parent={kioskPath.home}
    >
      <p className="kiosk-lead">{t('kiosk.destinations.intro')}</p>
      {state.kind === 'loading' && <ScreenLoading />}
      {state.kind === 'failed' && <ScreenFailed message={state.message} onRetry={retry} />}
      {state.kind === 'ready' && (
        <ul className="kiosk-cards kiosk-destinations">
          {state.value.destinations.map((destination) => (
            <li key={destination.code}>
              <DestinationCard destination={destination} />
            </li>
          ))}
        </ul>
      )}
      {articles.kind === 'ready' && articles.value.articles.length > 0 && (
        <section className="kiosk-more" aria-labelledby="destinations-more">
          <h2 id="destinations-more" className="kiosk-section-title">
            {t('kiosk.common.readMore')}
          </h2>
          <ArticleCards articles={articles.value.articles} />
        </section>
      )}
    </KioskScreen>
  );
}

function DestinationCard({ destination }: { destination: DestinationSummary }) {
  const { t } = useTranslation();
  return (
    <KioskLink to={kioskPath.destination(destination.code)} className="kiosk-card kiosk-destination">
      <span className="kiosk-card-title">
        <span>{destination.name}</span>
      </span>
      <span className="kiosk-destination-tags">
        {destination.hasMoratorium && (
          <span className="kiosk-tag kiosk-tag-danger">
            <IconBan aria-hidden size={20} />
            {t('kiosk.destinations.moratoriumTag')}
          </span>
        )}
        {destination.confidence === 'unsure' && (
          <span className="kiosk-tag kiosk-tag-warning">
            <IconAlertTriangle aria-hidden size={20} />
            {t('kiosk.destinations.unsureTag')}
          </span>
        )}
      </span>
      <span className="kiosk-card-foot">
        <span />
        <span className="kiosk-card-more">
          {t('kiosk.destinations.open')}
          <IconArrowRight aria-hidden size={26} />
        </span>
      </span>
    </KioskLink>
  );
}
