import { IconArrowRight, IconLanguage, IconListCheck, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { api } from '../../platform/api';
import { kioskPath } from '../kiosk-routes';
import { KioskScreen } from '../layout/KioskScreen';
import { KioskLink } from '../shared/KioskLink';
import { useKioskLang } from '../shared/lang';
import { ScreenFailed, ScreenLoading } from '../shared/ScreenStatus';
import { useLoad } from '../shared/use-load';
import { type CategoryId, categoryTitleKey, isKnownCategory } from './categories';

/** The tool that belongs with a topic: a thing to do, shown before the things to read. */
const TOOLS: Partial<Record<CategoryId, { to: string; key: 'checklist' | 'calo'; Icon: typeof IconListCheck }>> = {
  syarat: { to: kioskPath.checklist, key: 'checklist', Icon: IconListCheck },
  waspada: { to: kioskPath.calo, key: 'calo', Icon: IconShieldCheck },
};

/** One topic: its articles as big cards, newest knowledge first as the core orders them. */
export function CategoryScreen() {
  const { t } = useTranslation();
  const { category = '' } = useParams<{ category: string }>();
  const lang = useKioskLang();
  const [state, retry] = useLoad(`${category}:${lang}`, () => api.call('content.list', { category, lang }));
  const known = isKnownCategory(category);
  const title = known ? t(categoryTitleKey(category)) : t('kiosk.category.unknownTitle');
  const tool = known ? TOOLS[category] : undefined;

  return (
    <KioskScreen title={title} parent={kioskPath.home}>
      {known && <p className="kiosk-lead">{t(`kiosk.category.intro.${category}`)}</p>}
      {tool && (
        <KioskLink to={tool.to} className="kiosk-choice kiosk-tool">
          <tool.Icon aria-hidden size={48} />
          <span className="kiosk-choice-text">
            <span>{t(`kiosk.category.tool.${tool.key}`)}</span>
            <span className="kiosk-choice-hint">{t(`kiosk.category.toolHint.${tool.key}`)}</span>
          </span>
        </KioskLink>
      )}
      {state.kind === 'loading' && <ScreenLoading />}
      {state.kind === 'failed' && <ScreenFailed message={state.message} onRetry={retry} />}
      {state.kind === 'ready' &&
        (state.value.articles.length === 0 ? (
          <p className="kiosk-lead">{t('kiosk.category.empty')}</p>
        ) : (
          <ArticleCards articles={state.value.articles} />
        ))}
    </KioskScreen>
  );
}

export function ArticleCards({
  articles,
}: {
  articles: readonly { slug: string; lang: string; title: string; summary: string }[];
}) {
  const { t } = useTranslation();
  const lang = useKioskLang();
  return (
    <ul className="kiosk-cards">
      {articles.map((article) => (
        <li key={article.slug}>
          <KioskLink to={kioskPath.article(article.slug)} className="kiosk-card">
            <span className="kiosk-card-title">
              <span>{article.title}</span>
            </span>
            <span>{article.summary}</span>
            <span className="kiosk-card-foot">
              {article.lang !== lang ? (
                <span className="kiosk-tag kiosk-tag-lang">
                  <IconLanguage aria-hidden size={20} />
                  {t('kiosk.article.onlyIndonesianTag')}
                </span>
              ) : (
                <span />
              )}
              <span className="kiosk-card-more">
                {t('kiosk.category.read')}
                <IconArrowRight aria-hidden size={26} />
              </span>
            </span>
          </KioskLink>
        </li>
      ))}
    </ul>
  );
}
