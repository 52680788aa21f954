/**
 * Demo mode (`npm run serve -- --demo`): a generated fictional village, and "DATA CONTOH" on every
 * face — login, staff pages (screen and print), the waiting-room TV and the kiosk — so nobody
 * mistakes it for a real village's data. The tests share one host and one browser, in file order.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { type DemoLogin, type E2eApp, startApp } from './harness';
import { field, heading } from './page-helpers';

const STEP = { timeout: 120_000 };
const BANNER_TEXT = 'Semua nama dan angka di aplikasi ini rekaan, bukan data warga.';

let app: E2eApp;
let page: Page;
let demo: DemoLogin;

before(async () => {
  app = await startApp({ demo: true });
  app.context.setDefaultTimeout(15_000);
  page = app.page;
  assert.ok(app.demo, 'startApp({ demo: true }) hands back the demo login');
  demo = app.demo;
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

/** The banner: one status region holding the label and the sentence. */
function banner(target: Page): Locator {
  return target.getByRole('status').filter({ hasText: 'DATA CONTOH' });
}

/** Visible, in the page flow above everything else, and not covering anything. */
async function assertBannerOnTop(target: Page): Promise<void> {
  const strip = banner(target);
  await strip.waitFor();
  assert.equal(await strip.count(), 1, 'exactly one DATA CONTOH banner');
  assert.match((await strip.textContent()) ?? '', new RegExp(BANNER_TEXT.replace(/\./g, '\\.')));
  const box = await strip.boundingBox();
  assert.ok(box, 'the banner has a box');
  assert.equal(Math.round(box.y), 0, 'the banner is the first thing on the page');
  assert.ok(box.height >= 24 && box.height <= 120, `a strip, not a wall (height ${box.height})`);
  // In the flow (it pushes the page down), never fixed or absolute over the content.
  const position = await strip.evaluate((el) => getComputedStyle(el).position);
  assert.ok(position === 'static' || position === 'relative', `banner is in the page flow (${position})`);
}

test('the host hands back the four demo accounts and their password', STEP, async () => {
  assert.deepEqual(
    demo.accounts.map((a) => a.username),
    ['demo.admin', 'demo.petugas', 'demo.pendamping', 'demo.kuwu'],
  );
  assert.equal(demo.usernameFor('admin'), 'demo.admin');
  assert.match(demo.password, /^Contoh-\w{5}-\w{5}-\w{5}$/);
});

test('login page: the banner above the form, announced as a status, axe clean', STEP, async () => {
  await page.goto(`${app.baseUrl}/#/masuk`);
  await heading(page, 'Masuk Petugas').waitFor();
  await assertBannerOnTop(page);
  const status = banner(page);
  assert.equal(await status.getAttribute('role'), 'status');
  // High contrast: near-black text on yellow.
  const colours = await status.evaluate((el) => {
    const style = getComputedStyle(el);
    return { color: style.color, background: style.backgroundColor };
  });
  assert.deepEqual(colours, { color: 'rgb(31, 26, 0)', background: 'rgb(255, 224, 102)' });
  await app.screenshot(page, 'demo-01-login');
  await app.axeCheck(page, 'demo-01-login');
});

test('the English interface says SAMPLE DATA', STEP, async () => {
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('status').filter({ hasText: 'SAMPLE DATA' }).waitFor();
  await page.getByText('Every name and number in this app is made up').waitFor();
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await banner(page).waitFor();
});

test('staff home after logging in as the demo admin: banner on screen and in print', STEP, async () => {
  await field(page, 'Nama pengguna').fill(demo.usernameFor('admin'));
  await field(page, 'Kata sandi').fill(demo.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await heading(page, 'Selamat datang, Admin Contoh').waitFor();
  await assertBannerOnTop(page);
  // The header is below the banner, not under it.
  const bannerBox = await banner(page).boundingBox();
  const headerBox = await page.locator('.staff-header').boundingBox();
  assert.ok(bannerBox && headerBox && headerBox.y >= bannerBox.y + bannerBox.height - 1, 'header starts below');
  await app.screenshot(page, 'demo-02-staff-home');
  await app.axeCheck(page, 'demo-02-staff-home');

  // Another staff page keeps it (the shell holds it for every page).
  const menu = page.getByRole('navigation', { name: 'Menu petugas' }).getByRole('link');
  assert.ok((await menu.count()) > 1, 'the admin menu has more than the home page');
  await menu.nth(1).click();
  await page.waitForURL((url) => url.hash !== '#/staf');
  await assertBannerOnTop(page);

  // A printed demo page says DATA CONTOH at the top, and names the page for the print margin.
  await page.goto(`${app.baseUrl}/#/staf`);
  await heading(page, 'Selamat datang, Admin Contoh').waitFor();
  await page.emulateMedia({ media: 'print' });
  try {
    await banner(page).waitFor();
    assert.ok(await banner(page).isVisible(), 'the banner prints');
    const printed = await page.evaluate(() => ({
      marked: document.documentElement.dataset.demo,
      pageName: getComputedStyle(document.body).getPropertyValue('page'),
    }));
    assert.deepEqual(printed, { marked: 'true', pageName: 'balai-demo' });
    await app.screenshot(page, 'demo-03-staff-home-print');
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});

test('queue TV screen: the large banner on top', STEP, async () => {
  const tv = await app.context.newPage();
  try {
    await tv.goto(`${app.baseUrl}/#/layar-antrian`);
    await tv.getByRole('heading', { name: 'Nomor dipanggil' }).waitFor();
    await assertBannerOnTop(tv);
    assert.ok(
      await banner(tv).evaluate((el) => el.classList.contains('demo-banner-tv')),
      'the TV uses the large variant',
    );
    await app.screenshot(tv, 'demo-04-queue-display');
    await app.axeCheck(tv, 'demo-04-queue-display');
  } finally {
    await tv.close();
  }
});

test('kiosk home: its own DATA CONTOH mark', STEP, async () => {
  const kiosk = await app.context.newPage();
  try {
    await kiosk.goto(`${app.baseUrl}/#/`);
    await kiosk.getByRole('heading', { level: 1 }).filter({ hasText: 'Contoh' }).waitFor();
    await kiosk.getByText('DATA CONTOH', { exact: false }).first().waitFor();
    await app.screenshot(kiosk, 'demo-05-kiosk-home');
  } finally {
    await kiosk.close();
  }
});
