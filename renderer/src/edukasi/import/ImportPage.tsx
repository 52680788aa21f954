import { Button, Radio } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EdukasiImportMode, EdukasiImportReport } from '../../../../electron/shared/edukasi';
import { eduApi } from '../shared/client';
import { FormProblem, PageHeader } from '../shared/reuse';
import '../shared/edukasi.css';

/**
 * CSV import of children and caregivers. The core takes the file as text (`csv`) and detects the
 * separator; the browser reads it as UTF-8 (Excel's "CSV UTF-8"), which is what the core expects.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<EdukasiImportMode>('valid_rows');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; details: string[] } | null>(null);
  const [report, setReport] = useState<EdukasiImportReport | null>(null);
  const fileId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setProblem({ message: t('edukasi.import.chooseFile'), details: [] });
      return;
    }
    setBusy(true);
    setProblem(null);
    setReport(null);
    const csv = await file.text();
    const result = await eduApi.call('edukasi.import', { csv, mode });
    setBusy(false);
    if (!result.ok) {
      setProblem({ message: result.error.message, details: (result.error.issues ?? []).map((i) => i.message) });
      return;
    }
    setReport(result.value);
  };

  return (
    <div className="edu-page">
      <PageHeader title={t('edukasi.import.title')} intro={t('edukasi.import.intro')} />
      <form className="edu-panel edu-form da-narrow" onSubmit={submit} noValidate>
        {problem && <FormProblem message={problem.message} details={problem.details} />}
        {/* A native file input: one labelled control, nothing hidden behind a styled button. */}
        <div className="edu-file">
          <label htmlFor={fileId}>{t('edukasi.import.file')}</label>
          <p id={`${fileId}-hint`}>{t('edukasi.import.fileHint')}</p>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`${fileId}-hint`}
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
        </div>
        <Radio.Group label={t('edukasi.import.mode')} value={mode} onChange={(v) => setMode(v as EdukasiImportMode)}>
          <div className="edu-choice">
            <Radio
              value="valid_rows"
              label={t('edukasi.import.modeValid')}
              description={t('edukasi.import.modeValidHint')}
            />
            <Radio
              value="all_or_nothing"
              label={t('edukasi.import.modeAll')}
              description={t('edukasi.import.modeAllHint')}
            />
          </div>
        </Radio.Group>
        <div>
          <Button type="submit" leftSection={<IconFileImport aria-hidden size={18} />} loading={busy}>
            {t('edukasi.import.submit')}
          </Button>
        </div>
      </form>
      {report && (
        <section className="edu-panel da-mt" aria-labelledby="edu-import-report">
          <h2 id="edu-import-report">{t('edukasi.import.reportTitle')}</h2>
          <p role="status">
            <strong>{report.message}</strong>
          </p>
          {report.notes.length > 0 && (
            <ul className="edu-list">
              {report.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          <table className="edu-table da-mt">
            <caption className="da-visually-hidden">{t('edukasi.import.reportTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('edukasi.import.row')}</th>
                <th scope="col">{t('edukasi.import.kind')}</th>
                <th scope="col">{t('edukasi.import.key')}</th>
                <th scope="col">{t('edukasi.import.result')}</th>
                <th scope="col">{t('edukasi.import.messages')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r) => (
                <tr key={r.row}>
                  <td className="edu-num">{r.row}</td>
                  <td>{r.kind ? t(`edukasi.import.kinds.${r.kind}`) : ''}</td>
                  <td>{r.key ?? ''}</td>
                  <td>
                    <span className="edu-status" data-status={r.status}>
                      {t(`edukasi.import.statuses.${r.status}`)}
                    </span>
                  </td>
                  <td>{r.messages.join(' ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
