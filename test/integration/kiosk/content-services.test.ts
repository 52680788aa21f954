import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type {
  CaloEvaluation,
  CaloQuestions,
  ChecklistResult,
  Destination,
  DestinationSummary,
} from '../../../electron/shared/kiosk';
import { FIXTURE_RESOURCES, harness, setUpVillage } from './helpers';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
function resourcesCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bm-content-'));
  temps.push(dir);
  cpSync(FIXTURE_RESOURCES, dir, { recursive: true });
  return dir;
}

describe('destinations.list / destinations.get', () => {
  const h = harness();

  it('lists destinations with names in the asked language and a moratorium marker', async () => {
    const id = await h.ok<{ destinations: DestinationSummary[]; contentLang: string }>('destinations.list', {});
    expect(id.contentLang).toBe('id');
    expect(id.destinations).toEqual([
      {
        code: 'TW',
        name: 'Taiwan (uji)',
        schemes: ['P to P'],
        summary: 'Ringkasan uji untuk Taiwan.',
        hasMoratorium: false,
        confidence: 'likely',
        verifiedAt: '2026-01-15',
      },
      expect.objectContaining({ code: 'SA', name: 'Arab Saudi (uji)', hasMoratorium: true, confidence: 'unsure' }),
    ]);
    const en = await h.ok<{ destinations: DestinationSummary[] }>('destinations.list', { lang: 'en' });
    expect(en.destinations.map((d) => d.name)).toEqual(['Taiwan (test)', 'Saudi Arabia (test)']);
  });

  it('gets one destination by code, case-insensitively, with cautions, where to ask and sources', async () => {
    const d = await h.ok<Destination>('destinations.get', { code: 'sa', lang: 'en' });
    expect(d).toEqual({
      code: 'SA',
      name: 'Saudi Arabia (test)',
      schemes: ['P to P'],
      summary: 'Ringkasan uji untuk Arab Saudi.',
      hasMoratorium: true,
      confidence: 'unsure',
      verifiedAt: '2026-01-16',
      cautions: ['Peringatan uji moratorium.'],
      whereToAsk: ['Disnaker (uji).'],
      moratoriumNote: 'Catatan moratorium uji.',
      sources: ['Fixture pengujian'],
      contentLang: 'id',
    });
  });

  it('answers NOT_FOUND for an unknown code and VALIDATION for a malformed one or language', async () => {
    const missing = await h.call('destinations.get', { code: 'XX' });
    expect(missing.ok ? null : missing.error).toEqual({
      code: 'NOT_FOUND',
      message: 'Informasi negara tujuan ini belum tersedia. Tanyakan ke petugas.',
    });
    for (const input of [{ code: '../etc/passwd' }, { code: '' }, { code: 'TW', lang: 'jv' }, {}]) {
      const r = await h.call('destinations.get', input);
      expect(r.ok ? null : r.error.code).toBe('VALIDATION');
    }
  });

  it('reads the file at call time: an edited file is served without a restart', async () => {
    const dir = resourcesCopy();
    const h2 = harness({ resourcesDir: dir });
    const file = path.join(dir, 'content', 'destinations.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    expect((await h2.ok<{ destinations: unknown[] }>('destinations.list', {})).destinations).toHaveLength(2);
    writeFileSync(file, JSON.stringify([data[0]]));
    expect((await h2.ok<{ destinations: unknown[] }>('destinations.list', {})).destinations).toHaveLength(1);
    rmSync(file);
    expect((await h2.ok<{ destinations: unknown[] }>('destinations.list', {})).destinations).toEqual([]);
  });
});

describe('calo.questions / calo.evaluate', () => {
  const h = harness();
  const evaluate = (answers: Record<string, string>, lang?: string) =>
    h.ok<CaloEvaluation>('calo.evaluate', { answers, ...(lang ? { lang } : {}) });

  it('gives the questions without revealing which answer is the red flag', async () => {
    const q = await h.ok<CaloQuestions>('calo.questions', {});
    expect(q).toEqual({
      version: 'uji-1',
      intro: 'Pengantar uji.',
      neverSafeNote: 'Catatan uji: hasil ini tidak pernah menjamin sebuah tawaran.',
      questions: [
        { id: 'bayar-dulu', text: 'Apakah Anda diminta membayar uang di depan?' },
        { id: 'visa-kerja', text: 'Apakah Anda akan berangkat dengan visa kerja?' },
        { id: 'paspor-ditahan', text: 'Apakah paspor Anda akan dipegang perekrut?' },
      ],
      contentLang: 'id',
    });
  });

  it('names each red flag found, in question order, with advice and next steps', async () => {
    const r = await evaluate({ 'paspor-ditahan': 'yes', 'bayar-dulu': 'yes', 'visa-kerja': 'no' });
    expect(r).toEqual({
      flags: [
        { id: 'bayar-dulu', flag: 'Diminta bayar di depan (uji).', advice: 'Jangan bayar (uji).' },
        { id: 'visa-kerja', flag: 'Tidak memakai visa kerja (uji).', advice: 'Minta visa kerja (uji).' },
        { id: 'paspor-ditahan', flag: 'Paspor ditahan (uji).', advice: 'Simpan paspor sendiri (uji).' },
      ],
      unsure: [],
      answered: 3,
      totalQuestions: 3,
      summary:
        'Ditemukan 3 tanda bahaya pada tawaran ini. Jangan membayar apa pun dan jangan menyerahkan dokumen asli sebelum berbicara dengan petugas.',
      nextSteps: ['Langkah uji satu.', 'Langkah uji dua.'],
      neverSafeNote: 'Catatan uji: hasil ini tidak pernah menjamin sebuah tawaran.',
    });
  });

  it('with no flag it says that proves nothing and to check with the officer', async () => {
    const r = await evaluate({ 'bayar-dulu': 'no', 'visa-kerja': 'yes', 'paspor-ditahan': 'no' });
    expect(r.flags).toEqual([]);
    expect(r.summary).toBe(
      'Tidak ditemukan tanda bahaya dari pertanyaan-pertanyaan ini. Itu belum membuktikan apa-apa: tetap periksa ke petugas desa atau Disnaker sebelum membayar atau menandatangani apa pun.',
    );
    const unsure = await evaluate({ 'bayar-dulu': 'unsure', 'visa-kerja': 'yes' });
    expect(unsure.unsure).toEqual([{ id: 'bayar-dulu', text: 'Apakah Anda diminta membayar uang di depan?' }]);
    expect(unsure.answered).toBe(2);
    expect(unsure.summary).toContain('ada 1 hal yang belum Anda ketahui');
    const en = await evaluate({ 'bayar-dulu': 'no' }, 'en');
    expect(en.summary).toBe(
      'No warning sign was found among these questions. That still proves nothing: check with the village officer or Disnaker before you pay or sign anything.',
    );
  });

  it('never calls an offer safe, for any combination of answers', async () => {
    const ids = ['bayar-dulu', 'visa-kerja', 'paspor-ditahan'];
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...ids), fc.constantFrom('yes', 'no', 'unsure')),
        fc.constantFrom('id', 'en'),
        async (answers, lang) => {
          const r = await evaluate(answers, lang);
          expect(r.summary).not.toMatch(/\baman\b|\bsafe\b|terjamin|dijamin|legal|resmi/i);
          expect(r.summary.length).toBeGreaterThan(20);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses unknown question ids and answers, including a "__proto__" key', async () => {
    const cases: unknown[] = [
      { answers: { 'tidak-ada': 'yes' } },
      { answers: JSON.parse('{"__proto__": "yes"}') },
      { answers: { 'bayar-dulu': 'mungkin' } },
      { answers: { 'bayar-dulu': true } },
      { answers: [] },
      { answers: null },
      {},
    ];
    for (const input of cases) {
      const r = await h.call('calo.evaluate', input);
      expect(r.ok ? null : r.error.code, JSON.stringify(input)).toBe('VALIDATION');
    }
    const r = await h.call('calo.evaluate', { answers: { 'tidak-ada': 'yes', 'bayar-dulu': 'yes' } });
    expect(r.ok ? null : r.error.issues).toEqual([{ path: 'answers.tidak-ada', message: 'Pertanyaan tidak dikenal.' }]);
  });
});

describe('checklist.get', () => {
  const h = harness();
  setUpVillage(h.core.db);

  it('filters items by scheme and marital status', async () => {
    const single = await h.ok<ChecklistResult>('checklist.get', { scheme: 'p_to_p', marital: 'single' });
    expect(single.items.map((i) => i.id)).toEqual(['ktp', 'izin-keluarga']);
    const married = await h.ok<ChecklistResult>('checklist.get', { scheme: 'g_to_g', marital: 'married' });
    expect(married).toMatchObject({
      version: 'uji-1',
      scheme: { id: 'g_to_g', label: 'G to G (uji)', note: null },
      marital: { id: 'married', label: 'Menikah (uji)' },
      contentLang: 'id',
    });
    expect(married.items).toEqual([
      { id: 'ktp', text: 'KTP (uji)', note: null },
      { id: 'izin-keluarga', text: 'Surat izin keluarga (uji)', note: 'Diketahui kepala desa (uji).' },
      { id: 'buku-nikah', text: 'Buku nikah (uji)', note: null },
      { id: 'kartu-eps', text: 'Kartu ujian EPS (uji)', note: null },
    ]);
  });

  it('gives a compact QR text with the choice, every item and the village', async () => {
    const r = await h.ok<ChecklistResult>('checklist.get', { scheme: 'p_to_p', marital: 'married' });
    expect(r.qrText).toBe(
      [
        'DAFTAR DOKUMEN CALON PMI',
        'Skema: P to P (uji)',
        'Status: Menikah (uji)',
        '1. KTP (uji)',
        '2. Surat izin keluarga (uji)',
        '3. Buku nikah (uji)',
        'Periksa ke petugas desa sebelum mendaftar. Jangan serahkan dokumen asli ke calo. · Desa Kenanga · vuji-1',
      ].join('\n'),
    );
    const en = await h.ok<ChecklistResult>('checklist.get', { scheme: 'p_to_p', marital: 'married', lang: 'en' });
    expect(en.qrText.split('\n')[0]).toBe('DOCUMENT CHECKLIST FOR PROSPECTIVE MIGRANT WORKERS');
  });

  it('keeps the QR text within 1,000 bytes for a very long checklist', async () => {
    const dir = resourcesCopy();
    const file = path.join(dir, 'content', 'checklists.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.items = Array.from({ length: 40 }, (_, i) => ({
      id: `dok-${i}`,
      text: `Dokumen ke-${i + 1} dengan keterangan yang sangat panjang sekali — ${'é'.repeat(80)}`,
      schemes: [],
      marital: [],
      source: 'uji',
    }));
    writeFileSync(file, JSON.stringify(data));
    const h2 = harness({ resourcesDir: dir });
    const r = await h2.ok<ChecklistResult>('checklist.get', { scheme: 'p_to_p', marital: 'single' });
    expect(r.items).toHaveLength(40);
    expect(Buffer.byteLength(r.qrText, 'utf8')).toBeLessThanOrEqual(1000);
    expect(r.qrText).toMatch(/\+\d+ dokumen lain: lihat daftar lengkap di petugas\./);
  });

  it('refuses an unknown scheme or marital status with a message per field', async () => {
    const r = await h.call('checklist.get', { scheme: 'calo', marital: 'janda_duda' });
    expect(r.ok ? null : r.error).toEqual({
      code: 'VALIDATION',
      message: 'Periksa kembali isian yang ditandai.',
      issues: [
        { path: 'scheme', message: 'Skema penempatan tidak dikenal.' },
        { path: 'marital', message: 'Status perkawinan tidak dikenal.' },
      ],
    });
  });

  it('says plainly when the content is missing', async () => {
    const dir = resourcesCopy();
    rmSync(path.join(dir, 'content', 'checklists.json'));
    rmSync(path.join(dir, 'content', 'calo-check.json'));
    const h2 = harness({ resourcesDir: dir });
    const c = await h2.call('checklist.get', { scheme: 'p_to_p', marital: 'single' });
    expect(c.ok ? null : c.error.code).toBe('NOT_FOUND');
    const q = await h2.call('calo.questions', {});
    expect(q.ok ? null : q.error.message).toBe(
      'Daftar pertanyaan cek tawaran kerja belum tersedia. Tanyakan ke petugas.',
    );
  });
});
