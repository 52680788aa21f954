import { existsSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { createSession } from '../../../electron/core/auth/sessions';
import { generateDemo } from '../../../electron/core/demo/generate';
import { exportsDir, exportsRoot, ORPHAN_AGE_MS } from '../../../electron/core/reports/exports/jobs';
import type { ExportChunk, ExportJobStatus } from '../../../electron/shared/reports';
import { REAUTH_REQUIRED_MESSAGE } from '../../../electron/shared/users';
import { buildVillage, type Village } from '../../fixtures/reports/village';
import { fakeClock, memoryCore } from '../../support/core';

/**
 * Named lists: only for the role that keeps the records, only after the password was typed again,
 * audited with the row count; run as jobs that never block other calls and never leave a file
 * that looks finished when it is not.
 */
const NOV = { kind: 'month', month: '2026-11' } as const;
const PASSWORD = 'Padi-Menguning-2026';

async function status(core: Core, token: string, jobId: string): Promise<ExportJobStatus> {
  const r = await core.dispatch('exports.status', { jobId }, { token });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as ExportJobStatus;
}

async function finished(core: Core, token: string, jobId: string): Promise<ExportJobStatus> {
  for (let i = 0; i < 2000; i++) {
    const s = await status(core, token, jobId);
    if (s.state !== 'running') return s;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('export did not finish');
}

/** Downloads the whole file in chunks of `length` bytes. */
async function download(core: Core, token: string, jobId: string, length = 4096): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let offset = 0; ; ) {
    const r = await core.dispatch('exports.download', { jobId, offset, length }, { token });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const c = r.value as ExportChunk;
    parts.push(Buffer.from(c.base64, 'base64'));
    offset += c.length;
    if (c.eof) {
      expect(offset).toBe(c.totalBytes);
      return Buffer.concat(parts);
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Test workers are stopped without a normal exit, so clean this worker's export folder here.
afterAll(() => rmSync(exportsDir(), { recursive: true, force: true }));

const filesOf = (jobId: string) => readdirSync(exportsDir()).filter((f) => f.startsWith(jobId));

describe('named lists on the hand-built village', () => {
  let v: Village;
  beforeAll(async () => {
    v = await buildVillage();
  }, 120_000);
  afterAll(() => v?.core.close());

  const start = (role: 'desk' | 'edu' | 'admin' | 'viewer', input: Record<string, unknown>) =>
    v.core.dispatch('reports.exportNamedList', input, { token: v.tokens[role] });
  const stepUp = async (role: 'desk' | 'edu' | 'admin' | 'viewer', password = PASSWORD) => {
    const r = await v.core.dispatch('auth.confirmPassword', { password }, { token: v.tokens[role] });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  };
  const namedAudits = () =>
    v.core.db
      .prepare(
        "SELECT entity_id, actor_label, details FROM audit_log WHERE action = 'export' AND entity = 'named_lists'",
      )
      .all() as { entity_id: string; actor_label: string; details: string }[];

  it('is refused without the password typed again, and for a role that does not keep the list', async () => {
    v.at('2026-11-29 09:00');
    const noStepUp = await start('desk', { list: 'consultations', period: NOV, format: 'xlsx' });
    expect(noStepUp.ok ? null : noStepUp.error).toEqual({ code: 'FORBIDDEN', message: REAUTH_REQUIRED_MESSAGE });
    const viewer = await start('viewer', { list: 'consultations', period: NOV, format: 'xlsx' });
    expect(viewer.ok ? null : viewer.error).toEqual({
      code: 'FORBIDDEN',
      message: 'Akun Anda tidak berhak membuka bagian ini.',
    });
    await stepUp('edu');
    const edu = await start('edu', { list: 'consultations', period: NOV, format: 'xlsx' });
    expect(edu.ok ? null : edu.error).toEqual({
      code: 'FORBIDDEN',
      message: 'Daftar konsultasi dengan nama hanya untuk Petugas Layanan dan Admin.',
    });
    await stepUp('desk');
    const desk = await start('desk', { list: 'children', period: NOV, format: 'xlsx' });
    expect(desk.ok ? null : desk.error.message).toBe(
      'Daftar anak dengan nama hanya untuk Pendamping Rumah Edukasi dan Admin.',
    );
    // A step-up older than five minutes no longer counts.
    v.clock.advance(6 * 60_000);
    const stale = await start('desk', { list: 'cases', period: NOV, format: 'csv' });
    expect(stale.ok ? null : stale.error.message).toBe(REAUTH_REQUIRED_MESSAGE);
    expect(namedAudits()).toEqual([]);
  });

  it('consultations as XLSX: every row with the visitor’s name, a cover with the row count, audited', async () => {
    v.at('2026-11-29 09:00');
    await stepUp('desk');
    const r = await start('desk', { list: 'consultations', period: NOV, format: 'xlsx' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const started = r.value as ExportJobStatus;
    expect(started).toMatchObject({ state: 'running', done: false, totalRows: 19, progress: 0 });
    expect(started.fileName).toBe('daftar-konsultasi_kenanga_2026-11-01_2026-11-29.xlsx');
    const s = await finished(v.core, v.tokens.desk, started.jobId);
    expect(s).toMatchObject({ state: 'done', done: true, progress: 1, rows: 19, error: null });
    const data = await download(v.core, v.tokens.desk, started.jobId, 1000);
    expect(data.length).toBe(s.bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Keterangan', 'Daftar Konsultasi (dengan nama)']);
    const sheet = wb.worksheets[1];
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(20);
    expect(sheet.getRow(1).values).toContain('Pengunjung');
    const visitors = sheet.getColumn(3).values.slice(2);
    expect(visitors).toContain('Sri Wahyuni Fiktif');
    expect(visitors.filter((x) => x === 'Warga Dusun Uji Fiktif')).toHaveLength(9);
    // First row: 1 November 00:30 WIB, as a date-time cell in Jakarta wall-clock time.
    expect(sheet.getCell('A2').value).toEqual(new Date('2026-11-01T00:30:00Z'));
    const cover = new Map<string, unknown>();
    wb.worksheets[0].eachRow((row) => cover.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(cover.get('Jumlah baris')).toBe(19);
    expect(cover.get('Desa')).toBe('Kenanga');
    expect(String(cover.get('Catatan'))).toContain('Berisi data pribadi (UU PDP)');
    const audit = namedAudits().find((a) => a.entity_id === started.jobId)!;
    expect(audit.actor_label).toBe('petugas');
    expect(JSON.parse(audit.details)).toMatchObject({
      list: 'consultations',
      format: 'xlsx',
      rows: 19,
      from: '2026-11-01',
      to: '2026-11-29',
    });
    expect(filesOf(started.jobId)).toEqual([`${started.jobId}.xlsx`]);
  });

  it('cases as CSV and children as XLSX, each for its own role', async () => {
    v.at('2026-11-29 09:00');
    await stepUp('desk');
    const c = await start('desk', { list: 'cases', period: NOV, format: 'csv' });
    if (!c.ok) throw new Error(JSON.stringify(c.error));
    const cs = await finished(v.core, v.tokens.desk, (c.value as ExportJobStatus).jobId);
    expect(cs.rows).toBe(4);
    const csv = (await download(v.core, v.tokens.desk, cs.jobId)).toString('utf8');
    expect(csv.startsWith('\uFEFFLaporan;Daftar Pengaduan (dengan nama)\r\n')).toBe(true);
    expect(csv).toContain('\r\nKode pengaduan;Dibuka (WIB);Jenis;');
    expect(csv).toContain(';Penipuan;Sedang;Dibuka;');
    expect(csv).toContain(';Gaji tidak dibayar;Sedang;Dibuka;');
    expect(csv).not.toContain('Calo / perekrutan ilegal;Tinggi'); // K1 was opened in October

    await stepUp('edu');
    const k = await start('edu', { list: 'children', period: NOV, format: 'xlsx' });
    if (!k.ok) throw new Error(JSON.stringify(k.error));
    const ks = await finished(v.core, v.tokens.edu, (k.value as ExportJobStatus).jobId);
    expect(ks.rows).toBe(8); // the 7 on 29 November and ch7, who left on the 20th
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download(v.core, v.tokens.edu, ks.jobId, 100_000)) as never);
    const sheet = wb.worksheets[1];
    const names = sheet.getColumn(1).values.slice(2);
    expect(names).toContain('Gita Purnamasari Fiktif');
    expect(names).not.toContain('Irfan Maulana Fiktif'); // consent withdrawn
    expect(names).not.toContain('Hana Susanti Fiktif'); // left in October
    const ayu = names.indexOf('Ayu Lestari Fiktif') + 2;
    expect(sheet.getRow(ayu).values).toEqual([
      undefined,
      'Ayu Lestari Fiktif',
      'Perempuan',
      new Date('2020-02-01T00:00:00Z'),
      6,
      new Date('2026-01-10T00:00:00Z'),
      undefined,
      'Ada',
      'Ada',
      'Tidak',
      'PAUD/TK',
      'Ayah dan ibu di luar negeri',
      'Warsih Rahayu Fiktif',
      'Nenek',
      'Ya',
      3,
      3,
      1,
    ]);
    const bima = names.indexOf('Bima Saputra Fiktif') + 2;
    expect(sheet.getRow(bima).getCell(15).value).toBe(3);
    expect(sheet.getRow(bima).getCell(16).value).toBe(2);
  });

  it('a job belongs to the account and session that started it', async () => {
    v.at('2026-11-29 09:00');
    await stepUp('desk');
    const r = await start('desk', { list: 'cases', period: NOV, format: 'csv' });
    const { jobId } = (r as { value: ExportJobStatus }).value;
    await finished(v.core, v.tokens.desk, jobId);
    for (const token of [v.tokens.admin, v.tokens.edu]) {
      const other = await v.core.dispatch('exports.download', { jobId, offset: 0 }, { token });
      expect(other.ok ? null : other.error.code).toBe('NOT_FOUND');
    }
    const viewer = await v.core.dispatch('exports.status', { jobId }, { token: v.tokens.viewer });
    expect(viewer.ok ? null : viewer.error.code).toBe('FORBIDDEN');
    const past = await v.core.dispatch('exports.download', { jobId, offset: 10_000_000 }, { token: v.tokens.desk });
    expect(past.ok ? null : past.error.issues?.[0].path).toBe('offset');
  });

  it('finished files are deleted once unused for the time limit; folders of dead processes too', async () => {
    v.at('2026-11-29 09:00');
    await stepUp('desk');
    const r = await start('desk', { list: 'cases', period: NOV, format: 'xlsx' });
    const { jobId } = (r as { value: ExportJobStatus }).value;
    await finished(v.core, v.tokens.desk, jobId);
    expect(filesOf(jobId)).toEqual([`${jobId}.xlsx`]);
    // A process that died mid-export (pid no longer running), and stray files old and new.
    let deadPid = 4_194_000;
    while (isAlive(deadPid)) deadPid--;
    const dead = path.join(exportsRoot(), `p${deadPid}`);
    mkdirSync(dead, { recursive: true });
    writeFileSync(path.join(dead, 'x.xlsx.part'), 'half a file');
    const oldStray = path.join(exportsRoot(), 'stray-old.csv');
    const newStray = path.join(exportsRoot(), 'stray-new.csv');
    writeFileSync(oldStray, 'x');
    writeFileSync(newStray, 'x');
    const old = (Date.now() - ORPHAN_AGE_MS - 60_000) / 1000;
    utimesSync(oldStray, old, old);
    // 31 minutes later (the time limit is 30), any export call sweeps.
    v.at('2026-11-29 09:31');
    const gone = await v.core.dispatch('exports.status', { jobId }, { token: v.tokens.desk });
    expect(gone.ok ? null : gone.error.code).toBe('NOT_FOUND');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(filesOf(jobId)).toEqual([]);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(oldStray)).toBe(false);
    expect(existsSync(newStray)).toBe(true);
    rmSync(newStray);
    // This process's own folder is never taken for a dead one.
    expect(existsSync(exportsDir())).toBe(true);
  });
});

describe('a large export on the demo village', () => {
  let core: ReturnType<typeof memoryCore>;
  let token: string;
  beforeAll(async () => {
    core = memoryCore(fakeClock());
    const demo = await generateDemo(core, { scale: 'demo', seed: 7, now: core.clock.now() });
    token = 'named-list-demo-token';
    createSession(core.db, 'demo-desk_officer', token, core.clock.now());
    const r = await core.dispatch('auth.confirmPassword', { password: demo.password }, { token });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  }, 60_000);
  afterAll(() => core?.close());

  const year = { kind: 'custom', from: '2025-11-30', to: '2026-11-29' } as const;

  it('serves other calls, writes included, while it runs; only *.part exists until the file is complete', async () => {
    const r = await core.dispatch(
      'reports.exportNamedList',
      { list: 'consultations', period: year, format: 'xlsx' },
      { token },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const { jobId, totalRows } = r.value as ExportJobStatus;
    expect(totalRows).toBeGreaterThan(1000);
    let servedWhileRunning = 0;
    let sawPartOnly = false;
    for (;;) {
      const health = await core.dispatch('system.health', {});
      const write = await core.dispatch(
        'consultations.create',
        {
          channel: 'phone',
          visitor: { kind: 'anonymous', label: 'Penelepon uji' },
          relation: 'self',
          topics: ['costs'],
        },
        { token },
      );
      expect(health.ok && write.ok).toBe(true);
      const s = await status(core, token, jobId);
      if (s.state !== 'running') break;
      servedWhileRunning++;
      // The final name appears only by renaming the complete file: never beside its *.part.
      const files = filesOf(jobId);
      expect(files.length).toBeLessThanOrEqual(1);
      if (files[0] === `${jobId}.xlsx.part`) sawPartOnly = true;
      const early = await core.dispatch('exports.download', { jobId, offset: 0 }, { token });
      expect(early.ok ? null : early.error.code).toBe('CONFLICT');
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(servedWhileRunning).toBeGreaterThan(0);
    expect(sawPartOnly).toBe(true);
    const done = await status(core, token, jobId);
    expect(done.state).toBe('done');
    expect(done.rows).toBeGreaterThanOrEqual(totalRows);
    expect(filesOf(jobId)).toEqual([`${jobId}.xlsx`]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download(core, token, jobId, 1024 * 1024)) as never);
    expect(wb.worksheets[1].rowCount).toBe(done.rows + 1);
  });

  it('cancelling (the window closed) removes the partial file and writes no audit row', async () => {
    const audits = () =>
      (core.db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'named_lists'").get() as { n: number }).n;
    const before = audits();
    const r = await core.dispatch(
      'reports.exportNamedList',
      { list: 'consultations', period: year, format: 'csv' },
      { token },
    );
    const { jobId } = (r as { value: ExportJobStatus }).value;
    await new Promise((resolve) => setImmediate(resolve));
    const c = await core.dispatch('exports.cancel', { jobId }, { token });
    expect(c.ok ? (c.value as ExportJobStatus).state : c.error).toBe('cancelled');
    expect(filesOf(jobId)).toEqual([]);
    expect(audits()).toBe(before);
    const d = await core.dispatch('exports.download', { jobId, offset: 0 }, { token });
    expect(d.ok ? null : d.error.code).toBe('NOT_FOUND');
  });

  it('the database closing under a running export leaves no file behind', async () => {
    const other = memoryCore(fakeClock());
    await generateDemo(other, { scale: 'demo', seed: 8, now: other.clock.now() });
    createSession(other.db, 'demo-admin', 'closing-token', other.clock.now());
    other.db
      .prepare("UPDATE auth_sessions SET reauth_at = ? WHERE user_id = 'demo-admin'")
      .run(new Date(other.clock.now()).toISOString());
    const r = await other.dispatch(
      'reports.exportNamedList',
      { list: 'consultations', period: year, format: 'xlsx' },
      { token: 'closing-token' },
    );
    const { jobId } = (r as { value: ExportJobStatus }).value;
    await new Promise((resolve) => setImmediate(resolve));
    other.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(filesOf(jobId)).toEqual([]);
  });

  it('one export at a time per account', async () => {
    const first = await core.dispatch(
      'reports.exportNamedList',
      { list: 'consultations', period: year, format: 'csv' },
      { token },
    );
    const second = await core.dispatch(
      'reports.exportNamedList',
      { list: 'cases', period: year, format: 'csv' },
      { token },
    );
    expect(second.ok ? null : second.error.code).toBe('CONFLICT');
    await finished(core, token, (first as { value: ExportJobStatus }).value.jobId);
  });
});
