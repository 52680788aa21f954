import type { AgencyStatus } from '../../../shared/kiosk';
import { parseDateCell } from '../dates';
import { type ColumnKey, type HeaderMap, parseStatus, STATUS_HELP } from './csv-columns';
import type { CsvRecord } from './csv-parse';
import { cleanCell, normalizeAgencyName, normalizeLicence } from './normalize';

export interface AgencyRowValue {
  name: string;
  nameNormalized: string;
  licenceNumber: string;
  status: AgencyStatus;
  validUntil: string | null;
  address: string | null;
}

export type CheckedRow =
  | { row: number; kind: 'valid'; value: AgencyRowValue }
  | { row: number; kind: 'blank' }
  | { row: number; kind: 'error'; licenceNumber: string | null; messages: string[] };

const LIMITS = { name: 200, licence: 100, address: 500 } as const;

/**
 * Checks every data row on its own, then marks licence numbers that occur more than once in the
 * file: all copies are refused, because we cannot tell which one is right.
 */
export function checkRows(records: CsvRecord[], header: Extract<HeaderMap, { ok: true }>): CheckedRow[] {
  const width = records[0]?.fields.length ?? 0;
  const rows = records.slice(1).map((r) => checkRow(r, header.index, width));
  const licenceOf = (r: CheckedRow) =>
    r.kind === 'valid' ? r.value.licenceNumber : r.kind === 'error' ? r.licenceNumber : null;
  const seen = new Map<string, number[]>();
  for (const r of rows) {
    const licence = licenceOf(r);
    if (licence === null) continue;
    const list = seen.get(licence);
    if (list) list.push(r.row);
    else seen.set(licence, [r.row]);
  }
  return rows.map((r): CheckedRow => {
    const licence = licenceOf(r);
    const list = licence === null ? [] : (seen.get(licence) ?? []);
    if (licence === null || list.length < 2) return r;
    const message = `Nomor izin ${licence} muncul lebih dari sekali di berkas ini (baris ${rowList(list)}). Sisakan satu baris saja.`;
    const earlier = r.kind === 'error' ? r.messages : [];
    return { row: r.row, kind: 'error', licenceNumber: licence, messages: [message, ...earlier] };
  });
}

const rowList = (rows: number[]) =>
  rows.length <= 10 ? rows.join(', ') : `${rows.slice(0, 10).join(', ')} dan ${rows.length - 10} lainnya`;

function checkRow(record: CsvRecord, index: Partial<Record<ColumnKey, number>>, width: number): CheckedRow {
  const { row, fields } = record;
  if (fields.every((f) => f.trim() === '')) return { row, kind: 'blank' };
  const cell = (key: ColumnKey) => {
    const i = index[key];
    return i === undefined ? '' : cleanCell(fields[i] ?? '');
  };
  const messages: string[] = [];
  const licenceRaw = cell('licence');
  const licenceNumber = licenceRaw === '' ? null : normalizeLicence(licenceRaw);

  if (record.malformed) {
    messages.push('Tanda kutip (") di baris ini tidak rapi; isi kolomnya tidak bisa dipastikan.');
  }
  if (fields.length > width) {
    // More cells than headers usually means an unquoted comma inside a name or address: the
    // values have shifted, so nothing in this row can be trusted.
    messages.push(
      `Baris ini punya ${fields.length} kolom, padahal baris judul ${width}. Mungkin ada tanda koma di dalam nama atau alamat; apit isinya dengan tanda kutip.`,
    );
  }

  const name = cell('name');
  if (name === '') messages.push('Nama perusahaan kosong.');
  else if (name.length > LIMITS.name)
    messages.push(`Nama perusahaan terlalu panjang (maksimal ${LIMITS.name} karakter).`);
  const nameNormalized = normalizeAgencyName(name);
  if (name !== '' && nameNormalized === '') messages.push('Nama perusahaan tidak berisi huruf atau angka.');

  if (licenceNumber === null) messages.push('Nomor izin kosong.');
  else if (licenceNumber.length > LIMITS.licence) {
    messages.push(`Nomor izin terlalu panjang (maksimal ${LIMITS.licence} karakter).`);
  }

  const statusRaw = cell('status');
  const status = parseStatus(statusRaw);
  if (statusRaw === '') messages.push(`Status kosong. Isi dengan ${STATUS_HELP}.`);
  else if (status === null)
    messages.push(`Status "${statusRaw.slice(0, 40)}" tidak dikenal. Isi dengan ${STATUS_HELP}.`);

  let validUntil: string | null = null;
  const dateRaw = cell('validUntil');
  if (dateRaw !== '' && dateRaw !== '-') {
    const parsed = parseDateCell(dateRaw);
    if (parsed.ok) validUntil = parsed.date;
    else messages.push(`Berlaku sampai: ${parsed.message}`);
  }

  const address = cell('address');
  if (address.length > LIMITS.address) messages.push(`Alamat terlalu panjang (maksimal ${LIMITS.address} karakter).`);

  if (messages.length > 0 || status === null || licenceNumber === null) {
    return { row, kind: 'error', licenceNumber, messages };
  }
  return {
    row,
    kind: 'valid',
    value: { name, nameNormalized, licenceNumber, status, validUntil, address: address === '' ? null : address },
  };
}
