import { Alert, Button, Loader } from '@mantine/core';
import { IconInfoCircle, IconShieldLock } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../electron/shared/contract';
import type { PeriodInput, StandardReport } from '../../../../electron/shared/reports';
import { jakartaToday } from '../../desk-admin/shared/format';
import { LoadProblem } from '../../desk-admin/shared/LoadProblem';
import { PageHeader } from '../../desk-admin/shared/PageHeader';
import { useLoad } from '../../desk-admin/shared/use-load';
import { staffApi, useStaffSession } from '../../staff/session';
import { ExportActions } from '../exports/ExportActions';
import { reportPdfFileName } from '../exports/file-names';
import { jumpToNamedLists, NamedListSection } from '../exports/NamedListSection';
import { namedListsFor } from '../exports/named-lists';
import { PeriodPicker } from '../period/PeriodPicker';
import { previousMonth } from '../period/period';
import { ReportBlock } from '../ReportBlock';
import { ReportDocumentHeader } from '../ReportDocumentHeader';
import { summaryFirst } from './report-order';
import '../reports.css';
import '../print.css';
import './standard.css';

export type StandardReportKind = 'migrationService' | 'rumahEdukasi';

/** A report together with the period it was asked for, so files and PDF match what is shown. */
interface Shown {
  period: PeriodInput;
  report: StandardReport;
}

/**
 * "Laporan Layanan Migrasi Desa" (Disnaker / KP2MI) or "Laporan Rumah Edukasi dan Pengasuhan"
 * (KPAI monitoring) for a chosen period: aggregates only, as the core counts them. Opens on the
 * last finished month. While another period is counted the last report stays on screen, dimmed,
 * under a "Menghitung…" line; a refused period shows the core's sentence instead.
 */
export function StandardReportPage({ kind }: { kind: StandardReportKind }) {
  const { t } = useTranslation();
  const { user } = useStaffSession();
  const today = useMemo(() => jakartaToday(), []);
  const [period, setPeriod] = useState<PeriodInput>(() => previousMonth(today));

  const fetcher = useCallback(async (): Promise<Result<Shown>> => {
    const answer = await staffApi.call(`reports.${kind}`, { period });
    return answer.ok ? { ok: true, value: { period, report: answer.value } } : answer;
  }, [kind, period]);
  const load = useLoad(fetcher);
  const shown = load.status === 'failed' ? null : load.value;
  const loading = load.status === 'loading';
  const namedLists = namedListsFor(kind, user.role);

  return (
    <div className="rp-page">
      <PageHeader
        title={t(`reportDocs.titles.${kind}`)}
        intro={t(`reportDocs.intro.${kind}`)}
        actions={
          namedLists.length > 0 && shown ? (
            <Button variant="default" leftSection={<IconShieldLock aria-hidden size={18} />} onClick={jumpToNamedLists}>
              {t('reportDocs.named.jump')}
            </Button>
          ) : undefined
        }
      />

      <div className="rp-toolbar rp-no-print">
        <PeriodPicker value={period} onChange={setPeriod} today={today} />
        <p className="rp-status" role="status" aria-live="polite">
          {loading && (
            <>
              <Loader size="sm" aria-hidden />
              {shown ? t('reportDocs.page.loading') : t('reportDocs.page.loadingLong')}
            </>
          )}
        </p>
      </div>

      {load.status === 'failed' && load.error && <LoadProblem error={load.error} onRetry={load.reload} />}

      {shown && (
        <>
          <ExportActions
            report={kind}
            period={shown.period}
            tables={shown.report.tables.map((x) => ({ key: x.key, title: x.title }))}
            pdfFileName={reportPdfFileName(kind, shown.period, shown.report.header.demo)}
            disabled={loading}
          />
          <ReportDocument shown={shown} stale={loading} />
          {namedLists.length > 0 && <NamedListSection lists={namedLists} period={shown.period} />}
        </>
      )}
    </div>
  );
}

function ReportDocument({ shown, stale }: { shown: Shown; stale: boolean }) {
  const { t } = useTranslation();
  const { report } = shown;
  return (
    <article
      className={stale ? 'rp-document rp-stale' : 'rp-document'}
      aria-busy={stale}
      aria-label={t('reportDocs.page.reportLabel')}
    >
      <ReportDocumentHeader header={report.header} />
      {report.empty && (
        <Alert
          className="rp-empty rp-print-notice"
          color="gray"
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          title={t('reportDocs.page.emptyTitle')}
        >
          <p className="rp-empty-text">{t('reportDocs.page.empty', { period: report.header.period.label })}</p>
        </Alert>
      )}
      {summaryFirst(report.tables).map((table) => (
        <ReportBlock key={table.key} table={table} />
      ))}
    </article>
  );
}
