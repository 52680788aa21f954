import {
  IconAlertTriangle,
  IconBrandWhatsapp,
  IconBuilding,
  IconHeadset,
  IconMessage,
  IconPhone,
  IconWorldWww,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Hotline, HotlineKind } from '../../../../electron/shared/kiosk';
import { api } from '../../platform/api';
import { ArticleCards } from '../category/CategoryScreen';
import { kioskPath } from '../kiosk-routes';
import { KioskScreen } from '../layout/KioskScreen';
import { formatCalendarDate } from '../shared/dates';
import { KioskLink } from '../shared/KioskLink';
import { useKioskLang } from '../shared/lang';
import { ScreenFailed, ScreenLoading } from '../shared/ScreenStatus';
import { useLoad } from '../shared/use-load';
import './contacts.css';

const KIND_ICONS: Record<HotlineKind, typeof IconPhone> = {
  hotline: IconPhone,
  whatsapp: IconBrandWhatsapp,
  web: IconWorldWww,
  office: IconBuilding,
  sms: IconMessage,
};

/**
 * Kontak & Pengaduan: who to call or write to, as big cards with the number in large digits,
 * each with its source and the date it was checked. A PC kiosk cannot dial, so no tel: links.
 */
export function ContactsScreen() {
  const { t } = useTranslation();
  const lang = useKioskLang();
  const [state, retry] = useLoad('hotlines', () => api.call('hotlines.list'));
  const [articles] = useLoad(`kontak:${lang}`, () => api.call('content.list', { category: 'kontak', lang }));

  return (
    <KioskScreen title={t('kiosk.contacts.title')} icon={<IconHeadset aria-hidden size={44} />} parent={kioskPath.home}>
      <p className="kiosk-lead">{t('kiosk.contacts.intro')}</p>
      {state.kind === 'loading' && <ScreenLoading />}
      {state.kind === 'failed' && <ScreenFailed message={state.message} onRetry={retry} />}
      {state.kind === 'ready' && (
        <ul className="kiosk-cards kiosk-hotlines">
          {state.value.hotlines.map((hotline) => (
            <li key={hotline.id}>
              <HotlineCard hotline={hotline} />
            </li>
          ))}
        </ul>
      )}
      <section className="kiosk-more" aria-labelledby="contacts-more">
        <h2 id="contacts-more" className="kiosk-section-title">
          {t('kiosk.common.readMore')}
        </h2>
        {articles.kind === 'ready' && <ArticleCards articles={articles.value.articles} />}
        <KioskLink to={kioskPath.category('layanan')} className="kiosk-choice">
          <IconBuilding aria-hidden size={40} />
          <span>{t('kiosk.category.title.layanan')}</span>
        </KioskLink>
      </section>
    </KioskScreen>
  );
}

function HotlineCard({ hotline }: { hotline: Hotline }) {
  const { t, i18n } = useTranslation();
  const Icon = KIND_ICONS[hotline.kind];
  const isNumber = hotline.kind === 'hotline' || hotline.kind === 'whatsapp' || hotline.kind === 'sms';
  return (
    <article className="kiosk-card kiosk-hotline">
      <p className="kiosk-hotline-kind">
        <Icon aria-hidden size={28} />
        {t(`kiosk.contacts.kind.${hotline.kind}`)}
      </p>
      <h2 className="kiosk-card-title" lang="id">
        {hotline.name}
      </h2>
      <p className={isNumber ? 'kiosk-hotline-number' : 'kiosk-hotline-value'}>{hotline.value}</p>
      {hotline.note && (
        <p className="kiosk-hotline-note" lang="id">
          {hotline.note}
        </p>
      )}
      {hotline.confidence === 'likely' && (
        <p className="kiosk-tag kiosk-tag-warning">
          <IconAlertTriangle aria-hidden size={20} />
          {t('kiosk.contacts.likely')}
        </p>
      )}
      <p className="kiosk-card-meta">
        {t('kiosk.common.source', { source: hotline.source })}
        <br />
        {t('kiosk.common.verified', { date: formatCalendarDate(hotline.verifiedAt, i18n.resolvedLanguage ?? 'id') })}
      </p>
    </article>
  );
}
