import { Alert, Button, NativeSelect } from '@mantine/core';
import { IconLock, IconShieldLock, IconX } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvDelimiter, ExportFormat, NamedList, PeriodInput } from '../../../../electron/shared/reports';
import { formatBytes, formatCount, formatPercent, jobPercent, wholePercent } from './progress';
import { isBusy, type NamedExportState, useNamedListExport } from './use-named-export';
import './exports.css';

/** Id of the section's heading: a page may offer a button that jumps here (focus moves with it). */
export const NAMED_LIST_HEADING_ID = 'rp-named-lists';

/** Scrolls to the named-list section and puts the keyboard focus on its heading. */
export function jumpToNamedLists(): void {
  const heading = document.getElementById(NAMED_LIST_HEADING_ID);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus();
}

interface Props {
  /** The lists this person may export on this page (namedListsFor(report, role)); none: nothing shown. */
  lists: NamedList[];
  /** The period of the report on screen. */
  period: PeriodInput;
}

/**
 * "Daftar dengan nama": the only place names leave the app. The UU PDP warning comes first; the password is asked again and the export is audited by the core.
 * Leaving the page while the file is being made cancels it (see useNamedListExport).
 */
export function NamedListSection({ lists, period }: Props) {
  const { t } = useTranslation();
  const { state, start, cancel, dialog } = useNamedListExport();
  const [list, setList] = useState<NamedList>(lists[0] ?? 'consultations');
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(';');
  const busy = isBusy(state);
  if (lists.length === 0) return null;
  const chosen = lists.includes(list) ? list : lists[0];

  return (
    <section className="rp-named rp-no-print" aria-labelledby={NAMED_LIST_HEADING_ID}>
      <h2 id={NAMED_LIST_HEADING_ID} className="rp-named-title" tabIndex={-1}>
        <IconShieldLock aria-hidden size={22} />
        {t('reportDocs.named.summary')}
      </h2>
      <div className="rp-named-body">
        <Alert color="yellow" variant="light" icon={<IconLock aria-hidden />} className="rp-named-privacy">
          <p className="rp-named-text">{t('reportDocs.named.privacy')}</p>
          <p className="rp-named-text">{t('reportDocs.named.audited')}</p>
        </Alert>
        <div className="rp-named-form">
          <NativeSelect
            label={t('reportDocs.named.list')}
            value={chosen}
            onChange={(e) => setList(e.currentTarget.value as NamedList)}
            data={lists.map((l) => ({ value: l, label: t(`reportDocs.named.lists.${l}`) }))}
            disabled={busy}
          />
          <NativeSelect
            label={t('reportDocs.named.format')}
            value={format}
            onChange={(e) => setFormat(e.currentTarget.value === 'csv' ? 'csv' : 'xlsx')}
            data={[
              { value: 'xlsx', label: t('reportDocs.named.formats.xlsx') },
              { value: 'csv', label: t('reportDocs.named.formats.csv') },
            ]}
            disabled={busy}
          />
          {format === 'csv' && (
            <NativeSelect
              label={t('reportDocs.named.delimiter')}
              value={delimiter}
              onChange={(e) => setDelimiter(e.currentTarget.value === ',' ? ',' : ';')}
              data={[
                { value: ';', label: t('reportDocs.exports.delimiters.semicolon') },
                { value: ',', label: t('reportDocs.exports.delimiters.comma') },
              ]}
              disabled={busy}
            />
          )}
          <Button
            leftSection={<IconLock aria-hidden size={18} />}
            loading={state.phase === 'starting'}
            disabled={busy && state.phase !== 'starting'}
            onClick={() => start({ list: chosen, period, format, delimiter })}
          >
            {t('reportDocs.named.start')}
          </Button>
        </div>
        <NamedProgress state={state} onCancel={cancel} />
      </div>
      {dialog}
    </section>
  );
}

function NamedProgress({ state, onCancel }: { state: NamedExportState; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const id = useId();

  let bar: { percent: number; text: string } | null = null;
  if (state.phase === 'running') {
    const s = state.status;
    const percent = jobPercent(s);
    bar = {
      percent,
      text:
        s.totalRows === 0
          ? t('reportDocs.named.counting')
          : t('reportDocs.named.rows', {
              rows: formatCount(s.rows, language),
              total: formatCount(s.totalRows, language),
              percent: formatPercent(percent, language),
            }),
    };
  } else if (state.phase === 'downloading') {
    const percent = wholePercent(state.received, state.total);
    bar = {
      percent,
      text: t('reportDocs.named.downloading', {
        received: formatBytes(state.received, language),
        total: formatBytes(state.total, language),
        percent: formatPercent(percent, language),
      }),
    };
  }

  const outcome =
    state.phase === 'done'
      ? {
          tone: 'ok',
          text: t(state.empty ? 'reportDocs.named.doneEmpty' : 'reportDocs.named.done', { fileName: state.fileName }),
        }
      : state.phase === 'cancelled'
        ? { tone: 'ok', text: t('reportDocs.named.cancelled') }
        : state.phase === 'notStarted'
          ? { tone: 'ok', text: t('reportDocs.named.stepUpCancelled') }
          : state.phase === 'failed'
            ? {
                tone: 'error',
                text: state.message
                  ? t('reportDocs.named.failed', { message: state.message })
                  : t('reportDocs.named.offline'),
              }
            : null;

  const cancelling = (state.phase === 'running' || state.phase === 'downloading') && state.cancelling;
  return (
    <div className="rp-named-progress">
      {bar && (
        <div className="rp-progress-row">
          <div className="rp-progress-main">
            <p id={`${id}-label`} className="rp-progress-label">
              {t('reportDocs.named.progressLabel')}
            </p>
            <div
              className="rp-progress"
              role="progressbar"
              aria-labelledby={`${id}-label`}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={bar.percent}
              aria-valuetext={bar.text}
            >
              <div className="rp-progress-fill" style={{ width: `${bar.percent}%` }} />
            </div>
            <p className="rp-progress-text">{bar.text}</p>
          </div>
          <Button
            variant="default"
            color="red"
            leftSection={<IconX aria-hidden size={18} />}
            loading={cancelling}
            onClick={onCancel}
          >
            {cancelling ? t('reportDocs.named.cancelling') : t('reportDocs.named.cancel')}
          </Button>
        </div>
      )}
      <p className={`rp-exports-message rp-tone-${outcome?.tone ?? 'none'}`} role="status" aria-live="polite">
        {outcome?.text ?? ''}
      </p>
    </div>
  );
}
