import { z } from 'zod';
import type { EdukasiImportReport, EdukasiImportRow } from '../../../shared/edukasi';
import { validationError } from '../../api/app-error';
import type { MethodTable } from '../../api/types';
import { text } from '../../api/zod-messages';
import { staffUser } from '../../desk/actor';
import { type CsvSeparator, CsvSyntaxError, detectSeparator, parseCsv } from '../../kiosk/agencies/csv-parse';
import { fromText } from '../../kiosk/agencies/decode';
import { auditEdukasi } from '../audit';
import { today } from '../dates';
import { mapHeader } from './columns';
import { planRows } from './plan';
import { checkRow } from './rows';
import { RowFailed, writeRows } from './write';

/** 10,000 rows of this file are well under 2 MB; the cap keeps one request from filling memory. */
const MAX_CSV_CHARS = 5_000_000;
const MAX_ROWS = 10_000;

const importInput = z.strictObject({
  csv: z
    .string('Pilih berkas CSV.')
    .min(1, 'Berkas CSV kosong.')
    .max(MAX_CSV_CHARS, 'Berkas terlalu besar (maksimal 5 MB).'),
  mode: z.enum(['valid_rows', 'all_or_nothing'], 'Pilih mode: simpan baris yang benar, atau semua-atau-tidak.'),
  /** The consent text version used for rows without a versi_persetujuan cell. */
  consentTextVersion: text(1, 40).optional(),
});

const SEPARATOR_NAMES: Record<CsvSeparator, string> = { ',': 'koma (,)', ';': 'titik koma (;)', '\t': 'tab' };
const fileError = (message: string) => validationError([{ path: 'csv', message }], message);
const count = (rows: EdukasiImportRow[], test: (r: EdukasiImportRow) => boolean) => rows.filter(test).length;

export const importMethods: MethodTable<'edukasi.import'> = {
  'edukasi.import': {
    description:
      'Impor anak dan pengasuh dari CSV (laporan per baris). Anak wajib dengan persetujuan orang tua/wali; umur di bawah 18 tahun.',
    input: importInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      const day = today(deps.clock.now());
      // The CSV reader of the agency import (issue 3): quotes, CRLF, ";" from Indonesian Excel.
      const decoded = fromText(input.csv);
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
      if (records.length - 1 > MAX_ROWS) {
        throw fileError(`Berkas berisi ${records.length - 1} baris; paling banyak ${MAX_ROWS} baris sekali impor.`);
      }

      const width = records[0].fields.length;
      const planned = deps.db.transaction(() =>
        planRows(
          deps.db,
          records.slice(1).map((r) => checkRow(r, header, width, day, input.consentTextVersion ?? null)),
        ),
      )();
      const hasErrors = planned.some((p) => p.kind === 'error');
      const holdAll = input.mode === 'all_or_nothing' && hasErrors;

      let rows: EdukasiImportRow[] = [];
      let failedRow: RowFailed | null = null;
      if (!holdAll) {
        try {
          rows = deps.db
            .transaction(() => {
              const out = writeRows(deps, call, planned, { today: day, allOrNothing: input.mode === 'all_or_nothing' });
              const written = count(out, (r) => r.status === 'inserted');
              if (written > 0) {
                auditEdukasi(deps, user, {
                  action: 'create',
                  entity: 'edukasi_import',
                  entityId: null,
                  // Counts only: the file's content never goes into the log.
                  details: {
                    mode: input.mode,
                    rows: out.length,
                    children: count(out, (r) => r.status === 'inserted' && r.kind === 'child'),
                    caregivers: count(out, (r) => r.status === 'inserted' && r.kind === 'caregiver'),
                    errors: count(out, (r) => r.status === 'error'),
                  },
                });
              }
              return out;
            })
            .immediate();
        } catch (err) {
          if (!(err instanceof RowFailed)) throw err;
          failedRow = err;
        }
      }
      if (holdAll || failedRow) {
        // Nothing was written: report the bad rows and mark every good row as held back.
        rows = planned.map((p): EdukasiImportRow => {
          if (p.kind === 'blank')
            return { row: p.row, status: 'skipped', kind: null, key: null, messages: ['Baris kosong, dilewati.'] };
          if (p.kind === 'error')
            return { row: p.row, status: 'error', kind: p.rowKind, key: p.key, messages: p.messages };
          if (failedRow && failedRow.row === p.row) {
            return { row: p.row, status: 'error', kind: p.kind, key: p.key, messages: failedRow.messages };
          }
          return {
            row: p.row,
            status: 'skipped',
            kind: p.kind,
            key: p.key,
            messages: [
              'Baris ini benar, tetapi tidak disimpan karena ada baris lain yang salah (mode semua-atau-tidak).',
            ],
          };
        });
      }

      const counts = {
        rows: rows.length,
        children: count(rows, (r) => r.status === 'inserted' && r.kind === 'child'),
        caregivers: count(rows, (r) => r.status === 'inserted' && r.kind === 'caregiver'),
        skipped: count(rows, (r) => r.status === 'skipped'),
        error: count(rows, (r) => r.status === 'error'),
      };
      const committed = counts.children + counts.caregivers > 0;
      const notes = [`Pemisah kolom: ${SEPARATOR_NAMES[separator]}.`];
      if (header.ignored.length > 0) notes.push(`Kolom yang tidak dipakai: ${header.ignored.join(', ')}.`);
      const parts = `${counts.children} anak dan ${counts.caregivers} pengasuh tersimpan, ${counts.skipped} dilewati, ${counts.error} salah`;
      const message =
        holdAll || failedRow
          ? `Tidak ada yang disimpan karena ${counts.error} baris salah. Perbaiki baris yang ditandai, lalu unggah lagi.`
          : committed
            ? `Impor selesai: ${parts}.`
            : `Tidak ada yang disimpan (${parts}).`;
      const report: EdukasiImportReport = {
        mode: input.mode,
        committed,
        encoding: decoded.encoding,
        counts,
        rows,
        notes,
        message,
      };
      return report;
    },
  },
};
