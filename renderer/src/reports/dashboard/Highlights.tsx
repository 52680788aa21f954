import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DashboardHighlight } from '../../../../electron/shared/reports';
import { formatCell } from '../tables/format-cell';
import { formatAverage, trendOf } from './highlight-text';

/** A rate goes up or down; a count is more or fewer. */
const trendWord = (trend: 'more' | 'less' | 'same', type: DashboardHighlight['type']) =>
  type === 'percent' && trend !== 'same' ? (trend === 'more' ? 'higher' : 'lower') : trend;

const ICONS = { more: IconArrowUpRight, less: IconArrowDownRight, same: IconArrowRight } as const;

/** The few figures people look for first, each with how it compares with the months before. */
export function Highlights({ items, earlierMonths }: { items: DashboardHighlight[]; earlierMonths: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  return (
    <ul className="rp-highlights" aria-label={t('reports.dashboard.highlights')}>
      {items.map((h) => {
        const trend = trendOf(h);
        const Icon = trend ? ICONS[trend] : null;
        return (
          <li key={h.key} className="rp-highlight">
            <p className="rp-highlight-label">{h.label}</p>
            <p className="rp-highlight-value">{formatCell(h.value, h.type, language)}</p>
            {trend && Icon && (
              <p className="rp-highlight-compare">
                <Icon aria-hidden size={16} className={`rp-trend-${trend}`} />{' '}
                {t(`reports.dashboard.trend.${trendWord(trend, h.type)}`)} ·{' '}
                {t('reports.dashboard.earlier', { count: earlierMonths, value: formatAverage(h, language) })}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
