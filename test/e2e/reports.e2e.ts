/**
 * Laporan in a real browser on the generated demo village: the dashboard with charts and tables,
 * choosing a period, XLSX and CSV read back from the downloaded files, the printed PDF turned into
 * PNG with pdftoppm, the step-up named-list export, each role's own view, and bad periods.
 * The tests share one host and one browser and run in file order.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import type { Role } from '../../electron/shared/domain';
import type { DashboardResult } from '../../electron/shared/reports';
import { type DemoLogin, type E2eApp, RESULTS_DIR, startApp } from './harness';
import { clickAndWaitForRpc, field, heading } from './page-helpers';

const STEP = { timeout: 120_000 };

let app: E2eApp;
let page: Page;
let demo: DemoLogin;
let downloads: string;

before(async () => {
  app = await startApp({ demo: true });
  app.context.setDefaultTimeout(15_000);
  page = app.page;
  assert.ok(app.demo);
  demo = app.demo;
  downloads = mkdtempSync(path.join(tmpdir(), 'balai-reports-e2e-'));
});

/** The core's "type your password again" answer (403) before a named list is an expected step. */
const STEP_UP_REFUSAL = /status of 403 .*\/rpc\/reports\.exportNamedList\)$/;

let problemsSeen = 0;
afterEach(() => {
  const fresh = app.problems().slice(problemsSeen);
  problemsSeen += fresh.length;
  assert.deepEqual(
    fresh.filter((p) => !STEP_UP_REFUSAL.test(p)),
    [],
    'no console errors, uncaught errors or CSP violations',
  );
});

after(async () => {
  await app?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

/** Today in Asia/Jakarta, as the host counts it. */
const jakartaToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/**
 * The last three finished months, whatever day CI runs on (the demo village holds about a year
 * up to today): the dates as typed, and the label the core gives the period.
 */
function lastThreeMonths() {
  const [y, m] = jakartaToday().split('-').map(Number);
  const from = new Date(Date.UTC(y, m - 4, 1));
  const to = new Date(Date.UTC(y, m - 1, 0));
  const dayBefore = new Date(from.getTime() - 86_400_000);
  const typed = (d: Date) =>
    `${String(d.getUTCDate()).padStart(2, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${d.getUTCFullYear()}`;
  const long = (d: Date, withYear: boolean) =>
    `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${withYear ? ` ${d.getUTCFullYear()}` : ''}`;
  const sameYear = from.getUTCFullYear() === to.getUTCFullYear();
  return {
    from: typed(from),
    to: typed(to),
    dayBefore: typed(dayBefore),
    label: `${long(from, !sameYear)} – ${long(to, true)}`,
  };
}

async function login(role: Role) {
  await page.goto(`${app.baseUrl}/#/masuk`);
  await heading(page, 'Masuk Petugas').waitFor();
  await field(page, 'Nama pengguna').fill(demo.usernameFor(role as Exclude<Role, 'public'>));
  await field(page, 'Kata sandi').fill(demo.password);
  await clickAndWaitForRpc(page, page.getByRole('button', { name: 'Masuk', exact: true }), 'auth.login');
  await page.getByRole('heading', { level: 1, name: /Selamat datang/ }).waitFor();
}

async function logout() {
  await clickAndWaitForRpc(page, page.getByRole('button', { name: 'Keluar', exact: true }), 'auth.logout');
  await heading(page, 'Masuk Petugas').waitFor();
}

const menu = () => page.getByRole('navigation', { name: 'Menu petugas' });

async function openFromMenu(label: string, method: string) {
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/rpc/${method}`)),
    menu().getByRole('link', { name: label, exact: true }).click(),
  ]);
  assert.equal(answer.status(), 200, `${method} answers`);
  await page.locator('.rp-document[aria-busy="false"]').waitFor();
}

/** Picks an option and waits for the report the page asks for with it. */
async function chooseAndWait(label: string, option: string, method: string) {
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/rpc/${method}`)),
    page.getByRole('combobox', { name: label, exact: true }).selectOption({ label: option }),
  ]);
  await page.locator('.rp-document[aria-busy="false"]').waitFor();
  return answer;
}

async function save(download: Download): Promise<string> {
  const target = path.join(downloads, download.suggestedFilename());
  await download.saveAs(target);
  return target;
}

async function downloadFrom(button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return save(download);
}

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

/** The cover sheet's label → value pairs. */
function cover(book: ExcelJS.Workbook): Map<string, unknown> {
  const sheet = book.worksheets[0];
  const out = new Map<string, unknown>();
  sheet.eachRow((row) => out.set(String(row.getCell(1).value), row.getCell(2).value));
  return out;
}

test(
  'the admin dashboard: both parts, highlights, a table beside every chart, figures equal to the core',
  STEP,
  async () => {
    await login('admin');
    await openFromMenu('Dasbor', 'reports.dashboard');
    await heading(page, 'Dasbor').waitFor();
    await heading(page, 'Meja Layanan', 2).waitFor();
    await heading(page, 'Rumah Edukasi', 2).waitFor();

    // The same figures the core counts (asked here with the page's own session cookie).
    const dashboard = await page.evaluate(
      async (month) => {
        const r = await fetch('/rpc/reports.dashboard', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ period: { kind: 'month', month } }),
        });
        return (await r.json()).value as DashboardResult;
      },
      jakartaToday().slice(0, 7),
    );
    const desk = dashboard.sections.find((s) => s.part === 'desk');
    assert.ok(desk);
    const consultations = desk.highlights[0];
    const card = page.getByRole('list', { name: 'Angka utama' }).first().getByRole('listitem').first();
    assert.match((await card.textContent()) ?? '', new RegExp(`${consultations.label}${consultations.value}`));

    // Every chart has its table (screen readers read the table; the picture is hidden from them).
    const blocks = page.locator('.rp-block');
    const blockCount = await blocks.count();
    const tableCount = dashboard.sections.reduce((n, s) => n + s.tables.length, 0);
    assert.equal(blockCount, tableCount, 'one block per table of the core');
    for (let i = 0; i < blockCount; i++) {
      const block = blocks.nth(i);
      assert.equal(await block.getByRole('table').count(), 1, 'a table in every block');
      const chart = block.locator('.rp-chart');
      if ((await chart.count()) > 0) assert.equal(await chart.getAttribute('aria-hidden'), 'true');
    }
    // The trend table shows the month-by-month consultations of the core, last month included.
    const trend = desk.tables[0];
    const lastMonth = trend.rows[trend.rows.length - 1];
    const trendTable = page.getByRole('table', { name: trend.title });
    const lastRow = trendTable.getByRole('row').last();
    assert.equal(
      ((await lastRow.textContent()) ?? '').replace(/\s+/g, ''),
      lastMonth.cells.map((c) => String(c).replace(/\s+/g, '')).join(''),
    );
    assert.ok((await page.locator('.rp-line-svg polyline').count()) >= 4, 'the trends are drawn');
    assert.ok((await page.locator('.rp-bar-svg rect').count()) > 20, 'the breakdowns are drawn');

    await app.screenshot(page, 'reports-dashboard-admin');
    await app.axeCheck(page, 'reports-dashboard-admin');
  },
);

test(
  'choosing a quarter recounts the dashboard; its XLSX carries the header and one typed sheet per table',
  STEP,
  async () => {
    const year = Number(jakartaToday().slice(0, 4));
    await chooseAndWait('Jenis periode', 'Triwulan', 'reports.dashboard');
    await chooseAndWait('Triwulan', 'Triwulan I (Januari–Maret)', 'reports.dashboard');
    const header = page.getByRole('region', { name: 'Keterangan laporan' });
    await header.getByText(`Triwulan I ${year} (Januari–Maret)`).waitFor();
    await header.getByText('32.12.16.2004').waitFor();
    await header.getByText('Admin Contoh').waitFor();
    await app.screenshot(page, 'reports-dashboard-quarter');

    const file = await downloadFrom('Unduh Excel (XLSX)');
    await page.getByRole('status').filter({ hasText: 'sudah diunduh' }).waitFor();
    const book = await readWorkbook(file);
    const facts = cover(book);
    assert.equal(facts.get('Desa'), 'Desa Contoh');
    assert.equal(facts.get('Kode wilayah'), '32.12.16.2004');
    assert.equal(facts.get('Periode'), `Triwulan I ${year} (Januari–Maret)`);
    assert.equal(facts.get('Dibuat oleh'), 'Admin Contoh');
    assert.match(String(facts.get('Perhatian')), /DATA CONTOH/);
    assert.ok(book.worksheets.length > 10, `a sheet per table (${book.worksheets.length})`);
    const trendSheet = book.worksheets[1];
    assert.equal(trendSheet.views[0]?.state, 'frozen', 'the header row stays in view');
    assert.equal(trendSheet.getRow(1).getCell(1).value, 'Bulan');
    assert.equal(typeof trendSheet.getRow(2).getCell(2).value, 'number', 'figures are numbers, not text');
  },
);

test('Laporan Layanan Migrasi Desa: a custom period, its CSV for Excel, and the printed PDF', STEP, async () => {
  await openFromMenu('Laporan Layanan Migrasi', 'reports.migrationService');
  await heading(page, 'Laporan Layanan Migrasi Desa').waitFor();

  // Own dates, typed the Indonesian way; a wrong order is caught before any request.
  await page.getByRole('combobox', { name: 'Jenis periode', exact: true }).selectOption({ label: 'Tanggal sendiri' });
  const months = lastThreeMonths();
  await field(page, 'Dari tanggal').fill(months.from);
  await field(page, 'Sampai tanggal').fill(months.dayBefore);
  await page.getByRole('button', { name: 'Tampilkan', exact: true }).click();
  await page.getByText('Tanggal akhir tidak boleh sebelum tanggal awal.').waitFor();
  await field(page, 'Sampai tanggal').fill(months.to);
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/rpc/reports.migrationService')),
    page.getByRole('button', { name: 'Tampilkan', exact: true }).click(),
  ]);
  assert.equal(answer.status(), 200);
  await page.locator('.rp-document[aria-busy="false"]').waitFor();
  const header = page.getByRole('region', { name: 'Keterangan laporan' });
  await header.getByText(months.label).waitFor();
  await header.getByText('Disnaker Kabupaten dan KP2MI (BP3MI)').waitFor();
  await app.screenshot(page, 'reports-migration-custom');
  await app.axeCheck(page, 'reports-migration-custom');

  // CSV: UTF-8 with BOM, `;` for Indonesian Excel, the header block first.
  await page.getByRole('combobox', { name: 'Tabel', exact: true }).selectOption({ label: 'Konsultasi menurut topik' });
  const csv = readFileSync(await downloadFrom('Unduh CSV'));
  assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const text = csv.subarray(3).toString('utf8');
  assert.match(text, /Desa;Desa Contoh\r\n/);
  assert.match(text, /Topik;Konsultasi\r\n/);
  assert.match(text, /Syarat & dokumen;\d+\r\n/);

  // PDF through Chromium's print path with our print stylesheet, then a look at page 1.
  await page.emulateMedia({ media: 'print' });
  const pdfPath = path.join(downloads, 'laporan.pdf');
  await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  for (const expected of [
    'Laporan Layanan Migrasi Desa',
    'Desa Contoh',
    '32.12.16.2004',
    'Dibuat oleh',
    'DATA CONTOH',
  ]) {
    assert.ok(pdfText.includes(expected), `the PDF says ${expected}`);
  }
  assert.ok(!pdfText.includes('Akun Petugas'), 'the staff menu is not printed');
  assert.ok(!pdfText.includes('Unduh Excel'), 'the buttons are not printed');
  assert.match(pdfText, /Halaman 1 dari \d+/);
  const pngStem = path.join(RESULTS_DIR, 'screens', 'reports-migration-pdf');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdfPath, pngStem]);
  const firstPage = readFileSync(`${pngStem}-1.png`);
  assert.ok(firstPage.length > 10_000, 'page 1 renders to a real picture');
});

test(
  'a named list needs the password again, then downloads with its rows; an empty period still gives a file',
  STEP,
  async () => {
    await page.getByRole('button', { name: 'Daftar dengan nama', exact: true }).click();
    const section = page.getByRole('region', { name: 'Daftar dengan nama (data pribadi)' });
    await section.getByText('UU No. 27 Tahun 2022', { exact: false }).waitFor();
    await section.getByRole('button', { name: 'Buat dan unduh daftar' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ketik ulang kata sandi Anda' });
    await dialog.waitFor();
    await app.screenshot(page, 'reports-named-stepup');
    await app.axeCheck(page, 'reports-named-stepup');
    await dialog.getByLabel(/^Kata sandi Anda\s*\*?$/).fill(demo.password);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      dialog.getByRole('button', { name: 'Lanjutkan' }).click(),
    ]);
    const file = await save(download);
    await section.getByText('sudah diunduh. Hapus berkas setelah tidak dipakai.', { exact: false }).waitFor();
    await app.screenshot(page, 'reports-named-done');
    const book = await readWorkbook(file);
    assert.equal(cover(book).get('Laporan'), 'Daftar Konsultasi (dengan nama)');
    const rows = Number(cover(book).get('Jumlah baris'));
    assert.ok(rows > 20, `three months of consultations (${rows})`);
    assert.equal(book.worksheets[1].rowCount, rows + 1, 'every row, under one header row');

    // An old month with nothing recorded: said plainly, and the file is still a valid workbook.
    await page.getByRole('combobox', { name: 'Jenis periode', exact: true }).selectOption({ label: 'Bulan' });
    await page.locator('.rp-document[aria-busy="false"]').waitFor();
    const oldest = String(Number(jakartaToday().slice(0, 4)) - 5);
    await chooseAndWait('Tahun', oldest, 'reports.migrationService');
    await page.getByText('Periode kosong').waitFor();
    const empty = await readWorkbook(await downloadFrom('Unduh Excel (XLSX)'));
    await page.getByRole('status').filter({ hasText: 'Periode ini kosong' }).waitFor();
    assert.match(String(cover(empty).get('Catatan')), /Tidak ada data yang tercatat/);
    await logout();
  },
);

test(
  'each role sees its own part: desk officer, educator, and a village head who never sees a name',
  STEP,
  async () => {
    await login('desk_officer');
    await openFromMenu('Dasbor', 'reports.dashboard');
    await heading(page, 'Meja Layanan', 2).waitFor();
    assert.equal(await heading(page, 'Rumah Edukasi', 2).count(), 0, 'no Rumah Edukasi part for the desk');
    assert.equal(await menu().getByRole('link', { name: 'Laporan Rumah Edukasi' }).count(), 0);
    await app.screenshot(page, 'reports-dashboard-desk');
    await logout();

    await login('educator');
    await openFromMenu('Dasbor', 'reports.dashboard');
    await heading(page, 'Rumah Edukasi', 2).waitFor();
    assert.equal(await heading(page, 'Meja Layanan', 2).count(), 0, 'no desk part for the educator');
    await openFromMenu('Laporan Rumah Edukasi', 'reports.rumahEdukasi');
    await heading(page, 'Laporan Rumah Edukasi dan Pengasuhan').waitFor();
    await page.getByRole('region', { name: 'Daftar dengan nama (data pribadi)' }).waitFor();
    await app.screenshot(page, 'reports-edukasi-educator');
    await app.axeCheck(page, 'reports-edukasi-educator');
    await logout();

    // Demo people's names all end with "(contoh)": none may reach the village head's screens.
    await login('viewer');
    for (const [label, method] of [
      ['Dasbor', 'reports.dashboard'],
      ['Laporan Layanan Migrasi', 'reports.migrationService'],
      ['Laporan Rumah Edukasi', 'reports.rumahEdukasi'],
    ] as const) {
      await openFromMenu(label, method);
      const text = (await page.locator('main').textContent()) ?? '';
      assert.ok(!text.includes('(contoh)'), `no person's name on ${label}`);
      assert.equal(await page.getByRole('button', { name: 'Daftar dengan nama' }).count(), 0, 'no named lists');
    }
    await app.screenshot(page, 'reports-edukasi-viewer');
    await logout();
  },
);
