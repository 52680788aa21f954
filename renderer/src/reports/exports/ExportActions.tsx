import { Button, NativeSelect } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv, IconPrinter } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvDelimiter, ExportFormat, PeriodInput, ReportKind } from '../../../../electron/shared/reports';
import { savePdfOrPrint } from '../../platform/print-pdf';
import { staffApi } from '../../staff/session';
import { base64ToBytes, saveBytes } from '../download';
import './exports.css';

export interface ExportActionsProps {
  /** Which report the core builds the file from. */
  report: ReportKind;
  /** The period of the report on screen (the files must match what the person sees). */
  period: PeriodInput;
  /** The report's tables, in screen order: the CSV choice (one table per CSV file). */
  tables: { key: string; title: string }[];
  /** Suggested PDF name, e.g. reportPdfFileName('migrationService', period, header.demo). */
  pdfFileName: string;
  /** Dashboard only: months compared before the period's last month. */
  compareMonths?: number;
  /**
   * True while the screen still shows an older report and a new one is being counted: files and
   * PDF wait, so what is saved is always what the person sees.
   */
  disabled?: boolean;
}

type Busy = ExportFormat | 'pdf' | null;
type Message = { tone: 'ok' | 'error'; text: string } | null;

/** Lets the busy state paint before the work (and, in browser mode, the blocking print dialog). */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

/**
 * "Unduh Excel (XLSX)", "Unduh CSV" (one table, `;` or `,`) and "Cetak / simpan PDF" for one
 * report. The core builds XLSX and CSV (with the village, kode wilayah, period, author and time
 * in every file); the PDF is this page as print.css lays it out. One file at a time; the result
 * is said in a polite live region.
 */
export function ExportActions({
  report,
  period,
  tables,
  pdfFileName,
  compareMonths,
  disabled = false,
}: ExportActionsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState<Busy>(null);
  const [message, setMessage] = useState<Message>(null);
  const [table, setTable] = useState(tables[0]?.key ?? '');
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(';');
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // A new report may have other tables (the dashboard differs per role): keep the choice valid.
  const chosen = tables.some((x) => x.key === table) ? table : (tables[0]?.key ?? '');

  const download = async (format: ExportFormat) => {
    setBusy(format);
    setMessage(null);
    try {
      const answer = await staffApi.call('reports.export', {
        report,
        period,
        format,
        ...(format === 'csv' ? { table: chosen, delimiter } : {}),
        ...(compareMonths !== undefined ? { compareMonths } : {}),
      });
      if (!mounted.current) return;
      if (!answer.ok) {
        setMessage({ tone: 'error', text: t('reportDocs.exports.failed', { message: answer.error.message }) });
        return;
      }
      const file = answer.value;
      await nextFrame();
      saveBytes(file.fileName, file.mimeType, [base64ToBytes(file.base64)]);
      setMessage({
        tone: 'ok',
        text: t(file.empty ? 'reportDocs.exports.savedEmpty' : 'reportDocs.exports.saved', { fileName: file.fileName }),
      });
    } catch {
      if (mounted.current) setMessage({ tone: 'error', text: t('reportDocs.exports.offline') });
    } finally {
      if (mounted.current) setBusy(null);
    }
  };

  const printPdf = async () => {
    setBusy('pdf');
    setMessage(null);
    await nextFrame();
    const outcome = await savePdfOrPrint(pdfFileName);
    if (!mounted.current) return;
    setBusy(null);
    if (outcome === 'saved')
      setMessage({ tone: 'ok', text: t('reportDocs.exports.pdfSaved', { fileName: pdfFileName }) });
    else if (outcome === 'cancelled') setMessage({ tone: 'ok', text: t('reportDocs.exports.pdfCancelled') });
    else if (outcome === 'printed') setMessage({ tone: 'ok', text: t('reportDocs.exports.pdfPrinted') });
    else setMessage({ tone: 'error', text: t('reportDocs.exports.pdfFailed', { message: outcome.error }) });
  };

  const headingId = `${id}-heading`;
  return (
    <section className="rp-exports rp-no-print" aria-labelledby={headingId}>
      <h2 id={headingId} className="rp-visually-hidden">
        {t('reportDocs.exports.heading')}
      </h2>
      <div className="rp-exports-row">
        <Button
          leftSection={<IconFileSpreadsheet aria-hidden size={18} />}
          loading={busy === 'xlsx'}
          disabled={disabled || (busy !== null && busy !== 'xlsx')}
          onClick={() => void download('xlsx')}
        >
          {t('reportDocs.exports.xlsx')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconPrinter aria-hidden size={18} />}
          loading={busy === 'pdf'}
          disabled={disabled || (busy !== null && busy !== 'pdf')}
          onClick={() => void printPdf()}
        >
          {t('reportDocs.exports.pdf')}
        </Button>
        <fieldset className="rp-exports-csv">
          <legend className="rp-visually-hidden">{t('reportDocs.exports.csvLegend')}</legend>
          <NativeSelect
            className="rp-exports-table"
            label={t('reportDocs.exports.csvTable')}
            value={chosen}
            onChange={(e) => setTable(e.currentTarget.value)}
            data={tables.map((x) => ({ value: x.key, label: x.title }))}
            disabled={busy !== null}
          />
          <NativeSelect
            className="rp-exports-delimiter"
            label={t('reportDocs.exports.csvDelimiter')}
            value={delimiter}
            onChange={(e) => setDelimiter(e.currentTarget.value === ',' ? ',' : ';')}
            data={[
              { value: ';', label: t('reportDocs.exports.delimiters.semicolon') },
              { value: ',', label: t('reportDocs.exports.delimiters.comma') },
            ]}
            disabled={busy !== null}
          />
          <Button
            variant="default"
            leftSection={<IconFileTypeCsv aria-hidden size={18} />}
            loading={busy === 'csv'}
            disabled={disabled || tables.length === 0 || (busy !== null && busy !== 'csv')}
            onClick={() => void download('csv')}
          >
            {t('reportDocs.exports.csv')}
          </Button>
        </fieldset>
      </div>
      <p className={`rp-exports-message rp-tone-${message?.tone ?? 'none'}`} aria-live="polite" role="status">
        {busy === 'pdf'
          ? t('reportDocs.exports.printing')
          : busy !== null
            ? t('reportDocs.exports.preparing')
            : (message?.text ?? '')}
      </p>
    </section>
  );
}
