import { IconAlertTriangle, IconClockExclamation, IconInfoCircle, IconLanguage } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import type { Article } from '../../../../electron/shared/content';
import { api } from '../../platform/api';
import { kioskPath } from '../kiosk-routes';
import { KioskScreen } from '../layout/KioskScreen';
import { formatCalendarDate } from '../shared/dates';
import { useKioskLang } from '../shared/lang';
import { Note } from '../shared/Note';
import { ScreenFailed, ScreenLoading } from '../shared/ScreenStatus';
import { useLoad } from '../shared/use-load';
import { ListenButton } from './ListenButton';
import { MarkdownBlocks } from './Markdown';
import { blocksToLines, parseMarkdown } from './markdown';
import './article.css';

/** Topics that have their own screen rather than a plain list of articles. */
const TOPIC_SCREENS: Record<string, string> = {
  'cek-p3mi': kioskPath.p3mi,
  negara: kioskPath.destinations,
  kontak: kioskPath.contacts,
};

export const articleParent = (category: string) => TOPIC_SCREENS[category] ?? kioskPath.category(category);

export function ArticleScreen() {
  const { t } = useTranslation();
  const { slug = '' } = useParams<{ slug: string }>();
  const lang = useKioskLang();
  const [state, retry] = useLoad(`${slug}:${lang}`, () => api.call('content.get', { slug, lang }));

  if (state.kind !== 'ready') {
    return (
      <KioskScreen title={t('kiosk.article.loadingTitle')} parent={kioskPath.home}>
        {state.kind === 'loading' ? (
          <ScreenLoading />
        ) : (
          <ScreenFailed message={state.message} onRetry={state.code === 'NOT_FOUND' ? undefined : retry} />
        )}
      </KioskScreen>
    );
  }
  return <ArticleView key={`${state.value.slug}:${state.value.lang}`} article={state.value} />;
}

function ArticleView({ article }: { article: Article }) {
  const { t, i18n } = useTranslation();
  const blocks = useMemo(() => parseMarkdown(article.body), [article.body]);
  const speech = useMemo(
    () => [article.title, article.summary, ...(article.caution ? [article.caution] : []), ...blocksToLines(blocks)],
    [article, blocks],
  );
  const language = i18n.resolvedLanguage ?? 'id';

  return (
    <KioskScreen title={article.title} parent={articleParent(article.category)} className="kiosk-article">
      {article.fallbackLang && (
        <Note tone="info" icon={<IconLanguage aria-hidden size={32} />}>
          {t('kiosk.article.onlyIndonesian')}
        </Note>
      )}
      <p className="kiosk-lead" lang={article.lang}>
        {article.summary}
      </p>
      <div className="kiosk-actions no-print">
        <ListenButton lines={speech} lang={article.lang} />
      </div>
      {article.status === 'needs_review' && (
        <Note tone="caution" icon={<IconInfoCircle aria-hidden size={32} />} title={t('kiosk.article.needsReview')} />
      )}
      {article.reviewOverdue && article.status !== 'needs_review' && (
        <Note tone="caution" icon={<IconClockExclamation aria-hidden size={32} />} title={t('kiosk.article.overdue')} />
      )}
      {article.caution && (
        <Note tone="caution" icon={<IconAlertTriangle aria-hidden size={32} />} title={t('kiosk.article.caution')}>
          <span lang={article.lang}>{article.caution}</span>
        </Note>
      )}
      <div className="kiosk-article-body" lang={article.lang}>
        <MarkdownBlocks blocks={blocks} />
      </div>
      <footer className="kiosk-sources">
        {article.legalBasis.length > 0 && (
          <>
            <h2>{t('kiosk.article.legalBasis')}</h2>
            <ul lang={article.lang}>
              {article.legalBasis.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        {article.sources.length > 0 && (
          <>
            <h2>{t('kiosk.article.sources')}</h2>
            <ul lang={article.lang}>
              {article.sources.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        {article.verifiedAt && (
          <p className="kiosk-verified">
            {t('kiosk.common.verified', { date: formatCalendarDate(article.verifiedAt, language) })}
          </p>
        )}
      </footer>
    </KioskScreen>
  );
}
