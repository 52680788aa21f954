import type { AgencyStatus } from '../../../shared/kiosk';

/** The registry columns and the header names accepted for each (English and Indonesian). */
export const COLUMNS = {
  name: {
    label: 'nama',
    required: true,
    aliases: ['name', 'nama', 'nama perusahaan', 'nama p3mi', 'perusahaan', 'company', 'company name', 'agency'],
  },
  licence: {
    label: 'nomor izin',
    required: true,
    aliases: [
      'licence number',
      'license number',
      'licence no',
      'license no',
      'licence',
      'license',
      'nomor izin',
      'no izin',
      'nomor ijin',
      'no ijin',
      'izin',
      'nomor sip3mi',
      'no sip3mi',
      'sip3mi',
      'nomor sip p3mi',
      'no sip p3mi',
    ],
  },
  status: { label: 'status', required: true, aliases: ['status', 'status izin', 'licence status', 'license status'] },
  validUntil: {
    label: 'berlaku sampai',
    required: true,
    aliases: [
      'valid until',
      'expiry',
      'expiry date',
      'expires',
      'berlaku sampai',
      'berlaku hingga',
      'masa berlaku',
      'tanggal berakhir',
      'tgl berakhir',
      'berlaku s d',
    ],
  },
  address: { label: 'alamat', required: false, aliases: ['address', 'alamat', 'alamat kantor', 'alamat perusahaan'] },
} as const;

export type ColumnKey = keyof typeof COLUMNS;

/** Header cells compared without case, accents, punctuation or extra spaces ("No. SIP3MI" = "no sip3mi"). */
export function headerKey(cell: string): string {
  return cell
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const ALIAS_TO_COLUMN = new Map<string, ColumnKey>();
for (const [key, col] of Object.entries(COLUMNS) as [ColumnKey, (typeof COLUMNS)[ColumnKey]][]) {
  for (const alias of col.aliases) ALIAS_TO_COLUMN.set(headerKey(alias), key);
}

export type HeaderMap =
  | { ok: true; index: Partial<Record<ColumnKey, number>>; ignored: string[] }
  | { ok: false; message: string };

const EXPECTED = 'Baris pertama harus berisi judul kolom: nama, nomor izin, status, berlaku sampai (alamat boleh ada).';

export function mapHeader(cells: string[]): HeaderMap {
  const index: Partial<Record<ColumnKey, number>> = {};
  const ignored: string[] = [];
  const twice: string[] = [];
  cells.forEach((cell, i) => {
    const key = ALIAS_TO_COLUMN.get(headerKey(cell));
    if (!key) {
      if (cell.trim() !== '') ignored.push(cell.trim().slice(0, 60));
      return;
    }
    if (index[key] !== undefined) twice.push(COLUMNS[key].label);
    else index[key] = i;
  });
  if (twice.length > 0) {
    return { ok: false, message: `Kolom ${twice.join(', ')} muncul lebih dari sekali di baris judul. ${EXPECTED}` };
  }
  const missing = (Object.keys(COLUMNS) as ColumnKey[]).filter((k) => COLUMNS[k].required && index[k] === undefined);
  if (missing.length > 0) {
    return {
      ok: false,
      message: `Kolom wajib tidak ditemukan: ${missing.map((k) => COLUMNS[k].label).join(', ')}. ${EXPECTED}`,
    };
  }
  return { ok: true, index, ignored };
}

const STATUS_WORDS: Record<string, AgencyStatus> = {
  active: 'active',
  aktif: 'active',
  berlaku: 'active',
  suspended: 'suspended',
  dibekukan: 'suspended',
  ditangguhkan: 'suspended',
  'dibekukan sementara': 'suspended',
  skorsing: 'suspended',
  revoked: 'revoked',
  dicabut: 'revoked',
  'izin dicabut': 'revoked',
  expired: 'expired',
  kedaluwarsa: 'expired',
  kadaluwarsa: 'expired',
  kadaluarsa: 'expired',
  habis: 'expired',
  'habis berlaku': 'expired',
  'masa berlaku habis': 'expired',
  'tidak berlaku': 'expired',
};

export const STATUS_HELP = 'aktif, dibekukan, dicabut atau kedaluwarsa (active, suspended, revoked, expired)';

export function parseStatus(cell: string): AgencyStatus | null {
  return STATUS_WORDS[headerKey(cell)] ?? null;
}
