/**
 * Foundation flow, as the first admin and a villager meet it: fresh install → setup wizard on
 * every face → login → staff home → logout → throttled login → kiosk home. Each step runs on the
 * state the previous one left (one database, one browser), so the tests run in file order.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type E2eApp, startApp } from './harness';
import { clickAndWaitForRpc, field, fieldError, heading, waitForFieldError } from './page-helpers';

const ADMIN = {
  username: 'sekdes',
  displayName: 'Siti Aminah',
  password: 'Padi menguning di sawah 7',
};
const ADDRESS = 'Jl. Raya Kenanga No. 1, Kecamatan Sindang, Kabupaten Indramayu';
const STEP = { timeout: 120_000 };

let app: E2eApp;
let page: Page;

before(async () => {
  app = await startApp();
  app.context.setDefaultTimeout(15_000);
  page = app.page;
});

// Each step answers for the console errors and CSP violations it caused.
let problemsSeen = 0;
afterEach(() => {
  const fresh = app.problems().slice(problemsSeen);
  problemsSeen += fresh.length;
  assert.deepEqual(fresh, [], 'no console errors, uncaught errors or CSP violations');
});

after(async () => {
  await app?.close();
});

test('a fresh install shows the setup wizard on every face, Kenanga preselected', STEP, async () => {
  for (const route of ['#/masuk', '#/staf', '#/']) {
    await page.goto(`${app.baseUrl}/${route}`);
    await heading(page, 'Selamat datang di Balai Migran').waitFor();
  }
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'id');
  await heading(page, 'Langkah 1 dari 2: Profil desa', 2).waitFor();
  assert.equal(await field(page, 'Desa atau kelurahan').inputValue(), 'Kenanga · 32.12.16.2004');
  assert.equal(await field(page, 'Nama desa').inputValue(), 'Kenanga');
  await page.getByText('Kode wilayah 32.12.16.2004 · Kecamatan Sindang · Kabupaten Indramayu').waitFor();
  await page.getByText(/^Sumber daftar wilayah: idn-area-data/).waitFor();
  await app.screenshot(page, '01-setup-village');
  await app.axeCheck(page, '01-setup-village');
});

test('the village list is searchable by kecamatan and grouped', STEP, async () => {
  const region = field(page, 'Desa atau kelurahan');
  await region.click();
  await region.fill('sindang');
  const options = page.getByRole('option');
  await page.getByRole('option', { name: 'Kenanga · 32.12.16.2004' }).waitFor();
  const names = await options.allTextContents();
  assert.ok(names.length >= 5, `Kecamatan Sindang lists its villages (got ${names.length})`);
  await page.getByText('Kecamatan Sindang', { exact: true }).waitFor();
  await app.screenshot(page, '02-setup-village-search');
  await app.axeCheck(page, '02-setup-village-search');
  await page.getByRole('option', { name: 'Kenanga · 32.12.16.2004' }).click();
  assert.equal(await region.inputValue(), 'Kenanga · 32.12.16.2004');
});

test('step 1 names the missing address inline, then moves on', STEP, async () => {
  await page.getByRole('button', { name: 'Lanjut' }).click();
  assert.equal(await waitForFieldError(page, 'Alamat kantor desa', 'Wajib diisi.'), 'Wajib diisi.');
  await field(page, 'Alamat kantor desa').fill(ADDRESS);
  assert.equal(await fieldError(page, 'Alamat kantor desa'), '', 'the error clears while the field is fixed');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await heading(page, 'Langkah 2 dari 2: Akun admin', 2).waitFor();
  // The rules are on screen before anyone types a password.
  await page.getByText('Minimal 8 karakter.').waitFor();
  await page.getByText('Tidak memuat nama desa, nama pengguna, atau nama aplikasi.').waitFor();
  await app.screenshot(page, '03-setup-admin');
  await app.axeCheck(page, '03-setup-admin');
});

test('the server refuses a too-short password, shown next to the password field', STEP, async () => {
  await field(page, 'Nama pengguna').fill(ADMIN.username);
  await field(page, 'Nama lengkap').fill(ADMIN.displayName);
  await field(page, 'Kata sandi').fill('pendek');
  await field(page, 'Ulangi kata sandi').fill('pendek');
  const status = await clickAndWaitForRpc(
    page,
    page.getByRole('button', { name: 'Selesaikan penyiapan' }),
    'setup.complete',
  );
  assert.equal(status, 400);
  assert.equal(await waitForFieldError(page, 'Kata sandi', 'minimal 8 karakter'), 'Kata sandi minimal 8 karakter.');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'setup-password', 'focus moves to the field');
  await page.getByRole('alert').filter({ hasText: 'Periksa kembali isian yang ditandai.' }).waitFor();
  await app.screenshot(page, '04-setup-error-short-password');
  await app.axeCheck(page, '04-setup-error-short-password');
});

test('the server refuses a common password, shown next to the password field', STEP, async () => {
  await field(page, 'Kata sandi').fill('Bismillah123');
  await field(page, 'Ulangi kata sandi').fill('Bismillah123');
  const status = await clickAndWaitForRpc(
    page,
    page.getByRole('button', { name: 'Selesaikan penyiapan' }),
    'setup.complete',
  );
  assert.equal(status, 400);
  assert.equal(
    await waitForFieldError(page, 'Kata sandi', 'terlalu umum'),
    'Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.',
  );
  await app.screenshot(page, '05-setup-error-common-password');
  await app.axeCheck(page, '05-setup-error-common-password');
});

test('a mistyped repeat is caught before anything is sent', STEP, async () => {
  await field(page, 'Kata sandi').fill(ADMIN.password);
  await field(page, 'Ulangi kata sandi').fill(`${ADMIN.password}!`);
  await page.getByRole('button', { name: 'Selesaikan penyiapan' }).click();
  assert.equal(
    await waitForFieldError(page, 'Ulangi kata sandi', 'tidak sama'),
    'Kata sandi dan ulangannya tidak sama.',
  );
});

test('a good password finishes setup and leads to the login screen', STEP, async () => {
  await field(page, 'Ulangi kata sandi').fill(ADMIN.password);
  const status = await clickAndWaitForRpc(
    page,
    page.getByRole('button', { name: 'Selesaikan penyiapan' }),
    'setup.complete',
  );
  assert.equal(status, 200);
  await heading(page, 'Masuk Petugas').waitFor();
  assert.match(page.url(), /#\/masuk$/);
  await page
    .getByRole('alert')
    .filter({ hasText: 'Penyiapan selesai. Silakan masuk dengan akun admin yang baru dibuat.' })
    .waitFor();
  await app.screenshot(page, '06-login-after-setup');
  await app.axeCheck(page, '06-login-after-setup');
});

test('the admin logs in with the keyboard and sees the staff home', STEP, async () => {
  await field(page, 'Nama pengguna').fill(ADMIN.username);
  await field(page, 'Kata sandi').fill(ADMIN.password);
  await field(page, 'Kata sandi').press('Enter');
  await heading(page, `Selamat datang, ${ADMIN.displayName}`).waitFor();
  assert.match(page.url(), /#\/staf$/);
  const header = page.getByRole('banner');
  await header.getByText('Desa Kenanga').waitFor();
  await header.getByText(ADMIN.displayName).waitFor();
  await header.getByText('Admin', { exact: true }).waitFor();
  const main = page.getByRole('main');
  for (const text of ['32.12.16.2004', 'Kecamatan Sindang, Kabupaten Indramayu', ADDRESS, ADMIN.username, '0.1.0']) {
    await main.getByText(text, { exact: true }).waitFor();
  }
  const schema = await main.getByText('Versi basis data').locator('xpath=following-sibling::dd').textContent();
  assert.match(schema ?? '', /^\d+$/, 'schema version from system.health');
  // The menu starts at Beranda, and every entry opens a real screen with a heading (no empty page).
  const menu = page.getByRole('navigation', { name: 'Menu petugas' });
  const labels = await menu.getByRole('link').allTextContents();
  assert.equal(labels[0], 'Beranda');
  assert.equal(new Set(labels).size, labels.length, 'menu entries are unique');
  for (const label of labels.slice(1)) {
    await menu.getByRole('link', { name: label, exact: true }).click();
    await main.locator('h1, h2').first().waitFor();
    assert.equal(await main.getByText('Halaman tidak ditemukan').count(), 0, `${label} opens a page`);
  }
  await menu.getByRole('link', { name: 'Beranda', exact: true }).click();
  await main.getByText('Versi basis data').waitFor();
  // The session is an HttpOnly cookie: page scripts cannot read it, and nothing is stored.
  assert.equal(await page.evaluate(() => document.cookie), '');
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  await app.screenshot(page, '07-staff-home');
  await app.axeCheck(page, '07-staff-home');
});

test('logging out returns to the login screen, and the staff area stays closed', STEP, async () => {
  await clickAndWaitForRpc(page, page.getByRole('button', { name: 'Keluar' }), 'auth.logout');
  await heading(page, 'Masuk Petugas').waitFor();
  await page.getByRole('alert').filter({ hasText: 'Anda sudah keluar.' }).waitFor();
  await app.screenshot(page, '08-login-after-logout');
  await app.axeCheck(page, '08-login-after-logout');
  await page.goto(`${app.baseUrl}/#/staf`);
  await heading(page, 'Masuk Petugas').waitFor();
  await page.getByRole('alert').filter({ hasText: 'Silakan masuk terlebih dahulu.' }).waitFor();
});

test('wrong passwords are refused, and the fifth or sixth try is throttled', STEP, async () => {
  const messages: string[] = [];
  for (let attempt = 1; attempt <= 6; attempt++) {
    await field(page, 'Nama pengguna').fill(ADMIN.username);
    await field(page, 'Kata sandi').fill(`salah-${attempt}-sandi`);
    await clickAndWaitForRpc(page, page.getByRole('button', { name: 'Masuk', exact: true }), 'auth.login');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    messages.push(text);
    if (attempt === 1) {
      assert.match(text, /Nama pengguna atau kata sandi salah\./);
      await app.screenshot(page, '09-login-wrong-password');
      await app.axeCheck(page, '09-login-wrong-password');
    }
    if (text.includes('Terlalu banyak percobaan')) break;
  }
  const throttledAt = messages.findIndex((m) => m.includes('Terlalu banyak percobaan')) + 1;
  assert.ok(throttledAt === 5 || throttledAt === 6, `throttled at attempt ${throttledAt}: ${messages.join(' | ')}`);
  for (const m of messages.slice(0, throttledAt - 1)) assert.match(m, /Nama pengguna atau kata sandi salah\./);
  assert.match(messages[throttledAt - 1], /Tunggu sebentar.*coba lagi dalam \d+ (detik|menit)\./);
  await app.screenshot(page, '10-login-throttled');
  await app.axeCheck(page, '10-login-throttled');

  // While locked, even the right password is refused.
  await field(page, 'Nama pengguna').fill(ADMIN.username);
  await field(page, 'Kata sandi').fill(ADMIN.password);
  assert.equal(
    await clickAndWaitForRpc(page, page.getByRole('button', { name: 'Masuk', exact: true }), 'auth.login'),
    429,
  );
  await page.getByRole('alert').filter({ hasText: 'Terlalu banyak percobaan' }).waitFor();
});

test('the kiosk home welcomes villagers with big text and big targets', STEP, async () => {
  await page.getByRole('link', { name: 'Kembali ke layar kios' }).click();
  await heading(page, 'Balai Migran').waitFor();
  await page.getByText('Layanan Informasi Pekerja Migran').waitFor();
  await page.getByText('Ingin bekerja di luar negeri dengan aman dan resmi?').waitFor();
  assert.equal(await page.title(), 'Kios Informasi — Balai Migran');
  await assertKioskSizes(page);
  await app.screenshot(page, '11-kiosk-home-1366x768');
  await app.axeCheck(page, '11-kiosk-home-1366x768');

  const large = page.getByRole('button', { name: 'Huruf besar' });
  await large.click();
  assert.equal(await large.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '20px');
  await app.screenshot(page, '12-kiosk-home-large-text');
  await app.axeCheck(page, '12-kiosk-home-large-text');
  await large.click();
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '16px');

  await page.getByRole('button', { name: 'English' }).click();
  await heading(page, 'Balai Migran').waitFor();
  await page.getByText('Do you want to work abroad safely and legally?').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await app.screenshot(page, '13-kiosk-home-english');
  await app.axeCheck(page, '13-kiosk-home-english');
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await page.getByText('Ingin bekerja di luar negeri dengan aman dan resmi?').waitFor();

  await page.getByRole('link', { name: 'Masuk Petugas' }).click();
  await heading(page, 'Masuk Petugas').waitFor();
});

test('the kiosk home also fits a 1280×800 screen', STEP, async () => {
  const { context } = await app.watch({ width: 1280, height: 800 });
  const small = await context.newPage();
  await small.goto(`${app.baseUrl}/#/`);
  await heading(small, 'Balai Migran').waitFor();
  await assertKioskSizes(small);
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.equal(overflow, 0, 'no horizontal scrolling');
  await app.screenshot(small, '14-kiosk-home-1280x800');
  await app.axeCheck(small, '14-kiosk-home-1280x800');
  await context.close();
});

test('the harness notices a CSP violation (self-check)', STEP, async () => {
  const probe = await app.watch(undefined, { isolated: true });
  const probePage = await probe.context.newPage();
  await probePage.goto(`${app.baseUrl}/#/`);
  await heading(probePage, 'Balai Migran').waitFor();
  await probePage.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 1px solid red; }';
    document.head.append(style);
  });
  const violation = await probe.waitForProblem((p) => p.startsWith('CSP violation'));
  assert.match(violation, /^CSP violation: style-src/);
  await probe.context.close();
});

test('no console errors, uncaught errors or CSP violations on any screen', () => {
  assert.deepEqual(app.problems(), []);
});

/** DESIGN.md: kiosk touch targets ≥ 56 px, body text ≥ 20 px. */
async function assertKioskSizes(p: Page) {
  const targets = await p
    .locator('.kiosk a, .kiosk button')
    .evaluateAll((els) =>
      els.map((el) => ({ name: el.textContent?.trim() ?? '', height: el.getBoundingClientRect().height })),
    );
  assert.ok(targets.length >= 4, 'language, text size and staff login controls');
  for (const t of targets) assert.ok(t.height >= 56, `"${t.name}" is ${t.height}px tall (< 56)`);
  const textSizes = await p
    .locator('.kiosk p')
    .evaluateAll((els) =>
      els.map((el) => ({ text: el.textContent ?? '', px: parseFloat(getComputedStyle(el).fontSize) })),
    );
  assert.ok(textSizes.length >= 3);
  for (const s of textSizes) assert.ok(s.px >= 20, `"${s.text}" is ${s.px}px (< 20)`);
}
