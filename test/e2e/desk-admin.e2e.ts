/**
 * Record-keeping and administration, as the admin and a new desk officer meet them: staff
 * accounts (create, disable/enable, reset → forced change), a complaint from intake to resolved
 * with its reference code and timeline, a migration record found in "Berangkat bulan ini", a
 * person's consents, processing trail (printed) and deletion behind the password prompt, and the
 * audit log with its chain check. One database, one browser; the tests run in file order.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { type E2eApp, startApp } from './harness';
import { clickAndWaitForRpc, heading } from './page-helpers';

const ADMIN = { username: 'sekdes', displayName: 'Siti Aminah', password: 'Padi menguning di sawah 7' };
const OFFICER = {
  username: 'petugas.rina',
  displayName: 'Rina Wulandari',
  password: 'Kali Cimanuk 2027 banjir',
  newPassword: 'Mangga harum manis 88',
};
const STEP = { timeout: 120_000 };

let app: E2eApp;
let page: Page;
let temporaryPassword = '';
let referenceCode = '';

declare global {
  interface Window {
    __printCalls?: number;
  }
}

before(async () => {
  app = await startApp();
  app.context.setDefaultTimeout(15_000);
  // Printing opens a system dialog headless Chromium cannot show: count the calls instead.
  await app.context.addInitScript(() => {
    window.__printCalls = 0;
    window.print = () => {
      window.__printCalls = (window.__printCalls ?? 0) + 1;
    };
  });
  page = app.page;
});

/**
 * The step-up prompt exists because the core answers FORBIDDEN (HTTP 403) to an export or a
 * deletion until the password is typed again, and a wrong password there is 403 too. Chromium
 * logs those answers as failed resources; they are the expected conversation, nothing else is.
 */
const STEP_UP_403 = /status of 403 .*\/rpc\/(people\.trail|people\.delete|auth\.confirmPassword)\)$/;
const unexpected = (problems: string[]) => problems.filter((p) => !STEP_UP_403.test(p));

let problemsSeen = 0;
afterEach(() => {
  const fresh = app.problems().slice(problemsSeen);
  problemsSeen += fresh.length;
  assert.deepEqual(unexpected(fresh), [], 'no console errors, uncaught errors or CSP violations');
});

after(async () => {
  await app?.close();
});

// ---------------------------------------------------------------------------------------------
// Helpers

/** A form control by its visible label, ignoring the "required" asterisk. */
function control(p: Page | Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return p.getByLabel(new RegExp(`^${escaped}\\s*\\*?$`));
}

/** Calls the API from the page, with the page's own session cookie and Origin (setup data). */
async function rpc<T = unknown>(method: string, input: unknown): Promise<T> {
  const body = await page.evaluate(
    async ([m, i]) => {
      const response = await fetch(`/rpc/${m}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(i),
      });
      return response.json();
    },
    [method, input] as const,
  );
  assert.equal(body.ok, true, `${method}: ${JSON.stringify(body.error)}`);
  return body.value as T;
}

/** Today and other days as `YYYY-MM-DD` in Asia/Jakarta, like the core's clock. */
function jakartaDay(offsetDays = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
}

async function login(username: string, password: string) {
  await page.goto(`${app.baseUrl}/#/masuk`);
  await heading(page, 'Masuk Petugas').waitFor();
  await control(page, 'Nama pengguna').fill(username);
  await control(page, 'Kata sandi').fill(password);
  await clickAndWaitForRpc(page, page.getByRole('button', { name: 'Masuk', exact: true }), 'auth.login');
}

async function logout() {
  await clickAndWaitForRpc(page, page.getByRole('button', { name: 'Keluar', exact: true }), 'auth.logout');
  await heading(page, 'Masuk Petugas').waitFor();
}

function menu(): Locator {
  return page.getByRole('navigation', { name: 'Menu petugas' });
}

async function shoot(name: string) {
  // Dense but readable at 1366×768: nothing may push the page sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.equal(overflow, 0, `${name}: no horizontal scrolling`);
  await app.screenshot(page, `deskadmin-${name}`);
  await app.axeCheck(page, `deskadmin-${name}`);
}

/** Waits until the control is marked invalid (its inline message is on screen). */
async function invalid(target: Locator) {
  await target.and(target.page().locator('[aria-invalid="true"]')).waitFor();
}

/** When the core asks for the password again, the dialog takes it; a fresh confirmation skips it. */
async function passStepUpIfAsked() {
  const dialog = page.getByRole('dialog', { name: 'Ketik ulang kata sandi Anda' });
  if (await dialog.isVisible()) {
    await control(dialog, 'Kata sandi Anda').fill(ADMIN.password);
    await dialog.getByRole('button', { name: 'Lanjutkan' }).click();
  }
}

// ---------------------------------------------------------------------------------------------
// Accounts

test('the admin signs in after setup and sees the administration menu', STEP, async () => {
  await page.goto(`${app.baseUrl}/#/`);
  await heading(page, 'Selamat datang di Balai Migran').waitFor();
  await rpc('setup.complete', {
    village: { name: 'Kenanga', regionCode: '32.12.16.2004', address: 'Jl. Raya Kenanga No. 1, Sindang' },
    admin: ADMIN,
  });
  // The app read "needs setup" when it opened: start it again, as a person would.
  await page.goto(`${app.baseUrl}/#/masuk`);
  await page.reload();
  await login(ADMIN.username, ADMIN.password);
  await heading(page, `Selamat datang, ${ADMIN.displayName}`).waitFor();
  const links = await menu().getByRole('link').allTextContents();
  for (const entry of ['Pengaduan / Kasus', 'Riwayat Migrasi', 'Akun Petugas', 'Log Audit']) {
    assert.ok(links.includes(entry), `menu has "${entry}": ${links.join(', ')}`);
  }
});

test('Akun Petugas lists accounts; a new desk officer is created with inline errors first', STEP, async () => {
  await menu().getByRole('link', { name: 'Akun Petugas' }).click();
  await heading(page, 'Akun Petugas').waitFor();
  const table = page.getByRole('table', { name: 'Akun Petugas' });
  await table.getByText('Akun Anda').waitFor();
  await shoot('01-users');

  await page.getByRole('button', { name: 'Tambah akun' }).click();
  const form = page.getByRole('region', { name: 'Akun baru' });
  await form.waitFor();
  // Keyboard-first: the cursor waits in the first field.
  assert.equal(await control(form, 'Nama pengguna').evaluate((el) => el === document.activeElement), true);
  await page.getByRole('button', { name: 'Buat akun' }).click();
  await invalid(control(form, 'Nama pengguna'));
  await invalid(control(form, 'Peran'));

  await control(form, 'Nama pengguna').fill(OFFICER.username);
  await control(form, 'Nama lengkap').fill(OFFICER.displayName);
  await control(form, 'Peran').selectOption({ label: 'Petugas Layanan' });
  await form.getByText('Melayani di Meja Layanan').waitFor();
  await control(form, 'Kata sandi awal').fill('pendek');
  const status = await clickAndWaitForRpc(page, page.getByRole('button', { name: 'Buat akun' }), 'users.create');
  assert.equal(status, 400);
  await form.getByText('Kata sandi minimal 8 karakter.').waitFor();
  assert.equal(await control(form, 'Kata sandi awal').getAttribute('aria-invalid'), 'true');
  await shoot('02-user-create-error');

  await control(form, 'Kata sandi awal').fill(OFFICER.password);
  assert.equal(await clickAndWaitForRpc(page, page.getByRole('button', { name: 'Buat akun' }), 'users.create'), 200);
  await page
    .getByRole('status')
    .filter({ hasText: 'Akun Rina Wulandari (petugas.rina) sudah dibuat sebagai Petugas Layanan.' })
    .waitFor();
  const row = table.getByRole('row').filter({ hasText: OFFICER.username });
  await row.getByText('Petugas Layanan').waitFor();
  await row.getByText('Aktif', { exact: true }).waitFor();
  await row.getByText('Belum pernah masuk').waitFor();
});

test('disabling asks first, and the account can be enabled again', STEP, async () => {
  const row = page.getByRole('row').filter({ hasText: OFFICER.username });
  await row.getByRole('button', { name: `Nonaktifkan akun ${OFFICER.displayName}` }).click();
  const dialog = page.getByRole('dialog', { name: `Nonaktifkan akun ${OFFICER.displayName}?` });
  await dialog.waitFor();
  // The safe choice has the keyboard: Enter by habit must not disable anyone.
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Batal');
  await shoot('03-user-disable-confirm');
  await clickAndWaitForRpc(page, dialog.getByRole('button', { name: 'Ya, nonaktifkan' }), 'users.disable');
  await row.getByText('Nonaktif', { exact: true }).waitFor();
  await page.getByRole('status').filter({ hasText: 'sudah dinonaktifkan' }).waitFor();

  await row.getByRole('button', { name: `Aktifkan akun ${OFFICER.displayName}` }).click();
  await clickAndWaitForRpc(
    page,
    page.getByRole('dialog').getByRole('button', { name: 'Ya, aktifkan' }),
    'users.enable',
  );
  await row.getByText('Aktif', { exact: true }).waitFor();
});

test('a password reset shows the temporary password once and flags the account', STEP, async () => {
  const row = page.getByRole('row').filter({ hasText: OFFICER.username });
  await row.getByRole('button', { name: `Atur ulang kata sandi ${OFFICER.displayName}` }).click();
  const dialog = page.getByRole('dialog', { name: `Atur ulang kata sandi ${OFFICER.displayName}?` });
  await clickAndWaitForRpc(
    page,
    dialog.getByRole('button', { name: 'Buat kata sandi sementara' }),
    'users.resetPassword',
  );
  const notice = page.getByRole('status').filter({ hasText: `Kata sandi sementara untuk ${OFFICER.displayName}` });
  await notice.waitFor();
  temporaryPassword = ((await notice.locator('.da-temporary-password').textContent()) ?? '').trim();
  assert.match(temporaryPassword, /^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  await notice.getByText('wajib menggantinya dengan kata sandi baru').waitFor();
  await row.getByText('Wajib ganti kata sandi').waitFor();
  await shoot('04-user-temporary-password');
  await notice.getByRole('button', { name: 'Sudah dicatat, sembunyikan' }).click();
  assert.equal(await page.locator('.da-temporary-password').count(), 0, 'shown once, then gone');
});

test('the officer signs in with the temporary password and must choose a new one', STEP, async () => {
  await logout();
  await login(OFFICER.username, temporaryPassword);
  // The forced change screen: current (temporary) password, new, repeat.
  const passwords = page.locator('input[type="password"]');
  await passwords.nth(2).waitFor();
  assert.equal(await passwords.count(), 3);
  await app.screenshot(page, 'deskadmin-05-officer-must-change');
  await passwords.nth(0).fill(temporaryPassword);
  await passwords.nth(1).fill(OFFICER.newPassword);
  await passwords.nth(2).fill(OFFICER.newPassword);
  await clickAndWaitForRpc(page, page.locator('button[type="submit"]'), 'auth.changePassword');
  await heading(page, `Selamat datang, ${OFFICER.displayName}`).waitFor();
  // A desk officer's menu has the desk records but not the admin's settings.
  const links = await menu().getByRole('link').allTextContents();
  assert.ok(links.includes('Pengaduan / Kasus') && links.includes('Riwayat Migrasi'), links.join(', '));
  assert.ok(!links.includes('Akun Petugas') && !links.includes('Log Audit'), links.join(', '));
  await logout();
});

// ---------------------------------------------------------------------------------------------
// Data the other desk screens would have made: the agency registry and two registered people.

let dewiId = '';
let budiId = '';

test('setup data: the P3MI registry and two people with consent', STEP, async () => {
  await login(ADMIN.username, ADMIN.password);
  await heading(page, `Selamat datang, ${ADMIN.displayName}`).waitFor();
  await rpc('agencies.import', {
    csv:
      'nama,nomor izin,status,berlaku sampai,alamat\n' +
      'PT Contoh Fiktif Sejahtera,CONTOH-001,aktif,31/12/2099,"Jl. Contoh No. 1, Kota Fiktif"\n' +
      'PT Sampel Karya Rekaan,CONTOH-002,dibekukan,2099-06-30,"Jl. Rekaan 2, Kota Fiktif"\n',
    dataAsOf: '2026-01-01',
    source: 'Contoh fiktif untuk uji',
    mode: 'valid_rows',
  });
  const consent = {
    givenBy: 'self',
    purposes: ['consultation', 'migrant_register'],
    method: 'written',
    textVersion: '2026-01',
  };
  const dewi = await rpc<{ person: { id: string } }>('people.create', {
    fullName: 'Dewi Lestari',
    nik: '3212164105900001',
    sex: 'P',
    birthDate: '1990-05-01',
    phone: '0812 3456 7890',
    regionCode: '32.12.16.2004',
    dusun: 'Dusun Kenanga Kidul',
    rt: '003',
    rw: '005',
    consent,
  });
  dewiId = dewi.person.id;
  await rpc('people.addConsent', {
    personId: dewiId,
    consent: { givenBy: 'self', purposes: ['photos'], method: 'written', textVersion: '2026-01' },
  });
  const budi = await rpc<{ person: { id: string } }>('people.create', { fullName: 'Budi Santoso', sex: 'L', consent });
  budiId = budi.person.id;
});

// ---------------------------------------------------------------------------------------------
// Complaints

test('a complaint is recorded: inline errors, a person, an agency from the registry', STEP, async () => {
  await menu().getByRole('link', { name: 'Pengaduan / Kasus' }).click();
  await heading(page, 'Pengaduan / Kasus').waitFor();
  await page.getByText('Belum ada pengaduan yang dicatat.').waitFor();
  await page.getByRole('link', { name: 'Catat pengaduan' }).click();
  await heading(page, 'Catat pengaduan').waitFor();

  await page.getByRole('button', { name: 'Simpan pengaduan' }).click();
  await invalid(control(page, 'Jenis'));
  await invalid(control(page, 'Risiko'));
  await invalid(control(page, 'Ringkasan pengaduan'));
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SELECT', 'focus on the first error');
  await shoot('06-case-form-errors');

  await control(page, 'Jenis').selectOption({ label: 'Calo / perekrutan ilegal' });
  await control(page, 'Risiko').selectOption({ label: 'Tinggi' });
  await control(page, 'Ringkasan pengaduan').fill(
    'Calo menawarkan kerja ke Jepang tanpa P3MI resmi dan meminta uang muka Rp 15 juta.',
  );
  await control(page, 'Tambah orang').fill('Dewi');
  await page.getByRole('button', { name: /Dewi Lestari/ }).click();
  await page.getByText('Dewi Lestari', { exact: true }).waitFor();
  assert.equal(await control(page, 'Peran Dewi Lestari').inputValue(), 'reporter');
  await control(page, 'P3MI yang diadukan (bila ada)').fill('Sejahtera');
  await page.getByRole('button', { name: /PT Contoh Fiktif Sejahtera/ }).click();
  await page.getByText('CONTOH-001 · Izin aktif').waitFor();
  await control(page, 'Tanggal tindak lanjut').fill(jakartaDay(7));
  await shoot('07-case-form-filled');

  assert.equal(
    await clickAndWaitForRpc(page, page.getByRole('button', { name: 'Simpan pengaduan' }), 'cases.create'),
    200,
  );
  await heading(page, 'Pengaduan: Calo / perekrutan ilegal').waitFor();
  referenceCode = ((await page.locator('.da-reference-code').textContent()) ?? '').trim();
  assert.match(referenceCode, /^KNG-\d{4}-[34679ACDEFGHJKMNPQRTWXY]{3}$/);
  await page
    .getByRole('status')
    .filter({ hasText: `kode ${referenceCode}` })
    .waitFor();
  // Shown large, for the family to copy.
  const size = await page.locator('.da-reference-code').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(size >= 36, `reference code is ${size}px`);
  await page.getByText('Dibuka', { exact: true }).first().waitFor();
  await page.getByText('PT Contoh Fiktif Sejahtera (izin CONTOH-001)').waitFor();
  await page.getByRole('list', { name: 'Riwayat pengaduan' }).getByText('Pengaduan dicatat.').waitFor();
  await shoot('08-case-detail-new');
});

test('the complaint is referred, then resolved, with only the allowed next statuses', STEP, async () => {
  const radios = async () =>
    page.getByRole('radio').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  assert.deepEqual(await radios(), ['', 'referred', 'resolved', 'closed']);

  await control(page, 'Catatan').fill('Keluarga didampingi melapor ke BP3MI untuk pendampingan hukum.');
  await control(page, 'Rujuk ke').selectOption({ label: 'BP3MI Jawa Barat' });
  // Referring suggests the "Dirujuk" status.
  assert.equal(await page.getByRole('radio', { name: 'Dirujuk' }).isChecked(), true);
  await clickAndWaitForRpc(page, page.getByRole('button', { name: 'Simpan ke riwayat' }), 'cases.addEvent');
  const timeline = page.getByRole('list', { name: 'Riwayat pengaduan' });
  await timeline.getByText('Dirujuk ke BP3MI Jawa Barat').waitFor();
  await timeline.getByText('Status: Dibuka → Dirujuk').waitFor();
  assert.deepEqual(await radios(), ['', 'resolved', 'closed']);

  await control(page, 'Catatan').fill('Uang muka dikembalikan; keluarga sudah mendapat penjelasan jalur resmi.');
  await page.getByRole('radio', { name: 'Selesai' }).check();
  await clickAndWaitForRpc(page, page.getByRole('button', { name: 'Simpan ke riwayat' }), 'cases.addEvent');
  await timeline.getByText('Status: Dirujuk → Selesai').waitFor();
  await page.getByRole('status').filter({ hasText: 'Status pengaduan sekarang: Selesai.' }).waitFor();
  assert.deepEqual(await radios(), ['', 'open', 'closed']);
  assert.equal(await timeline.getByRole('listitem').count(), 3);

  // Closing is final, so it asks first; "Batal" leaves the case as it is.
  await control(page, 'Catatan').fill('Ditutup.');
  await page.getByRole('radio', { name: 'Ditutup' }).check();
  await page.getByRole('button', { name: 'Simpan ke riwayat' }).click();
  const dialog = page.getByRole('dialog', { name: `Tutup pengaduan ${referenceCode}?` });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('radio', { name: /^Tetap/ }).check();
  await control(page, 'Catatan').fill('');
  await shoot('09-case-detail-resolved');
});

test('the list filters by status, kind and risk, and opens a case by its code', STEP, async () => {
  await page.getByRole('link', { name: 'Kembali ke daftar pengaduan' }).click();
  await heading(page, 'Pengaduan / Kasus').waitFor();
  const table = page.getByRole('table', { name: 'Daftar pengaduan' });
  await table.getByRole('link', { name: referenceCode }).waitFor();
  await control(page, 'Status').selectOption({ label: 'Selesai' });
  await control(page, 'Risiko').selectOption({ label: 'Tinggi' });
  await table.getByRole('link', { name: referenceCode }).waitFor();
  await shoot('10-cases-list');
  await control(page, 'Status').selectOption({ label: 'Dibuka' });
  await page.getByText('Tidak ada pengaduan yang cocok dengan saringan ini.').waitFor();
  await control(page, 'Status').selectOption({ label: 'Semua' });

  // Families quote the code any way they like.
  await control(page, 'Buka dengan kode pengaduan').fill(referenceCode.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Buka', exact: true }).click();
  await heading(page, 'Pengaduan: Calo / perekrutan ilegal').waitFor();
});

test('complaints per agency are counted for staff', STEP, async () => {
  await page.getByRole('link', { name: 'Kembali ke daftar pengaduan' }).click();
  await page.getByRole('link', { name: 'Pengaduan per P3MI' }).click();
  await heading(page, 'Pengaduan per P3MI').waitFor();
  await page.getByText('Hanya untuk petugas.', { exact: false }).waitFor();
  const row = page.getByRole('row').filter({ hasText: 'PT Contoh Fiktif Sejahtera' });
  assert.deepEqual(
    (await row.getByRole('cell').allTextContents()).map((s) => s.trim()),
    ['PT Contoh Fiktif Sejahtera', 'CONTOH-001', '1', '0'],
  );
  await row.getByRole('link').click();
  await heading(page, 'PT Contoh Fiktif Sejahtera').waitFor();
  await page.getByRole('link', { name: referenceCode }).waitFor();
  await shoot('11-cases-by-agency');
});

// ---------------------------------------------------------------------------------------------
// Migrant register and the person's record

test('a journey is recorded on the person page; date order is checked inline', STEP, async () => {
  await page.getByRole('link', { name: referenceCode }).click();
  await page.getByRole('link', { name: 'Dewi Lestari' }).click();
  await heading(page, 'Dewi Lestari').waitFor();
  await page.getByText('3212••••••••0001').waitFor();
  await page.getByRole('link', { name: 'Catat riwayat migrasi' }).click();
  await heading(page, 'Catat riwayat migrasi: Dewi Lestari').waitFor();

  await control(page, 'Status').selectOption({ label: 'Berangkat' });
  await control(page, 'Negara tujuan').selectOption('MY');
  await control(page, 'Pekerjaan').fill('Operator pabrik elektronik');
  await control(page, 'Sektor').selectOption({ label: 'Formal' });
  await control(page, 'Skema penempatan').selectOption({ label: 'P to P (lewat P3MI)' });
  await control(page, 'P3MI yang memberangkatkan').fill('CONTOH-001');
  await page.getByRole('button', { name: /PT Contoh Fiktif Sejahtera/ }).click();
  await control(page, 'Tanggal izin keluarga diketahui desa').fill(jakartaDay(-10));
  await control(page, 'Tanggal berangkat').fill(jakartaDay(-20));
  await control(page, 'Perkiraan pulang').fill(jakartaDay(730));
  const status = await clickAndWaitForRpc(
    page,
    page.getByRole('button', { name: 'Simpan riwayat migrasi' }),
    'journeys.create',
  );
  assert.equal(status, 400);
  await page.getByText('Tanggal berangkat tidak boleh sebelum izin keluarga diketahui desa.').waitFor();
  assert.equal(await control(page, 'Tanggal berangkat').getAttribute('aria-invalid'), 'true');
  await shoot('12-journey-form-date-error');

  await control(page, 'Tanggal berangkat').fill(jakartaDay(0));
  assert.equal(
    await clickAndWaitForRpc(page, page.getByRole('button', { name: 'Simpan riwayat migrasi' }), 'journeys.create'),
    200,
  );
  await heading(page, 'Dewi Lestari').waitFor();
  await page.getByRole('status').filter({ hasText: 'Riwayat migrasi sudah dicatat.' }).waitFor();
  const journeys = page.getByRole('table', { name: 'Riwayat migrasi' });
  await journeys.getByRole('cell', { name: 'Malaysia', exact: true }).waitFor();
  await journeys.getByRole('cell', { name: 'Operator pabrik elektronik' }).waitFor();
  // Her complaint is on her page too, linked by its code.
  const cases = page.getByRole('table', { name: 'Pengaduan' });
  await cases.getByRole('link', { name: referenceCode }).waitFor();
  await cases.getByRole('cell', { name: 'Calo / perekrutan ilegal' }).waitFor();
  await shoot('13-person-detail');
});

test('the journey is in "Berangkat bulan ini"; the other lists open too', STEP, async () => {
  await menu().getByRole('link', { name: 'Riwayat Migrasi' }).click();
  await heading(page, 'Riwayat Migrasi').waitFor();
  assert.equal(await page.getByRole('tab', { name: 'Berangkat bulan ini' }).getAttribute('aria-selected'), 'true');
  const list = page.getByRole('table', { name: 'Berangkat bulan ini' });
  await list.getByRole('link', { name: 'Dewi Lestari' }).waitFor();
  await list.getByText('Malaysia').waitFor();
  await shoot('14-journeys-departing');

  await page.getByRole('tab', { name: 'Kontrak berakhir dalam 3 bulan' }).click();
  await page.getByText('Tidak ada warga di daftar ini.').waitFor();
  await shoot('15-journeys-contract-ending');
  await page.getByRole('tab', { name: 'Diduga non-prosedural' }).click();
  await page.getByText('Tidak ada warga di daftar ini.').waitFor();
  await page.getByRole('tab', { name: 'Berangkat bulan ini' }).click();
  await list.getByRole('link', { name: 'Dewi Lestari' }).click();
  await heading(page, 'Dewi Lestari').waitFor();

  // Editing loads the stored values and saves against their version.
  await page.getByRole('link', { name: 'Ubah riwayat ke Malaysia' }).click();
  await heading(page, 'Ubah riwayat migrasi: Dewi Lestari').waitFor();
  await control(page, 'Pekerjaan').and(page.locator('[value="Operator pabrik elektronik"]')).waitFor();
  assert.equal(await control(page, 'Negara tujuan').inputValue(), 'MY');
  await page.getByText('CONTOH-001 · Izin aktif').waitFor();
  await control(page, 'Pekerjaan').fill('Operator pabrik semikonduktor');
  await clickAndWaitForRpc(page, page.getByRole('button', { name: 'Simpan riwayat migrasi' }), 'journeys.update');
  await page.getByRole('status').filter({ hasText: 'Riwayat migrasi sudah diubah.' }).waitFor();
  await page
    .getByRole('table', { name: 'Riwayat migrasi' })
    .getByRole('cell', { name: 'Operator pabrik semikonduktor' })
    .waitFor();
});

test('a consent is withdrawn after a confirmation', STEP, async () => {
  const consents = page.getByRole('table', { name: 'Persetujuan (consent)' });
  await consents.getByRole('button', { name: 'Tarik persetujuan untuk foto kegiatan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tarik persetujuan ini?' });
  await dialog.getByText('Persetujuan untuk foto kegiatan dicatat sebagai ditarik').waitFor();
  await shoot('16-consent-withdraw-confirm');
  await clickAndWaitForRpc(
    page,
    dialog.getByRole('button', { name: 'Ya, tarik persetujuan' }),
    'people.withdrawConsent',
  );
  await page.getByRole('status').filter({ hasText: 'Persetujuan sudah ditarik.' }).waitFor();
  await consents
    .getByRole('row')
    .filter({ hasText: 'foto kegiatan' })
    .getByText(/^Ditarik /)
    .waitFor();
  assert.equal(await consents.getByRole('button', { name: /Tarik persetujuan/ }).count(), 1, 'the other one stays');
});

test('the processing trail asks for the password, then prints', STEP, async () => {
  await page.getByRole('link', { name: 'Riwayat pemrosesan data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ketik ulang kata sandi Anda' });
  await dialog.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'password');
  // Tab stays inside the dialog.
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => !!document.activeElement?.closest('dialog')), true);
  await shoot('17-step-up');

  await control(dialog, 'Kata sandi Anda').fill('bukan-sandi-ini');
  await clickAndWaitForRpc(page, dialog.getByRole('button', { name: 'Lanjutkan' }), 'auth.confirmPassword');
  await dialog.getByText('Kata sandi salah.').waitFor();
  await control(dialog, 'Kata sandi Anda').fill(ADMIN.password);
  await clickAndWaitForRpc(page, dialog.getByRole('button', { name: 'Lanjutkan' }), 'people.trail');
  await heading(page, 'Riwayat Pemrosesan Data Pribadi').waitFor();
  const trailDoc = page.getByRole('article');
  await trailDoc.getByText('Dewi Lestari', { exact: true }).first().waitFor();
  for (const action of ['Dibuat', 'Dilihat', 'Diubah', 'Persetujuan ditarik']) {
    await trailDoc.getByRole('cell', { name: action, exact: true }).first().waitFor();
  }
  await shoot('18-trail');

  await page.getByRole('button', { name: 'Cetak' }).click();
  assert.equal(await page.evaluate(() => window.__printCalls), 1);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.staff-nav').isVisible(), false, 'no menu on paper');
  assert.equal(await page.getByRole('button', { name: 'Cetak' }).isVisible(), false, 'no buttons on paper');
  await app.screenshot(page, 'deskadmin-19-trail-print');
  await page.emulateMedia({ media: 'screen' });
});

test('deleting a person without other records deletes them', STEP, async () => {
  await menu().getByRole('link', { name: 'Riwayat Migrasi' }).click();
  await control(page, 'Cari orang').fill('Budi');
  await page.getByRole('button', { name: /Budi Santoso/ }).click();
  await heading(page, 'Budi Santoso').waitFor();
  assert.match(page.url(), new RegExp(`/orang/${budiId}$`));
  await page.getByRole('button', { name: 'Hapus data orang ini' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hapus data Budi Santoso?' });
  await dialog.getByText('datanya dianonimkan').waitFor();
  await shoot('20-person-delete-confirm');
  await dialog.getByRole('button', { name: 'Ya, hapus' }).click();
  await passStepUpIfAsked();
  await heading(page, 'Data dihapus').waitFor();
  await page.getByText('sudah dihapus seluruhnya').waitFor();
});

test('deleting a person with records anonymises them and says why', STEP, async () => {
  await page.goto(`${app.baseUrl}/#/staf/orang/${dewiId}`);
  await heading(page, 'Dewi Lestari').waitFor();
  await page.getByRole('button', { name: 'Hapus data orang ini' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ya, hapus' }).click();
  await passStepUpIfAsked();
  const notice = page.getByRole('status').filter({ hasText: 'Data dianonimkan, tidak dihapus' });
  await notice.waitFor();
  await notice.getByText('1 riwayat migrasi').waitFor();
  await notice.getByText('1 pengaduan').waitFor();
  await page.getByRole('heading', { level: 1, name: /^Anonim-/ }).waitFor();
  await page.getByText('Dianonimkan', { exact: true }).waitFor();
  assert.equal(await page.getByText('3212••••••••0001').count(), 0, 'NIK gone');
  await shoot('21-person-anonymised');
});

// ---------------------------------------------------------------------------------------------
// Audit log

test('the audit log shows the actions and says the chain is intact', STEP, async () => {
  // Every opening of a record is logged: sixty more views make sure the log needs a second page.
  for (let i = 0; i < 60; i++) await rpc('people.get', { id: dewiId });
  await menu().getByRole('link', { name: 'Log Audit' }).click();
  await heading(page, 'Log Audit').waitFor();
  await page.getByRole('status').filter({ hasText: 'Rantai log utuh' }).waitFor();
  const table = page.getByRole('table', { name: 'Catatan log audit' });
  await table.getByRole('row').nth(1).waitFor();
  await shoot('22-audit');

  for (const [action, detail] of [
    ['Kata sandi diatur ulang', 'sesi diakhiri'],
    ['Diekspor / dicetak', 'jenis: riwayat pemrosesan data'],
    ['Dianonimkan', 'dirujuk'],
    ['Akun dinonaktifkan', ''],
  ] as const) {
    await control(page, 'Tindakan').selectOption({ label: action });
    const first = table.getByRole('row').nth(1);
    await first.getByRole('cell', { name: action, exact: true }).waitFor();
    if (detail) await first.getByText(detail, { exact: false }).waitFor();
  }
  await control(page, 'Tindakan').selectOption({ label: 'Diekspor / dicetak' });
  await control(page, 'Data').selectOption({ label: 'Data orang' });
  await table.getByRole('row').nth(1).getByRole('link', { name: 'Buka data' }).waitFor();
  await shoot('23-audit-filtered');

  await page.getByRole('button', { name: 'Hapus saringan' }).click();
  // Many views and changes: the log pages.
  await page.getByRole('button', { name: 'Berikutnya' }).click();
  await page.getByText('Halaman 2').waitFor();
  await page.getByRole('button', { name: 'Periksa lagi' }).click();
  await page.getByRole('status').filter({ hasText: 'Rantai log utuh' }).waitFor();
});

test('no console errors, uncaught errors or CSP violations on any screen', () => {
  assert.deepEqual(unexpected(app.problems()), []);
});
