import { rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportsDir } from '../../../electron/core/reports/exports/jobs';
import type { ExportChunk, ExportJobStatus } from '../../../electron/shared/reports';
import { assembleChunks } from '../../../renderer/src/reports/exports/chunks';
import { type ReportsCore, reportsCore } from '../../fixtures/reports/village';

/**
 * The screen's chunk assembly against the real core: a named-list job on a real SQLite village,
 * fetched through `exports.download` in small chunks, must give the very bytes of the file, and
 * the file must open (an XLSX in ExcelJS; a CSV with the BOM Excel needs).
 */
afterAll(() => rmSync(exportsDir(), { recursive: true, force: true }));

describe('named-list files fetched in chunks from the core', () => {
  let v: ReportsCore;
  beforeAll(async () => {
    v = await reportsCore();
    v.at('2026-11-29 09:00');
  }, 60_000);
  afterAll(() => v?.core.close());

  async function finishedJob(format: 'xlsx' | 'csv'): Promise<ExportJobStatus> {
    await v.ok('auth.confirmPassword', { password: 'Padi-Menguning-2026' }, 'desk');
    let status = await v.ok(
      'reports.exportNamedList',
      { list: 'consultations', period: { kind: 'month', month: '2026-10' }, format },
      'desk',
    );
    for (let i = 0; status.state === 'running' && i < 2000; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      status = await v.ok('exports.status', { jobId: status.jobId }, 'desk');
    }
    expect(status.state).toBe('done');
    return status;
  }

  const download = (jobId: string, length?: number) => (offset: number) =>
    v.core.dispatch(
      'exports.download',
      { jobId, offset, ...(length ? { length } : {}) },
      { token: v.tokens.desk },
    ) as Promise<{ ok: true; value: ExportChunk } | { ok: false; error: { code: 'NOT_FOUND'; message: string } }>;

  it('rebuilds an XLSX from 700-byte chunks byte for byte, and it opens', async () => {
    const status = await finishedJob('xlsx');
    const whole = await assembleChunks(download(status.jobId));
    const chunked: number[] = [];
    const small = await assembleChunks(download(status.jobId, 700), { onProgress: (r) => chunked.push(r) });
    if (!whole.ok || !small.ok) throw new Error('download failed');
    const a = Buffer.concat(whole.file.parts);
    const b = Buffer.concat(small.file.parts);
    expect(b.equals(a)).toBe(true);
    expect(b.length).toBe(status.bytes);
    expect(chunked.length).toBe(Math.ceil(b.length / 700));
    expect(small.file.fileName).toBe(status.fileName);
    expect(small.file.fileName).toMatch(/\.xlsx$/);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(b as unknown as ArrayBuffer);
    expect(book.worksheets.length).toBeGreaterThan(0);
  });

  it('keeps the BOM of a CSV so Excel reads it as UTF-8', async () => {
    const status = await finishedJob('csv');
    const got = await assembleChunks(download(status.jobId, 64));
    if (!got.ok) throw new Error('download failed');
    const bytes = Buffer.concat(got.file.parts);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Desa');
  });
});
