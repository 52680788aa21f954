import { Alert, Loader } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../electron/shared/contract';
import type { DashboardResult, PeriodInput } from '../../../../electron/shared/reports';
import { jakartaToday } from '../../desk-admin/shared/format';
import { LoadProblem } from '../../desk-admin/shared/LoadProblem';
import { PageHeader } from '../../desk-admin/shared/PageHeader';
import { useLoad } from '../../desk-admin/shared/use-load';
import { staffApi, useStaffSession } from '../../staff/session';
import { ExportActions } from '../exports/ExportActions';
import { reportPdfFileName } from '../exports/file-names';
import { PeriodPicker } from '../period/PeriodPicker';
import { currentMonth } from '../period/period';
import { ReportBlock } from '../ReportBlock';
import { ReportDocumentHeader } from '../ReportDocumentHeader';
import { Highlights } from './Highlights';
import '../reports.css';
import '../print.css';

/** The dashboard together with the period it was asked for, so files and PDF match the screen. */
interface Shown {
  period: PeriodInput;
  dashboard: DashboardResult;
}

/**
 * Dasbor: this period against the months before it, as charts with their tables. The core sends
 * only the parts the role may see (desk officer: Meja Layanan; educator: Rumah Edukasi; admin and
 * viewer: both), and only counts. While another period is counted the last one stays, dimmed.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const { user } = useStaffSession();
  const today = useMemo(() => jakartaToday(), []);
  const [period, setPeriod] = useState<PeriodInput>(() => currentMonth(today));
  const fetcher = useCallback(async (): Promise<Result<Shown>> => {
    const answer = await staffApi.call('reports.dashboard', { period });
    return answer.ok ? { ok: true, value: { period, dashboard: answer.value } } : answer;
  }, [period]);
  const load = useLoad(fetcher);
  const shown = load.status === 'failed' ? null : load.value;
  const loading = load.status === 'loading';

  const intro =
    user.role === 'desk_officer'
      ? t('reports.dashboard.introDesk')
      : user.role === 'educator'
        ? t('reports.dashboard.introEdukasi')
        : t('reports.dashboard.intro');

  return (
    <div className="rp-page">
      <PageHeader title={t('reports.dashboard.title')} intro={intro} />
      <div className="rp-toolbar rp-no-print">
        <PeriodPicker value={period} onChange={setPeriod} today={today} />
        <p className="rp-status" role="status" aria-live="polite">
          {loading && (
            <>
              <Loader size="sm" aria-hidden />
              {t('reports.dashboard.loading')}
            </>
          )}
        </p>
      </div>
      {load.status === 'failed' && load.error && <LoadProblem error={load.error} onRetry={load.reload} />}
      {shown && (
        <>
          <ExportActions
            report="dashboard"
            period={shown.period}
            tables={shown.dashboard.sections.flatMap((s) => s.tables.map((x) => ({ key: x.key, title: x.title })))}
            pdfFileName={reportPdfFileName('dashboard', shown.period, shown.dashboard.header.demo)}
            disabled={loading}
          />
          <Dashboard shown={shown} stale={loading} />
        </>
      )}
    </div>
  );
}

function Dashboard({ shown, stale }: { shown: Shown; stale: boolean }) {
  const { t } = useTranslation();
  const d = shown.dashboard;
  const earlierMonths = Math.max(0, d.months.length - 1);
  return (
    <article
      className={stale ? 'rp-document rp-stale' : 'rp-document'}
      aria-busy={stale}
      aria-label={t('reports.dashboard.title')}
    >
      <ReportDocumentHeader header={d.header} />
      {d.sections.length === 0 && <p>{t('reports.dashboard.noParts')}</p>}
      {d.sections.map((section) => (
        <section key={section.part} className="rp-dashboard-part" aria-labelledby={`rp-part-${section.part}`}>
          <h2 id={`rp-part-${section.part}`} className="rp-section-title">
            {section.title}
          </h2>
          <Highlights items={section.highlights} earlierMonths={earlierMonths} />
          {section.tables.map((table) => (
            <ReportBlock key={table.key} table={table} headingLevel={3} />
          ))}
        </section>
      ))}
      <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden />} className="rp-footnote">
        {t('reports.dashboard.aggregateOnly')}
      </Alert>
    </article>
  );
}
