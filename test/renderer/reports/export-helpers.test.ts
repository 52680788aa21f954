import { describe, expect, it } from 'vitest';
import type { Result } from '../../../electron/shared/contract';
import { sanitizePdfFileName } from '../../../electron/shared/desktop';
import { STAFF_ROLES } from '../../../electron/shared/domain';
import {
  type ExportChunk,
  NAMED_LIST_ROLES,
  NAMED_LISTS,
  type PeriodInput,
  type ReportKind,
  type ReportTable,
} from '../../../electron/shared/reports';
import { assembleChunks, BROKEN_FILE } from '../../../renderer/src/reports/exports/chunks';
import { reportPdfFileName } from '../../../renderer/src/reports/exports/file-names';
import { namedListsFor } from '../../../renderer/src/reports/exports/named-lists';
import { formatBytes, formatPercent, jobPercent, wholePercent } from '../../../renderer/src/reports/exports/progress';
import { summaryFirst } from '../../../renderer/src/reports/standard/report-order';

const OCT: PeriodInput = { kind: 'month', month: '2026-10' };
const Q4: PeriodInput = { kind: 'quarter', year: 2026, quarter: 4 };
const OWN: PeriodInput = { kind: 'custom', from: '2026-01-01', to: '2026-03-31' };

describe('PDF file names', () => {
  it('name the report and the period in plain ASCII', () => {
    expect(reportPdfFileName('migrationService', OCT)).toBe('Laporan-Layanan-Migrasi-2026-10.pdf');
    expect(reportPdfFileName('rumahEdukasi', Q4)).toBe('Laporan-Rumah-Edukasi-2026-T4.pdf');
    expect(reportPdfFileName('dashboard', OWN)).toBe('Dasbor-Balai-Migran-2026-01-01_sd_2026-03-31.pdf');
  });

  it('say CONTOH on the demo village', () => {
    expect(reportPdfFileName('migrationService', OCT, true)).toBe('CONTOH-Laporan-Layanan-Migrasi-2026-10.pdf');
  });

  it('pass the desktop save dialog unchanged', () => {
    const kinds: ReportKind[] = ['migrationService', 'rumahEdukasi', 'dashboard'];
    for (const kind of kinds) {
      for (const period of [OCT, Q4, OWN]) {
        for (const demo of [false, true]) {
          const name = reportPdfFileName(kind, period, demo);
          expect(sanitizePdfFileName(name)).toBe(name);
        }
      }
    }
  });
});

describe('named lists offered on a report page', () => {
  it('give the desk lists to desk officers and the children list to educators', () => {
    expect(namedListsFor('migrationService', 'desk_officer')).toEqual(['consultations', 'cases']);
    expect(namedListsFor('rumahEdukasi', 'desk_officer')).toEqual([]);
    expect(namedListsFor('rumahEdukasi', 'educator')).toEqual(['children']);
    expect(namedListsFor('migrationService', 'educator')).toEqual([]);
    expect(namedListsFor('migrationService', 'admin')).toEqual(['consultations', 'cases']);
    expect(namedListsFor('rumahEdukasi', 'admin')).toEqual(['children']);
  });

  it('never show names to the village head (viewer) or on the dashboard', () => {
    expect(namedListsFor('migrationService', 'viewer')).toEqual([]);
    expect(namedListsFor('rumahEdukasi', 'viewer')).toEqual([]);
    for (const role of STAFF_ROLES) expect(namedListsFor('dashboard', role)).toEqual([]);
  });

  it('agree with the core: every list the core allows a role is offered on one page, nothing more', () => {
    for (const role of STAFF_ROLES) {
      const offered = [...namedListsFor('migrationService', role), ...namedListsFor('rumahEdukasi', role)].sort();
      const allowed = NAMED_LISTS.filter((list) => NAMED_LIST_ROLES[list].includes(role)).sort();
      expect(offered, role).toEqual(allowed);
    }
  });
});

describe('progress numbers', () => {
  it('reach 100 only when everything is there', () => {
    expect(wholePercent(0, 10)).toBe(0);
    expect(wholePercent(9_999, 10_000)).toBe(99);
    expect(wholePercent(10_000, 10_000)).toBe(100);
    expect(wholePercent(5, 0)).toBe(0);
    expect(wholePercent(1, 3)).toBe(33);
  });

  it('follow the rows of a running job and jump to 100 when it is done', () => {
    expect(jobPercent({ state: 'running', rows: 1500, totalRows: 6000, progress: 0.25 })).toBe(25);
    expect(jobPercent({ state: 'running', rows: 6000, totalRows: 6000, progress: 0.99 })).toBe(99);
    expect(jobPercent({ state: 'running', rows: 0, totalRows: 0, progress: 0 })).toBe(0);
    expect(jobPercent({ state: 'done', rows: 0, totalRows: 0, progress: 1 })).toBe(100);
  });

  it('read as people write them', () => {
    expect(formatPercent(44, 'id')).toMatch(/^44\s?%$/);
    expect(formatBytes(900, 'id')).toBe('900 byte');
    expect(formatBytes(18 * 1024 + 100, 'id')).toBe('18 KB');
    expect(formatBytes(2.44 * 1024 * 1024, 'id')).toBe('2,4 MB');
    expect(formatBytes(2.44 * 1024 * 1024, 'en')).toBe('2.4 MB');
  });
});

/** A file served the way exports.download serves it, with an optional fault. */
function server(file: Uint8Array, size: number, fault?: (chunk: ExportChunk) => ExportChunk) {
  const asked: number[] = [];
  const fetch = async (offset: number): Promise<Result<ExportChunk>> => {
    asked.push(offset);
    const part = file.subarray(offset, offset + size);
    const chunk: ExportChunk = {
      jobId: 'j1',
      fileName: 'daftar.csv',
      mimeType: 'text/csv; charset=utf-8',
      offset,
      length: part.length,
      totalBytes: file.length,
      base64: Buffer.from(part).toString('base64'),
      eof: offset + part.length >= file.length,
    };
    return { ok: true, value: fault ? fault(chunk) : chunk };
  };
  return { fetch, asked };
}

const bytesOf = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7) % 251);
const joined = (parts: Uint8Array[]) => Buffer.concat(parts.map((p) => Buffer.from(p)));

describe('assembling a downloaded file', () => {
  it('asks for each next offset and returns exactly the file', async () => {
    const file = bytesOf(2500);
    const s = server(file, 1000);
    const progress: [number, number][] = [];
    const result = await assembleChunks(s.fetch, { onProgress: (r, t) => progress.push([r, t]) });
    if (!result.ok) throw new Error('expected a file');
    expect(s.asked).toEqual([0, 1000, 2000]);
    expect(joined(result.file.parts).equals(Buffer.from(file))).toBe(true);
    expect(result.file).toMatchObject({ fileName: 'daftar.csv', mimeType: 'text/csv; charset=utf-8', bytes: 2500 });
    expect(progress).toEqual([
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
  });

  it('accepts an empty file in one empty last chunk', async () => {
    const result = await assembleChunks(server(new Uint8Array(0), 1000).fetch);
    expect(result.ok && result.file.bytes).toBe(0);
  });

  it('refuses a gap, a short file, a wrong length and a stalled chunk instead of saving a damaged file', async () => {
    const file = bytesOf(2500);
    const faults: ((c: ExportChunk) => ExportChunk)[] = [
      (c) => (c.offset === 1000 ? { ...c, offset: 1100 } : c),
      (c) => (c.offset === 1000 ? { ...c, eof: true } : c),
      (c) => ({ ...c, length: c.length + 1 }),
      (c) => (c.offset === 1000 ? { ...c, length: 0, base64: '', eof: false } : c),
      (c) => (c.offset === 2000 ? { ...c, totalBytes: 3000 } : c),
      (c) => ({ ...c, base64: '%%% not base64 %%%' }),
    ];
    for (const fault of faults) {
      const result = await assembleChunks(server(file, 1000, fault).fetch);
      expect(result).toEqual({ ok: false, stopped: false, message: BROKEN_FILE });
    }
  });

  it("passes the core's sentence on and stops at once when asked to", async () => {
    const gone = await assembleChunks(async () => ({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Ekspor tidak ditemukan atau sudah kedaluwarsa. Mulai ekspor lagi.' },
    }));
    expect(gone).toEqual({
      ok: false,
      stopped: false,
      message: 'Ekspor tidak ditemukan atau sudah kedaluwarsa. Mulai ekspor lagi.',
    });

    const s = server(bytesOf(5000), 1000);
    let stop = false;
    const stopped = await assembleChunks(s.fetch, {
      onProgress: (received) => {
        if (received >= 2000) stop = true;
      },
      shouldStop: () => stop,
    });
    expect(stopped).toEqual({ ok: false, stopped: true });
    expect(s.asked).toEqual([0, 1000]);
  });
});

describe('report order', () => {
  const table = (key: string): ReportTable => ({ key, title: key, note: null, columns: [], rows: [], chart: 'none' });
  it('puts the summary first and keeps the rest in the core order', () => {
    const keys = summaryFirst([table('a'), table('b'), table('ringkasan'), table('c')]).map((t) => t.key);
    expect(keys).toEqual(['ringkasan', 'a', 'b', 'c']);
    expect(summaryFirst([table('x')]).map((t) => t.key)).toEqual(['x']);
  });
});
