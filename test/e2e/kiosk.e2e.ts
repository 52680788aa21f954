/**
 * Kios Informasi Migrasi as a visitor meets it (issue 3): the home tiles and search, articles with
 * "Dengarkan", the calo self-check, the document checklist and its printouts, Cek P3MI on an empty
 * and on a filled registry, contacts, destinations, a queue ticket, "Selesai", and the idle reset
 * that forgets the visitor (also for the Back button). Every screen is photographed at 1366×768
 * and 1280×800 (home also at 1920×1080) and checked with axe.
 *
 * Stand-ins, and only these: the OS speech engine (a fake speechSynthesis with the voices we
 * choose), the print dialog (window.print records the paper mode), and the clock of the idle test
 * (Playwright's clock). Everything else is real: the Node host, SQLite, the built renderer.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type E2eApp, REPO_ROOT, startApp, type Viewport } from './harness';
import { heading, KEEP_NAMES_SHIM } from './page-helpers';

const SETUP = {
  village: { name: 'Kenanga', regionCode: '32.12.16.2004', address: 'Jl. Raya Kenanga No. 1, Sindang' },
  admin: { username: 'sekdes', displayName: 'Ibu Sekdes', password: 'Sungai-Cimanuk-77' },
};
const HOME_TITLE = 'Balai Migran · Desa Kenanga';
const OFFICE: Viewport = { width: 1366, height: 768 };
const TABLET: Viewport = { width: 1280, height: 800 };
const FULL_HD: Viewport = { width: 1920, height: 1080 };
const STEP = { timeout: 180_000 };

const TILES: readonly { name: string; title: string }[] = [
  { name: 'Syarat & Dokumen', title: 'Syarat & Dokumen' },
  { name: 'Langkah Resmi', title: 'Langkah Resmi' },
  { name: 'Jalur Penempatan', title: 'Jalur Penempatan' },
  { name: 'Cek P3MI & Lowongan', title: 'Cek P3MI & Lowongan' },
  { name: 'Biaya', title: 'Biaya' },
  { name: 'Waspada Calo & TPPO', title: 'Waspada Calo & TPPO' },
  { name: 'Negara Tujuan', title: 'Negara Tujuan' },
  { name: 'Kontak & Pengaduan', title: 'Kontak & Pengaduan' },
  { name: 'Keluarga & Anak PMI', title: 'Keluarga & Anak PMI' },
  { name: 'Ambil Nomor Antrian', title: 'Ambil Nomor Antrian' },
];

interface FakeSpeech {
  spoken: { text: string; lang: string; voice: string | null }[];
  cancels: number;
  addVoice(lang: string, name: string): void;
}

declare global {
  interface Window {
    __speech?: FakeSpeech;
    __prints?: string[];
  }
}

/**
 * Stand-in for the operating system's speech engine: the voices given (loaded asynchronously,
 * as real browsers do), and a record of what was spoken. Runs before the page's own scripts.
 */
function fakeSpeech(initialVoices: { lang: string; name: string }[]) {
  const voices: { lang: string; name: string; voiceURI: string; localService: boolean; default: boolean }[] = [];
  const listeners = new Set<(event: Event) => void>();
  const record: FakeSpeech = {
    spoken: [],
    cancels: 0,
    addVoice(lang, name) {
      voices.push({ lang, name, voiceURI: name, localService: true, default: false });
      for (const listener of listeners) listener(new Event('voiceschanged'));
    },
  };
  const synth = {
    speaking: false,
    pending: false,
    paused: false,
    onvoiceschanged: null,
    getVoices: () => voices.slice(),
    speak(utterance: { text: string; lang: string; voice: { name: string } | null }) {
      record.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
    },
    cancel() {
      record.cancels++;
    },
    pause() {},
    resume() {},
    addEventListener(type: string, listener: (event: Event) => void) {
      if (type === 'voiceschanged') listeners.add(listener);
    },
    removeEventListener(_type: string, listener: (event: Event) => void) {
      listeners.delete(listener);
    },
  };
  class FakeUtterance {
    text: string;
    lang = '';
    voice: unknown = null;
    rate = 1;
    onend: unknown = null;
    onerror: unknown = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  window.__speech = record;
  // Real engines announce their voices a moment after the page starts.
  setTimeout(() => {
    for (const v of initialVoices) record.addVoice(v.lang, v.name);
  }, 50);
}

/** Stand-in for the print dialog: records the paper mode the page set before printing. */
function fakePrint() {
  window.__prints = [];
  window.print = () => {
    window.__prints?.push(document.documentElement.dataset.print ?? '(none)');
  };
}

let app: E2eApp;
let page: Page;

before(async () => {
  app = await startApp();
  app.context.setDefaultTimeout(15_000);
  page = app.page;
  const setup = await page.request.post(`${app.baseUrl}/rpc/setup.complete`, { data: SETUP });
  assert.equal(setup.status(), 200, await setup.text());
  await page.addInitScript(KEEP_NAMES_SHIM);
  // The page is already open (about:blank); the shim must also exist for evaluate() right away.
  await page.evaluate(KEEP_NAMES_SHIM.content);
  await page.addInitScript(fakeSpeech, [
    { lang: 'id-ID', name: 'Suara Indonesia (uji)' },
    { lang: 'en-GB', name: 'English voice (test)' },
  ]);
  await page.addInitScript(fakePrint);
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

test('home: the village name, the question, a search box and ten topic tiles', STEP, async () => {
  await page.goto(`${app.baseUrl}/#/`);
  await heading(page, HOME_TITLE).waitFor();
  assert.equal(await page.title(), 'Kios Informasi — Balai Migran');
  await page.getByText('Ingin bekerja di luar negeri dengan aman dan resmi?').waitFor();
  await page.getByRole('textbox', { name: 'Cari informasi' }).waitFor();
  const topics = page.getByRole('navigation', { name: 'Pilih topik' }).getByRole('link');
  assert.deepEqual(
    (await topics.allInnerTexts()).map((t) => t.trim()),
    TILES.map((t) => t.name),
  );
  for (const name of ['Bahasa Indonesia', 'English', 'Huruf besar', 'Selesai']) {
    await page.getByRole('button', { name, exact: true }).waitFor();
  }
  await checkScreen(page, 'home');
  await page.setViewportSize(FULL_HD);
  await assertKioskLayout(page, 'home-1920x1080');
  await app.screenshot(page, 'kiosk-home-1920x1080');
  await page.setViewportSize(OFFICE);
  // The kiosk keeps nothing in the browser: no cookie, no storage.
  assert.equal(await page.evaluate(() => document.cookie), '');
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
});

test('every tile leads to a real screen with its name and a way back', STEP, async () => {
  for (const tile of TILES) {
    await page.getByRole('link', { name: tile.name, exact: true }).click();
    await heading(page, tile.title).waitFor();
    await page.getByRole('button', { name: 'Selesai', exact: true }).waitFor();
    // A category screen lists its articles; the tool screens show their own content.
    await page.locator('.kiosk-status[role="status"]').waitFor({ state: 'detached' });
    assert.equal(await page.locator('.kiosk-status-failed').count(), 0, `${tile.name} loads`);
    await page.getByRole('button', { name: 'Kembali', exact: true }).click();
    await heading(page, HOME_TITLE).waitFor();
  }
  // "Kembali" stepped back through history, so the kiosk's entries did not pile up.
  assert.match(page.url(), /#\/$/);
});

test('search: results appear while typing, with the matched words marked', STEP, async () => {
  const box = page.getByRole('textbox', { name: 'Cari informasi' });
  await box.pressSequentially('calo', { delay: 40 });
  const results = page.getByRole('region', { name: 'Hasil pencarian' });
  await results
    .getByRole('status')
    .filter({ hasText: /Ditemukan \d+ informasi untuk “calo”/ })
    .waitFor();
  const first = results.getByRole('link').first();
  assert.match((await first.textContent()) ?? '', /Waspada Calo! Ciri-Ciri Perekrutan Ilegal/);
  const marks = await results.locator('mark').allInnerTexts();
  assert.ok(marks.length > 0, 'hits are marked');
  assert.ok(
    marks.some((m) => /calo/i.test(m)),
    `a marked word is "calo": ${marks.join(', ')}`,
  );
  // Snippets are text in elements: a <mark> holds only text, never markup from the index.
  assert.equal(await results.locator('mark *').count(), 0);
  // The topics give way to the results (one idea per screen).
  assert.equal(await page.getByRole('navigation', { name: 'Pilih topik' }).count(), 0);
  await checkScreen(page, 'search');

  await box.fill('zzqxv');
  await results.getByRole('status').filter({ hasText: 'Belum ada informasi untuk “zzqxv”' }).waitFor();
  await page.getByRole('navigation', { name: 'Pilih topik' }).waitFor();
  await checkScreen(page, 'search-nothing-found');

  await page.getByRole('button', { name: 'Hapus' }).click();
  assert.equal(await box.inputValue(), '');
  await box.fill('calo');
  await first.waitFor();
});

test('an article: caution, body, legal basis, sources, checked date, and "Dengarkan"', STEP, async () => {
  await page
    .getByRole('link', { name: /Waspada Calo! Ciri-Ciri Perekrutan Ilegal/ })
    .first()
    .click();
  await heading(page, 'Waspada Calo! Ciri-Ciri Perekrutan Ilegal').waitFor();
  const main = page.getByRole('main');
  await main.getByText('Perhatian', { exact: true }).waitFor();
  await main
    .getByText(/segera hubungi polisi di 110/)
    .first()
    .waitFor();
  await heading(page, 'Ciri-ciri perekrutan ilegal', 2).waitFor();
  assert.ok((await main.locator('.kiosk-article-body li').count()) >= 10, 'the bullet list is rendered');
  assert.equal(await main.locator('.kiosk-article-body strong').first().textContent(), 'dilarang');
  await heading(page, 'Dasar hukum', 2).waitFor();
  await heading(page, 'Sumber', 2).waitFor();
  await main.getByText('Diperiksa: 29 November 2026').waitFor();
  assert.equal(await page.title(), 'Waspada Calo! Ciri-Ciri Perekrutan Ilegal — Kios Informasi — Balai Migran');

  const listen = page.getByRole('button', { name: 'Dengarkan' });
  await listen.waitFor();
  await checkScreen(page, 'article');
  await listen.click();
  await page.getByRole('button', { name: 'Berhenti' }).waitFor();
  const spoken = await page.evaluate(() => window.__speech?.spoken ?? []);
  assert.equal(spoken[0].text, 'Waspada Calo! Ciri-Ciri Perekrutan Ilegal');
  assert.ok(spoken.length > 10, 'the whole article is queued, in short pieces');
  assert.ok(spoken.every((s) => s.lang === 'id-ID' && s.voice === 'Suara Indonesia (uji)' && s.text.length <= 200));
  assert.ok(spoken.some((s) => s.text.includes('Calo atau sponsor perorangan dilarang menempatkan PMI')));
  const cancelsBefore = await page.evaluate(() => window.__speech?.cancels ?? 0);
  await page.getByRole('button', { name: 'Berhenti' }).click();
  await listen.waitFor();
  assert.ok((await page.evaluate(() => window.__speech?.cancels ?? 0)) > cancelsBefore, 'Stop silences the voice');

  // "Kembali" returns to the search results, search text and all.
  await page.getByRole('button', { name: 'Kembali', exact: true }).click();
  await heading(page, HOME_TITLE).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Cari informasi' }).inputValue(), 'calo');
  await page.getByRole('region', { name: 'Hasil pencarian' }).getByRole('link').first().waitFor();
});

test(
  'English: translated articles in English with an English voice; the rest says it is Indonesian only',
  STEP,
  async () => {
    await page
      .getByRole('link', { name: /Waspada Calo! Ciri-Ciri Perekrutan Ilegal/ })
      .first()
      .click();
    await heading(page, 'Waspada Calo! Ciri-Ciri Perekrutan Ilegal').waitFor();
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await heading(page, 'Beware of Brokers! Signs of Illegal Recruitment').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.getByText('Checked: 29 November 2026').waitFor();
    await page.getByRole('button', { name: 'Listen' }).click();
    const spoken = await page.evaluate(() => window.__speech?.spoken.at(-1));
    assert.equal(spoken?.lang, 'en-GB');
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await checkScreen(page, 'article-english');

    // Costs exist only in Indonesian: the visitor is told, and it is read with the Indonesian voice.
    await page.goto(`${app.baseUrl}/#/kios/artikel/biaya-penempatan`);
    await heading(page, 'Biaya Penempatan: Yang Perlu Anda Tahu Sebelum Membayar').waitFor();
    await page.getByText('This information is only available in Bahasa Indonesia.').waitFor();
    await page.getByRole('button', { name: 'Listen' }).click();
    assert.equal((await page.evaluate(() => window.__speech?.spoken.at(-1)))?.lang, 'id-ID');
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await checkScreen(page, 'article-indonesian-only');
    await page.getByRole('button', { name: 'Bahasa Indonesia', exact: true }).click();
    await page.getByText('This information is only available in Bahasa Indonesia.').waitFor({ state: 'detached' });
  },
);

test('an article under review says so plainly', STEP, async () => {
  await page.goto(`${app.baseUrl}/#/kios/info/keluarga`);
  await heading(page, 'Keluarga & Anak PMI').waitFor();
  await checkScreen(page, 'category');
  await page.getByRole('link', { name: /Rumah Edukasi Anak PMI/ }).click();
  await heading(page, 'Rumah Edukasi Anak PMI: Kegiatan dan Cara Mendaftar').waitFor();
  await page.getByText('Sedang ditinjau ulang — tanyakan petugas').waitFor();
  await checkScreen(page, 'article-under-review');
});

test('without a voice for the language the listen button is hidden, and it appears when one loads', STEP, async () => {
  const { context } = await app.watch(OFFICE);
  await context.addInitScript(KEEP_NAMES_SHIM);
  const quiet = await context.newPage();
  await quiet.addInitScript(fakeSpeech, [{ lang: 'en-US', name: 'English only' }]);
  await quiet.goto(`${app.baseUrl}/#/kios/artikel/waspada-calo`);
  await heading(quiet, 'Waspada Calo! Ciri-Ciri Perekrutan Ilegal').waitFor();
  await quiet.waitForFunction(() => (window.__speech?.spoken ? window.speechSynthesis.getVoices().length : 0) > 0);
  assert.equal(await quiet.getByRole('button', { name: 'Dengarkan' }).count(), 0, 'no Indonesian voice: no button');
  await quiet.evaluate(() => window.__speech?.addVoice('id-ID', 'Terpasang kemudian'));
  await quiet.getByRole('button', { name: 'Dengarkan' }).waitFor();
  await context.close();
});

test('calo self-check: one question per screen, back, and a result that names each red flag', STEP, async () => {
  await newVisitor(page);
  await page.getByRole('link', { name: 'Waspada Calo & TPPO', exact: true }).click();
  await page.getByRole('link', { name: /Cek tawaran kerja: aman atau tidak\?/ }).click();
  await heading(page, 'Apakah tawaran kerja ini aman?').waitFor();
  await page.getByText('Ada 14 pertanyaan.', { exact: false }).waitFor();
  await checkScreen(page, 'calo-start');
  await page.getByRole('button', { name: 'Mulai' }).click();

  // Yes is the red flag for questions 1–10 and 14, No for 11–13 (resources/content/calo-check.json).
  const answers = ['Ya', 'Tidak', 'Tidak', 'Tidak', 'Tidak', 'Tidak', 'Tidak', 'Tidak', 'Tidak', 'Tidak', 'Ya', 'Ya'];
  const answersGroup = page.getByRole('group', { name: 'Jawaban Anda' });
  for (const [i, answer] of answers.entries()) {
    await page.getByText(`Pertanyaan ${i + 1} dari 14`).waitFor();
    if (i === 0) await checkScreen(page, 'calo-question');
    await answersGroup.getByRole('button', { name: answer, exact: true }).click();
  }
  // Back to question 12: its answer is remembered; then forward again.
  await page.getByText('Pertanyaan 13 dari 14').waitFor();
  await page.getByRole('button', { name: 'Kembali', exact: true }).click();
  await page.getByText('Pertanyaan 12 dari 14').waitFor();
  assert.equal(
    await answersGroup.getByRole('button', { name: 'Ya', exact: true }).getAttribute('aria-pressed'),
    'true',
  );
  await answersGroup.getByRole('button', { name: 'Ya', exact: true }).click();
  await page.getByText('Pertanyaan 13 dari 14').waitFor();
  await answersGroup.getByRole('button', { name: 'Tidak tahu', exact: true }).click();
  await page.getByText('Pertanyaan 14 dari 14').waitFor();
  await answersGroup.getByRole('button', { name: 'Tidak', exact: true }).click();

  const main = page.getByRole('main');
  await main.getByText('Ada 1 tanda bahaya').waitFor();
  await heading(page, 'Tanda bahaya yang ditemukan', 2).waitFor();
  await main.getByText('Perekrut perorangan', { exact: true }).waitFor();
  await main.getByText(/Orang perorangan dilarang menempatkan PMI/).waitFor();
  await heading(page, 'Tanyakan ini kepada petugas', 2).waitFor();
  await main.getByText(/Apakah negara, kota, nama pemberi kerja/).waitFor();
  await heading(page, 'Yang sebaiknya Anda lakukan', 2).waitFor();
  await main.getByText(/Pemeriksaan ini tidak pernah bisa membuktikan sebuah tawaran aman/).waitFor();
  assert.equal(await main.getByText(/tawaran ini aman\b/i).count(), 0, 'never says the offer is safe');
  await checkScreen(page, 'calo-result');
  await page.getByRole('button', { name: 'Cetak A4' }).click();
  assert.deepEqual(await takePrints(page), ['a4']);
});

test('document checklist: scheme, marital status, ticks, an offline QR code, and printouts', STEP, async () => {
  await newVisitor(page);
  await page.getByRole('link', { name: 'Syarat & Dokumen', exact: true }).click();
  await page.getByRole('link', { name: /Buat daftar dokumen saya/ }).click();
  await heading(page, 'Daftar Dokumen Saya').waitFor();
  await heading(page, 'Lewat jalur apa Anda akan berangkat?', 2).waitFor();
  await checkScreen(page, 'checklist-scheme');
  await page.getByRole('button', { name: /Lewat perusahaan \(P to P\)/ }).click();
  await heading(page, 'Apa status perkawinan Anda?', 2).waitFor();
  await checkScreen(page, 'checklist-marital');
  await page.getByRole('button', { name: 'Menikah', exact: true }).click();

  await page.getByText('Jalur: P to P (lewat P3MI) · Status: Menikah').waitFor();
  const ktp = page.getByRole('checkbox', { name: /KTP-el/ });
  await ktp.waitFor();
  await page.getByRole('checkbox', { name: /Fotokopi buku nikah/ }).waitFor();
  // A note that applies to many documents is said once, above the list.
  assert.equal(await page.getByText('Daftar dokumen pendaftaran bisa berbeda di tiap kantor Disnaker.').count(), 1);
  assert.equal(await ktp.isChecked(), false);
  await page.getByText('KTP-el (asli dan fotokopi)').click();
  assert.equal(await ktp.isChecked(), true, 'the whole row ticks the box');
  const qr = page.getByRole('img', { name: 'Kode QR berisi daftar dokumen ini' });
  await qr.waitFor();
  const qrPath = (await qr.locator('path').getAttribute('d')) ?? '';
  assert.ok(qrPath.length > 1000, 'the QR code is drawn');
  const box = await qr.boundingBox();
  assert.ok(box && box.width >= 240, `the QR code is large enough to scan (${box?.width}px)`);
  await checkScreen(page, 'checklist');

  // Each print button sets its paper, then opens the (stubbed) print dialog.
  const pdfWidths: Record<string, number> = {};
  for (const [button, mode] of [
    ['Cetak struk 58 mm', 'receipt-58'],
    ['Cetak struk 80 mm', 'receipt-80'],
    ['Cetak A4', 'a4'],
  ] as const) {
    await page.getByRole('button', { name: button }).click();
    assert.deepEqual(await takePrints(page), [mode]);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.kiosk-header').isVisible(), false, 'no screen header on paper');
    assert.equal(await page.getByRole('button', { name: button }).isVisible(), false, 'no buttons on paper');
    await page.getByText('Balai Migran · Desa Kenanga', { exact: true }).last().waitFor();
    await app.screenshot(page, `kiosk-checklist-print-${mode}`);
    pdfWidths[mode] = await pdfPageWidthMm(page);
    await page.emulateMedia({ media: 'screen' });
  }
  // The @page rules in print.css give each paper its size (1 mm tolerance for PDF rounding).
  assert.ok(Math.abs(pdfWidths['receipt-58'] - 58) < 1, `58 mm receipt: ${pdfWidths['receipt-58']} mm`);
  assert.ok(Math.abs(pdfWidths['receipt-80'] - 80) < 1, `80 mm receipt: ${pdfWidths['receipt-80']} mm`);
  assert.ok(Math.abs(pdfWidths.a4 - 210) < 1, `A4: ${pdfWidths.a4} mm`);
  // On a receipt the QR code goes under the list; on A4 it stands beside it.
  const qrBelowList = async () => {
    const list = await page.locator('.kiosk-checklist-items').boundingBox();
    const code = await qr.boundingBox();
    return Boolean(list && code && code.y >= list.y + list.height);
  };
  await page.emulateMedia({ media: 'print' });
  assert.equal(await qrBelowList(), false, 'A4: beside the list');
  // The buttons are not on paper; click the hidden one the way its own handler would run.
  await page.locator('button', { hasText: 'Cetak struk 58 mm' }).evaluate((el: HTMLElement) => el.click());
  assert.equal(await qrBelowList(), true, '58 mm: under the list');
  await page.emulateMedia({ media: 'screen' });
  await takePrints(page);
});

test('Cek P3MI on an empty registry says so honestly and points to the job check', STEP, async () => {
  await newVisitor(page);
  await page.getByRole('link', { name: 'Cek P3MI & Lowongan', exact: true }).click();
  await heading(page, 'Cek P3MI & Lowongan').waitFor();
  const main = page.getByRole('main');
  await main.getByText('Belum bisa dicek di sini').waitFor();
  await main.getByText('Data P3MI belum diisi di komputer ini.', { exact: false }).waitFor();
  await page.getByRole('textbox', { name: 'Nama perusahaan atau nomor izin' }).fill('PT Maju Jaya');
  await main.getByText('Data P3MI belum diisi di komputer ini.', { exact: false }).waitFor();
  assert.equal(await main.locator('.kiosk-agency').count(), 0);
  await heading(page, 'Periksa juga lowongannya', 2).waitFor();
  await main.getByRole('link', { name: /Dapat Tawaran Kerja\? Cek Dulu Sebelum Bilang Ya/ }).waitFor();
  await checkScreen(page, 'p3mi-empty');
});

test('Cek P3MI with an imported registry: status as colour and word, dates, never an endorsement', STEP, async () => {
  const login = await page.request.post(`${app.baseUrl}/rpc/auth.login`, {
    data: { username: SETUP.admin.username, password: SETUP.admin.password },
  });
  const { value } = (await login.json()) as { value: { token: string } };
  const csv = readFileSync(path.join(REPO_ROOT, 'test/fixtures/kiosk/agencies-example.csv'), 'utf8');
  const imported = await page.request.post(`${app.baseUrl}/rpc/agencies.import`, {
    headers: { Authorization: `Bearer ${value.token}` },
    data: { csv, dataAsOf: '2026-11-01', source: 'Contoh fiktif untuk uji', mode: 'valid_rows' },
  });
  assert.equal(imported.status(), 200, await imported.text());
  await page.request.post(`${app.baseUrl}/rpc/auth.logout`, { headers: { Authorization: `Bearer ${value.token}` } });

  await page.goto(`${app.baseUrl}/#/kios/cek-p3mi`);
  await heading(page, 'Cek P3MI & Lowongan').waitFor();
  await page.getByRole('textbox', { name: 'Nama perusahaan atau nomor izin' }).fill('contoh');
  const cards = page.locator('.kiosk-agency');
  await cards.first().waitFor();
  const active = cards.filter({ hasText: 'PT Contoh Fiktif Sejahtera' });
  await active.getByText('Aktif', { exact: true }).waitFor();
  await active.getByText('31 Desember 2099').waitFor();
  await active.getByText(/Data per 1 November 2026/).waitFor();
  await cards.filter({ hasText: 'PT Contoh Fiktif Abadi' }).getByText('Kedaluwarsa', { exact: true }).waitFor();
  await page.getByText(/bukan rekomendasi/).waitFor();
  await page.getByRole('textbox', { name: 'Nama perusahaan atau nomor izin' }).fill('CONTOH-002');
  await cards.filter({ hasText: 'Dibekukan' }).first().waitFor();
  await page.getByRole('textbox', { name: 'Nama perusahaan atau nomor izin' }).fill('Ilustrasi Makmur');
  await cards.filter({ hasText: 'P.T. Ilustrasi Makmur Khayalan' }).getByText('Dicabut', { exact: true }).waitFor();
  await page.getByRole('textbox', { name: 'Nama perusahaan atau nomor izin' }).fill('contoh');
  await active.waitFor();
  await checkScreen(page, 'p3mi-results');
});

test('Kontak & Pengaduan: big numbers with source and checked date, no dialling links', STEP, async () => {
  await newVisitor(page);
  await page.getByRole('link', { name: 'Kontak & Pengaduan', exact: true }).click();
  await heading(page, 'Kontak & Pengaduan').waitFor();
  const card = page.locator('.kiosk-hotline').filter({ hasText: 'Call center KP2MI (Kementerian' });
  const number = card.getByText('0800-1000', { exact: true });
  await number.waitFor();
  const size = await number.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  assert.ok(size >= 36, `the number is in large digits (${size}px)`);
  await card.getByText(/^Sumber: /).waitFor();
  await card.getByText('Diperiksa: 29 November 2026').waitFor();
  assert.equal(await page.locator('a[href^="tel:"]').count(), 0);
  await checkScreen(page, 'contacts');
});

test('Negara Tujuan: the list, and a destination that says what is closed and what is unsure', STEP, async () => {
  await newVisitor(page);
  await page.getByRole('link', { name: 'Negara Tujuan', exact: true }).click();
  await heading(page, 'Negara Tujuan').waitFor();
  const saudi = page.getByRole('link', { name: /Arab Saudi/ });
  await saudi.getByText('Ada penghentian penempatan').waitFor();
  await checkScreen(page, 'destinations');
  await saudi.click();
  await heading(page, 'Arab Saudi').waitFor();
  await page.getByText('Informasi ini belum pasti — tanyakan petugas').waitFor();
  await page.getByText('Penempatan dihentikan sementara (moratorium)').waitFor();
  await page
    .getByText(/Kepmenaker No\. 260 Tahun 2015/)
    .first()
    .waitFor();
  await heading(page, 'Tanya ke mana', 2).waitFor();
  await page.getByText('Diperiksa: 29 November 2026').waitFor();
  await checkScreen(page, 'destination');
  await page.getByRole('button', { name: 'Kembali', exact: true }).click();
  await page.getByRole('link', { name: /Korea Selatan/ }).click();
  await heading(page, 'Korea Selatan').waitFor();
  await page.getByText('Program pemerintah (G to G)').waitFor();
  assert.equal(await page.getByText('Informasi ini belum pasti — tanyakan petugas').count(), 0);
});

test('queue ticket: choose the service, get A-001 without giving a name, print a receipt', STEP, async () => {
  await newVisitor(page);
  await page.getByRole('link', { name: 'Ambil Nomor Antrian', exact: true }).click();
  await heading(page, 'Ambil Nomor Antrian').waitFor();
  await page.getByText('Kami tidak menanyakan nama Anda.', { exact: false }).waitFor();
  await checkScreen(page, 'queue');
  assert.equal(await page.locator('main input, main textarea').count(), 0, 'nothing to type: no name is asked');
  await page.getByRole('button', { name: /Konsultasi kerja ke luar negeri/ }).click();
  await heading(page, 'Nomor Antrian Anda').waitFor();
  await page.getByText('Nomor Anda', { exact: true }).waitFor();
  await page.getByText('A-001', { exact: true }).waitFor();
  await page.getByText('Tidak ada yang menunggu sebelum Anda.').waitFor();
  await checkScreen(page, 'queue-ticket');
  await page.getByRole('button', { name: 'Cetak struk 80 mm' }).click();
  assert.deepEqual(await takePrints(page), ['receipt-80']);
  await page.emulateMedia({ media: 'print' });
  await app.screenshot(page, 'kiosk-queue-ticket-print-receipt-80');
  const ticketPdf = await pdfPages(page);
  assert.ok(Math.abs(ticketPdf.widthMm - 80) < 1, `80 mm wide (${ticketPdf.widthMm})`);
  assert.ok(ticketPdf.heightMm <= 100, `a short ticket, not a page of blank paper (${ticketPdf.heightMm} mm)`);
  assert.equal(ticketPdf.count, 1, 'the whole ticket on one piece');
  await page.emulateMedia({ media: 'screen' });
});

test('larger text and English keep every screen usable', STEP, async () => {
  await newVisitor(page);
  await page.getByRole('button', { name: 'Huruf besar' }).click();
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '20px');
  await checkScreen(page, 'home-large-text');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('link', { name: 'Take a Queue Number', exact: true }).waitFor();
  await checkScreen(page, 'home-english');
});

test('"Selesai" forgets everything: search text, language, larger text, answers, place', STEP, async () => {
  // Still English and large text from the step before.
  await page.getByRole('textbox', { name: 'Search for information' }).fill('paspor');
  await page.getByRole('region', { name: 'Search results' }).getByRole('link').first().click();
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await heading(page, HOME_TITLE).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'id');
  assert.equal(await page.getByRole('textbox', { name: 'Cari informasi' }).inputValue(), '');
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '16px');
  assert.equal(await page.getByRole('button', { name: 'Huruf besar' }).getAttribute('aria-pressed'), 'false');
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  // The self-check and the checklist start again from the beginning.
  await page.goto(`${app.baseUrl}/#/kios/cek-tawaran`);
  await page.getByRole('button', { name: 'Mulai' }).waitFor();
  await page.goto(`${app.baseUrl}/#/kios/daftar-dokumen`);
  await heading(page, 'Lewat jalur apa Anda akan berangkat?', 2).waitFor();
});

test(
  'idle: "Apakah Anda masih di sini?" counts down, then the kiosk forgets the visitor, even for Back',
  STEP,
  async () => {
    // The idle time is 90 s (the default setting); Playwright's clock runs it in no real time.
    const { context } = await app.watch(OFFICE);
    await context.addInitScript(KEEP_NAMES_SHIM);
    await context.clock.install();
    const kiosk = await context.newPage();
    // A first visitor, while time still runs by itself: it also loads the screens' code, since
    // React reveals a freshly loaded screen on a timer the paused clock would hold back.
    await kiosk.goto(`${app.baseUrl}/#/kios/info/waspada`);
    await kiosk.getByRole('link', { name: /Kenali Tindak Pidana Perdagangan Orang/ }).click();
    await heading(kiosk, 'Kenali Tindak Pidana Perdagangan Orang (TPPO)').waitFor();
    await kiosk.getByRole('button', { name: 'Selesai', exact: true }).click();
    await heading(kiosk, HOME_TITLE).waitFor();
    // From here on, time moves only when the test says so.
    await kiosk.clock.pauseAt(Date.now() + 1_000);
    // An untouched kiosk has nothing to forget: no countdown.
    await kiosk.clock.runFor(95_000);
    assert.equal(await kiosk.locator('dialog[open]').count(), 0);

    // The next visitor searches, then reads a topic and an article.
    await kiosk.getByRole('textbox', { name: 'Cari informasi' }).fill('calo');
    await kiosk.clock.runFor(200); // the search waits for a pause in typing
    await kiosk.getByRole('region', { name: 'Hasil pencarian' }).getByRole('link').first().waitFor();
    await kiosk.goto(`${app.baseUrl}/#/kios/info/waspada`);
    await heading(kiosk, 'Waspada Calo & TPPO').waitFor();
    await kiosk.getByRole('link', { name: /Kenali Tindak Pidana Perdagangan Orang/ }).click();
    await heading(kiosk, 'Kenali Tindak Pidana Perdagangan Orang (TPPO)').waitFor();

    await kiosk.clock.runFor(71_000);
    const dialog = kiosk.getByRole('dialog', { name: 'Apakah Anda masih di sini?' });
    await dialog.waitFor();
    await dialog.getByText('19', { exact: true }).waitFor();
    await checkScreen(kiosk, 'idle-countdown', { axe: false });
    // axe waits on page timers: let time run while it checks (seconds, against 19 on the clock).
    await kiosk.clock.resume();
    await app.axeCheck(kiosk, 'kiosk-idle-countdown');
    await kiosk.clock.pauseAt((await kiosk.evaluate(() => Date.now())) + 100);
    await dialog.waitFor();
    // Focus starts on "Ya" (and a pointer click would wait for animation frames the paused clock holds).
    const stay = dialog.getByRole('button', { name: 'Ya, saya masih di sini' });
    assert.equal(await stay.evaluate((el) => el === document.activeElement), true, 'focus is on "Ya"');
    await stay.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await heading(kiosk, 'Kenali Tindak Pidana Perdagangan Orang (TPPO)').waitFor();

    // Nobody touches the screen again: countdown, then everything is forgotten.
    await kiosk.clock.runFor(75_000);
    await dialog.waitFor();
    await kiosk.clock.runFor(16_000);
    await heading(kiosk, HOME_TITLE).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await kiosk.getByRole('textbox', { name: 'Cari informasi' }).inputValue(), '');
    assert.match(kiosk.url(), /#\/$/);

    // Back (twice) never shows the previous visitor's topic or article again.
    for (let i = 0; i < 2; i++) {
      await kiosk.goBack();
      await kiosk.waitForFunction(() => window.location.hash === '#/' || window.location.hash === '');
      await heading(kiosk, HOME_TITLE).waitFor();
      assert.equal(await heading(kiosk, 'Waspada Calo & TPPO').count(), 0);
      assert.equal(await heading(kiosk, 'Kenali Tindak Pidana Perdagangan Orang (TPPO)').count(), 0);
    }
    await context.close();
  },
);

test('no console errors, uncaught errors or CSP violations on any kiosk screen', () => {
  assert.deepEqual(app.problems(), []);
});

/** The next person at the kiosk: the home screen after "Selesai". */
async function newVisitor(p: Page) {
  await p.goto(`${app.baseUrl}/#/`);
  await p.getByRole('button', { name: /^(Selesai|Finish)$/ }).click();
  await heading(p, HOME_TITLE).waitFor();
  assert.equal(await p.getByRole('textbox', { name: 'Cari informasi' }).inputValue(), '');
}

/** Screenshots at 1366×768 and 1280×800, the kiosk size rules at both, axe once. */
async function checkScreen(p: Page, name: string, options: { axe?: boolean } = {}) {
  await settle(p);
  await assertKioskLayout(p, `${name} 1366x768`);
  await app.screenshot(p, `kiosk-${name}-1366x768`);
  if (options.axe !== false) await app.axeCheck(p, `kiosk-${name}`);
  await p.setViewportSize(TABLET);
  await settle(p);
  await assertKioskLayout(p, `${name} 1280x800`);
  await app.screenshot(p, `kiosk-${name}-1280x800`);
  await p.setViewportSize(OFFICE);
}

/** Waits until no screen is loading (lazy screens, data). */
async function settle(p: Page) {
  await p.locator('.kiosk-status[role="status"]').waitFor({ state: 'detached' });
  await p.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * DESIGN.md: kiosk touch targets ≥ 56 px, body text ≥ 20 px; and nothing wider than the screen.
 * Only what is visible counts (print-only parts, a closed dialog).
 */
async function assertKioskLayout(p: Page, where: string) {
  const report = await p.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const smallTargets = [...document.querySelectorAll('.kiosk a, .kiosk button, .kiosk input, .kiosk label')]
      .filter(visible)
      // A checkbox's target is its whole row (the label); a label beside its field is a caption.
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'checkbox'))
      .filter((el) => !(el instanceof HTMLLabelElement && !el.querySelector('input')))
      .map((el) => ({ name: (el.textContent ?? '').trim().slice(0, 40), h: el.getBoundingClientRect().height }))
      .filter((t) => t.h < 56);
    const smallText: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('.kiosk') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || !visible(parent)) continue;
      const px = Number.parseFloat(getComputedStyle(parent).fontSize);
      if (px < 20) smallText.push(`"${node.textContent.trim().slice(0, 30)}" ${px}px`);
    }
    return {
      smallTargets,
      smallText,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
  assert.deepEqual(report.smallTargets, [], `${where}: touch targets ≥ 56 px`);
  assert.deepEqual(report.smallText, [], `${where}: text ≥ 20 px`);
  assert.equal(report.overflow, 0, `${where}: no horizontal scrolling`);
}

/** The print modes recorded by the stubbed print dialog since the last call. */
async function takePrints(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const prints = window.__prints ?? [];
    window.__prints = [];
    return prints;
  });
}

/** Size (mm) of the first page Chromium prints, honouring the page's @page rules, and the page count. */
async function pdfPages(p: Page): Promise<{ widthMm: number; heightMm: number; count: number }> {
  const pdf = (await p.pdf({ preferCSSPageSize: true })).toString('latin1');
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
  assert.ok(box, 'the PDF has a page size');
  const mm = (points: string) => (Number(points) * 25.4) / 72;
  return { widthMm: mm(box[1]), heightMm: mm(box[2]), count: pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0 };
}

async function pdfPageWidthMm(p: Page): Promise<number> {
  return (await pdfPages(p)).widthMm;
}
