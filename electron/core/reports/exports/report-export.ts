import { Writable } from 'node:stream';
import {
  CSV_MIME,
  type CsvDelimiter,
  type ExportFile,
  type ReportExportInput,
  type ReportHeader,
  type ReportTable,
  XLSX_MIME,
} from '../../../shared/reports';
import { validationError } from '../../api/app-error';
import type { CallContext, Deps } from '../../api/types';
import { appendAudit } from '../../audit/audit-log';
import { requireReport } from '../access';
import { dashboard } from '../dashboard/dashboard';
import { migrationServiceReport } from '../standard/migration-service';
import { rumahEdukasiReport } from '../standard/rumah-edukasi';
import { coverRows, EMPTY_NOTE, fileStem } from './cover';
import { BOM, CRLF, csvHeader, csvLine } from './csv';
import { XlsxWriter } from './xlsx-writer';

/** Collects a stream into one Buffer (aggregate reports are a few kilobytes). */
function memorySink(): { sink: Writable; done: Promise<Buffer> } {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk);
      cb();
    },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    sink.once('finish', () => resolve(Buffer.concat(chunks)));
    sink.once('error', reject);
  });
  return { sink, done };
}

/** A workbook: the cover sheet, then one sheet per table with a frozen header row. */
export async function reportWorkbook(
  header: ReportHeader,
  tables: ReportTable[],
  note: string | null,
): Promise<Buffer> {
  const { sink, done } = memorySink();
  const xlsx = new XlsxWriter(sink, ['Keterangan', ...tables.map((t, i) => `${i + 1}. ${t.title}`)], {
    createdAt: header.generatedAt,
    title: `${header.title} — ${header.period.label}`,
    creator: header.generatedBy,
  });
  await xlsx.start();
  await xlsx.keyValueSheet(header.title, [
    ...coverRows(header, { note }),
    { label: '', value: null, type: 'text' },
    ...tables.map((t, i) => ({
      label: `Lembar ${i + 2}`,
      value: t.note ? `${t.title}. ${t.note}` : t.title,
      type: 'text' as const,
    })),
  ]);
  for (const t of tables) {
    const sheet = await xlsx.sheet(
      t.columns.map((c) => ({ title: c.title, type: c.type, width: c.type === 'text' ? 46 : 16 })),
    );
    for (const r of t.rows) await sheet.row(r.cells);
    await sheet.end();
  }
  await xlsx.finish();
  sink.end();
  return done;
}

/** One table as CSV, under the header block and the table's title and note. */
export function reportCsv(header: ReportHeader, t: ReportTable, note: string | null, delimiter: CsvDelimiter): string {
  const lines = coverRows(header, { note }).map((kv) => csvLine([kv.label, kv.value], ['text', kv.type], delimiter));
  lines.push(csvLine(['Tabel', t.title], ['text', 'text'], delimiter));
  if (t.note) lines.push(csvLine(['Keterangan tabel', t.note], ['text', 'text'], delimiter));
  lines.push(CRLF, csvHeader(t.columns, delimiter));
  const types = t.columns.map((c) => c.type);
  for (const r of t.rows) lines.push(csvLine(r.cells, types, delimiter));
  return BOM + lines.join('');
}

function reportOf(
  input: ReportExportInput,
  call: CallContext,
  deps: Deps,
): { header: ReportHeader; tables: ReportTable[]; empty: boolean } {
  if (input.report === 'dashboard') {
    const d = dashboard({ period: input.period, compareMonths: input.compareMonths }, call, deps);
    const tables = d.sections.flatMap((s) => s.tables);
    const empty = tables.every((t) => t.rows.every((r) => r.cells.every((c) => typeof c !== 'number' || c === 0)));
    return { header: d.header, tables, empty };
  }
  requireReport(call.role, input.report);
  return input.report === 'migrationService'
    ? migrationServiceReport(input.period, call, deps)
    : rumahEdukasiReport(input.period, call, deps);
}

/**
 * `reports.export`: an aggregate report as XLSX (every table) or CSV (one table), returned inline as
 * base64. Audited as an export; no names are in it, so no password step-up is needed.
 */
export async function exportReport(input: ReportExportInput, call: CallContext, deps: Deps): Promise<ExportFile> {
  const report = reportOf(input, call, deps);
  const choices = report.tables.map((t) => ({ key: t.key, title: t.title }));
  let tables = report.tables;
  if (input.table !== undefined) {
    tables = report.tables.filter((t) => t.key === input.table);
    if (tables.length === 0) {
      throw validationError([
        {
          path: 'table',
          message: `Tabel tidak ada di laporan ini. Pilih salah satu: ${choices.map((c) => c.key).join(', ')}.`,
        },
      ]);
    }
  } else if (input.format === 'csv') {
    throw validationError([
      {
        path: 'table',
        message: `Berkas CSV hanya memuat satu tabel. Pilih tabelnya: ${choices.map((c) => c.key).join(', ')}.`,
      },
    ]);
  }
  const note = report.empty ? EMPTY_NOTE : null;
  const { header } = report;
  const stem = fileStem(
    [header.title, header.villageName, header.period.from, header.period.to, ...(input.table ? [input.table] : [])],
    header.demo,
  );
  const data =
    input.format === 'xlsx'
      ? await reportWorkbook(header, tables, note)
      : Buffer.from(reportCsv(header, tables[0], note, input.delimiter ?? ';'), 'utf8');
  const user = call.user!;
  const audit = () =>
    appendAudit(deps.db, {
      at: header.generatedAt,
      actorUserId: user.id,
      actorLabel: user.username,
      action: 'export',
      entity: 'reports',
      entityId: input.report,
      details: {
        format: input.format,
        table: input.table ?? null,
        from: header.period.from,
        to: header.period.to,
        tables: tables.length,
        bytes: data.length,
      },
    });
  deps.db.transaction(audit).immediate();
  return {
    fileName: `${stem}.${input.format}`,
    mimeType: input.format === 'xlsx' ? XLSX_MIME : CSV_MIME,
    base64: data.toString('base64'),
    bytes: data.length,
    tables: choices,
    empty: report.empty,
  };
}
