import type { FieldIssue } from '../../../shared/errors';
import type { AgencyImportMode, AgencyImportReport, AgencyImportRow } from '../../../shared/kiosk';
import { validationError } from '../../api/app-error';
import type { CallContext, Deps } from '../../api/types';
import { appendAudit } from '../../audit/audit-log';
import { iso, jakartaDate } from '../../clock';
import { mapHeader } from './csv-columns';
import { type CsvSeparator, CsvSyntaxError, detectSeparator, parseCsv } from './csv-parse';
import { checkRows } from './csv-rows';
import { type DecodedText, decodeCsvBytes, fromText } from './decode';
import { type BatchInfo, findByLicence, insertAgency, updateAgency } from './repository';

export interface AgencyImportInput {
  csv?: string;
  csvBase64?: string;
  dataAsOf: string;
  source: string;
  mode: AgencyImportMode;
}

const SEPARATOR_NAMES: Record<CsvSeparator, string> = { ',': 'koma (,)', ';': 'titik koma (;)', '\t': 'tab' };
const fileError = (message: string, path = 'csv') => validationError([{ path, message }], message);

/**
 * Imports a copy of the official P3MI list. Rows are matched on the licence number: a known
 * licence is updated, a new one inserted, and rows missing from the file are kept (a partial
 * file must not erase the registry). Everything happens in one IMMEDIATE transaction, so the
 * registry is never left half-imported, and a row is either written whole or not at all.
 */
export function importAgencies(input: AgencyImportInput, call: CallContext, deps: Deps): AgencyImportReport {
  const now = deps.clock.now();
  const today = jakartaDate(now);
  if (input.dataAsOf > today) {
    const msg = 'Tanggal data tidak boleh sesudah hari ini. Isi dengan tanggal daftar resmi itu diterbitkan.';
    throw validationError([{ path: 'dataAsOf', message: msg }] satisfies FieldIssue[], msg);
  }

  const decoded: DecodedText =
    input.csv !== undefined ? fromText(input.csv) : decodeCsvBytes(Buffer.from(input.csvBase64 ?? '', 'base64'));
  const separator = detectSeparator(decoded.text);
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(decoded.text, separator);
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw fileError(err.message);
    throw err;
  }
  if (records.length === 0 || records[0].fields.every((f) => f.trim() === '')) {
    throw fileError('Berkas CSV kosong. Baris pertama harus berisi judul kolom.');
  }
  const header = mapHeader(records[0].fields);
  if (!header.ok) throw fileError(header.message);
  if (records.length < 2) throw fileError('Tidak ada baris data di bawah baris judul.');

  const checked = checkRows(records, header);
  const hasErrors = checked.some((r) => r.kind === 'error');
  const holdAll = input.mode === 'all_or_nothing' && hasErrors;
  const batch: BatchInfo = {
    batchId: deps.newId(),
    source: input.source,
    dataAsOf: input.dataAsOf,
    importedAt: iso(now),
  };

  const rows = deps.db
    .transaction((): AgencyImportRow[] => {
      const out: AgencyImportRow[] = [];
      for (const r of checked) {
        if (r.kind === 'blank') {
          out.push({ row: r.row, status: 'skipped', licenceNumber: null, messages: ['Baris kosong, dilewati.'] });
          continue;
        }
        if (r.kind === 'error') {
          out.push({ row: r.row, status: 'error', licenceNumber: r.licenceNumber, messages: r.messages });
          continue;
        }
        const v = r.value;
        if (holdAll) {
          out.push({
            row: r.row,
            status: 'skipped',
            licenceNumber: v.licenceNumber,
            messages: [
              'Baris ini benar, tetapi tidak disimpan karena ada baris lain yang salah (mode semua-atau-tidak).',
            ],
          });
          continue;
        }
        const existing = findByLicence(deps.db, v.licenceNumber);
        if (existing && existing.data_as_of > input.dataAsOf) {
          out.push({
            row: r.row,
            status: 'skipped',
            licenceNumber: v.licenceNumber,
            messages: [
              `Data tersimpan untuk nomor izin ini lebih baru (per ${existing.data_as_of}); baris ini tidak dipakai.`,
            ],
          });
        } else if (existing) {
          updateAgency(deps.db, existing.id, v, batch);
          out.push({ row: r.row, status: 'updated', licenceNumber: v.licenceNumber, messages: [] });
        } else {
          insertAgency(deps.db, deps.newId(), v, batch);
          out.push({ row: r.row, status: 'inserted', licenceNumber: v.licenceNumber, messages: [] });
        }
      }
      const written = out.filter((o) => o.status === 'inserted' || o.status === 'updated').length;
      if (written > 0) {
        appendAudit(deps.db, {
          at: batch.importedAt,
          actorUserId: call.user?.id ?? null,
          actorLabel: call.user?.username ?? 'system',
          action: 'update',
          entity: 'agencies',
          entityId: batch.batchId,
          // Counts only: the file's content never goes into the log.
          details: {
            kind: 'import',
            mode: input.mode,
            dataAsOf: input.dataAsOf,
            rows: out.length,
            inserted: count(out, 'inserted'),
            updated: count(out, 'updated'),
            skipped: count(out, 'skipped'),
            errors: count(out, 'error'),
          },
        });
      }
      return out;
    })
    .immediate();

  const counts = {
    rows: rows.length,
    inserted: count(rows, 'inserted'),
    updated: count(rows, 'updated'),
    skipped: count(rows, 'skipped'),
    error: count(rows, 'error'),
  };
  const committed = counts.inserted + counts.updated > 0;
  const notes: string[] = [`Pemisah kolom: ${SEPARATOR_NAMES[separator]}.`];
  if (decoded.encoding === 'windows-1252') {
    notes.push('Berkas dibaca sebagai teks Windows-1252 (bukan UTF-8). Periksa huruf beraksen pada nama dan alamat.');
  }
  if (header.ignored.length > 0) notes.push(`Kolom yang tidak dipakai: ${header.ignored.join(', ')}.`);
  return {
    mode: input.mode,
    committed,
    batchId: committed ? batch.batchId : null,
    encoding: decoded.encoding,
    counts,
    rows,
    notes,
    message: summarize(counts, holdAll),
  };
}

const count = (rows: AgencyImportRow[], status: AgencyImportRow['status']) =>
  rows.filter((r) => r.status === status).length;

function summarize(c: AgencyImportReport['counts'], holdAll: boolean): string {
  if (holdAll) {
    return `Tidak ada yang disimpan karena ${c.error} baris salah. Perbaiki baris yang ditandai, lalu unggah lagi.`;
  }
  const parts = `${c.inserted} baru, ${c.updated} diperbarui, ${c.skipped} dilewati, ${c.error} salah`;
  if (c.inserted + c.updated === 0) return `Tidak ada yang disimpan (${parts}).`;
  return `Data P3MI tersimpan: ${parts}.`;
}
