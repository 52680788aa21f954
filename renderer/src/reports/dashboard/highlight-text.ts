import type { DashboardHighlight } from '../../../../electron/shared/reports';

/** How this period's figure compares with the average of the months before it. */
export type Trend = 'more' | 'less' | 'same';

export function trendOf(h: DashboardHighlight): Trend | null {
  if (h.value === null || h.earlierAverage === null) return null;
  // Within half a unit (or half a percentage point) reads as "the same" to anyone at a glance.
  const tolerance = h.type === 'percent' ? 0.005 : 0.5;
  if (Math.abs(h.value - h.earlierAverage) < tolerance) return 'same';
  return h.value > h.earlierAverage ? 'more' : 'less';
}

const LOCALES: Record<string, string> = { id: 'id-ID', en: 'en-GB' };

/** An average of counts keeps one decimal ("98,5"); a rate is a percentage ("86,5%"). */
export function formatAverage(h: DashboardHighlight, language: string): string {
  if (h.earlierAverage === null) return '';
  return new Intl.NumberFormat(LOCALES[language] ?? 'id-ID', {
    style: h.type === 'percent' ? 'percent' : 'decimal',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(h.earlierAverage);
}
