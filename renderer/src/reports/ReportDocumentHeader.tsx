import { useTranslation } from 'react-i18next';
import type { ReportHeader } from '../../../electron/shared/reports';
import { formatDay } from '../desk-admin/shared/format';
import './print.css';

export interface ReportDocumentHeaderProps {
  /** `header` of a StandardReport or DashboardResult, as the core built it. */
  header: ReportHeader;
  /**
   * Show the report's title on screen too. Off by default: the page's own <h1> (PageHeader)
   * names the report on screen, and print.css hides that header on paper, where this title
   * takes its place.
   */
  titleOnScreen?: boolean;
  className?: string;
}

/**
 * What every report says about itself, on screen and on paper: title, who it is for, the
 * village and its kode wilayah, the period (and that it is partial while still running), who
 * generated it and when, and a DATA CONTOH line on the demo village. The core's own words are
 * shown as they are (they are the official Indonesian wording, also in the XLSX and CSV files).
 */
export function ReportDocumentHeader({ header, titleOnScreen = false, className }: ReportDocumentHeaderProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const { period } = header;
  const facts: { key: string; label: string; value: string; extra?: string }[] = [
    { key: 'to', label: t('reportDocs.header.addressedTo'), value: header.addressedTo },
    { key: 'village', label: t('reportDocs.header.village'), value: header.villageName },
    { key: 'code', label: t('reportDocs.header.regionCode'), value: header.regionCode },
    {
      key: 'period',
      label: t('reportDocs.header.period'),
      value: period.label,
      extra: period.partial ? t('reportDocs.header.partial', { date: formatDay(period.to, language) }) : undefined,
    },
    { key: 'by', label: t('reportDocs.header.generatedBy'), value: header.generatedBy },
    { key: 'at', label: t('reportDocs.header.generatedAt'), value: header.generatedAtLabel },
  ];
  return (
    <section className={['rp-doc', className].filter(Boolean).join(' ')} aria-label={t('reportDocs.header.label')}>
      <p className={titleOnScreen ? 'rp-doc-title' : 'rp-doc-title rp-print-only'}>{header.title}</p>
      {header.demo && <p className="rp-doc-demo">{t('reportDocs.header.demo')}</p>}
      <dl className="rp-doc-facts">
        {facts.map((f) => (
          <div key={f.key} className={`rp-doc-fact rp-doc-fact-${f.key}`}>
            <dt>{f.label}</dt>
            <dd>
              {f.value}
              {f.extra && <span className="rp-doc-partial">{f.extra}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
