import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AgencySearchResult } from '../../../electron/shared/kiosk';
import { FIXTURE_DIR, type Harness, harness, setUpVillage, staffToken, tableCounts } from './helpers';

const EXAMPLE = readFileSync(path.join(FIXTURE_DIR, 'agencies-example.csv'), 'utf8');

describe('agencies.search on a new install', () => {
  it('says honestly that the registry is empty', async () => {
    const h = harness();
    const r = await h.ok<AgencySearchResult>('agencies.search', { q: 'contoh' });
    expect(r).toEqual({
      results: [],
      registry: { total: 0, dataAsOf: null },
      notice:
        'Data P3MI belum diisi di komputer ini. Periksa langsung di siskop2mi.go.id atau tanyakan ke petugas atau Disnaker.',
    });
  });
});

describe('agencies.search over the example registry', () => {
  let h: Harness;
  const search = (input: Record<string, unknown>) => h.ok<AgencySearchResult>('agencies.search', input);
  const names = (r: AgencySearchResult) => r.results.map((x) => x.licenceNumber);

  beforeAll(async () => {
    h = harness();
    setUpVillage(h.core.db);
    const admin = await staffToken(h, 'admin');
    await h.ok(
      'agencies.import',
      { csv: EXAMPLE, dataAsOf: '2026-03-01', source: 'Daftar uji', mode: 'valid_rows' },
      admin,
    );
  });

  it('finds a company by name regardless of "PT", punctuation, case and accents', async () => {
    for (const q of [
      'contoh fiktif sejahtera',
      'PT. CONTOH FIKTIF SEJAHTERA',
      'P.T. Contoh-Fiktif  Sejahtera',
      'cóntoh fíktif sejahtera',
    ]) {
      expect(names(await search({ q })), q).toEqual(['CONTOH-001']);
    }
  });

  it('requires every word, and ranks whole-name and prefix matches first', async () => {
    expect(names(await search({ q: 'fiktif' }))).toEqual(['CONTOH-004', 'CONTOH-001']);
    // Names first; then licence numbers that start with the text (all fictional ones start with CONTOH-).
    const contoh = await search({ q: 'contoh' });
    expect(names(contoh)).toEqual(['CONTOH-004', 'CONTOH-001', 'CONTOH-006', 'CONTOH-002', 'CONTOH-003', 'CONTOH-005']);
    expect(contoh.results.map((x) => x.matchedBy)).toEqual(['name', 'name', 'name', 'licence', 'licence', 'licence']);
    expect(names(await search({ q: 'ilustrasi' }))).toEqual(['CONTOH-003', 'CONTOH-005']);
    expect(names(await search({ q: 'ilustrasi lama' }))).toEqual(['CONTOH-005']);
  });

  it('finds by licence number, exact match first, then by prefix', async () => {
    const exact = await search({ q: 'contoh-003' });
    expect(exact.results[0]).toMatchObject({ licenceNumber: 'CONTOH-003', matchedBy: 'licence' });
    const prefix = await search({ q: 'CONTOH-00' });
    expect(names(prefix)).toEqual(['CONTOH-001', 'CONTOH-002', 'CONTOH-003', 'CONTOH-004', 'CONTOH-005', 'CONTOH-006']);
    expect(prefix.results.every((x) => x.matchedBy === 'licence')).toBe(true);
  });

  it('returns status, valid until and data-as-of, and reports a lapsed active licence as expired', async () => {
    const r = await search({ q: 'CONTOH-005' });
    expect(r.results[0]).toEqual({
      id: expect.any(String),
      name: 'PT Karya Ilustrasi Lama',
      licenceNumber: 'CONTOH-005',
      status: 'expired',
      recordedStatus: 'active',
      statusLabel: 'Izin kedaluwarsa',
      validUntil: '2025-02-28',
      address: 'Gedung Fiktif Lt. 2, Jl. Rekaan 5',
      dataAsOf: '2026-03-01',
      source: 'Daftar uji',
      matchedBy: 'licence',
    });
    expect(r.registry).toEqual({ total: 6, dataAsOf: '2026-03-01' });
    expect((await search({ q: 'CONTOH-002' })).results[0]).toMatchObject({
      status: 'suspended',
      statusLabel: 'Izin dibekukan',
    });
    expect((await search({ q: 'CONTOH-003', lang: 'en' })).results[0]).toMatchObject({
      status: 'revoked',
      statusLabel: 'Licence revoked',
    });
  });

  it('computes expiry from the injected clock in Asia/Jakarta: the last valid day still counts', async () => {
    const h2 = harness();
    setUpVillage(h2.core.db);
    const admin = await staffToken(h2, 'admin');
    await h2.ok(
      'agencies.import',
      {
        csv: 'nama,nomor izin,status,berlaku sampai\nPT Batas Fiktif,CONTOH-900,aktif,10/03/2026\n',
        dataAsOf: '2026-03-01',
        source: 'uji',
        mode: 'valid_rows',
      },
      admin,
    );
    const status = async () =>
      (await h2.ok<AgencySearchResult>('agencies.search', { q: 'CONTOH-900' })).results[0].status;
    // 23:59 WIB on 10 March = 16:59 UTC: still valid.
    h2.clock.set(Date.parse('2026-03-10T16:59:00Z'));
    expect(await status()).toBe('active');
    // 00:01 WIB on 11 March = 17:01 UTC on 10 March: expired, although the UTC date is still the 10th.
    h2.clock.set(Date.parse('2026-03-10T17:01:00Z'));
    expect(await status()).toBe('expired');
  });

  it('never words a result as an endorsement, and says so when nothing matches', async () => {
    const found = await search({ q: 'contoh' });
    expect(found.notice).toBe(
      'Ini hanya salinan data resmi per 2026-03-01, bukan rekomendasi. Status izin bisa berubah: pastikan di siskop2mi.go.id atau Disnaker, dan periksa juga lowongannya, bukan hanya perusahaannya.',
    );
    const none = await search({ q: 'PT Tidak Ada Sama Sekali' });
    expect(none.results).toEqual([]);
    expect(none.notice).toContain('Tidak ditemukan dalam data per 2026-03-01');
    for (const text of [found.notice, none.notice, ...found.results.map((x) => x.statusLabel)]) {
      expect(text).not.toMatch(/terpercaya|direkomendasikan|dijamin|aman\b|resmi dan aman/i);
    }
  });

  it('answers normally for empty text, very long text, wildcards, SQL and control characters', async () => {
    const before = tableCounts(h.core.db);
    const odd = [
      '',
      '   ',
      'x'.repeat(10_000),
      '%',
      '_',
      '\\',
      "' OR 1=1 --",
      '"',
      '*',
      'NEAR(',
      '\u0000\u0007abc',
      'PT',
      'P.T.',
    ];
    for (const q of odd) {
      const r = await h.call<AgencySearchResult>('agencies.search', { q });
      expect(r.ok, JSON.stringify(q).slice(0, 40)).toBe(true);
      if (r.ok) expect(r.value.registry.total).toBe(6);
    }
    expect((await search({ q: '%' })).results).toEqual([]);
    expect((await search({ q: 'PT' })).results).toEqual([]);
    expect(tableCounts(h.core.db)).toEqual(before);
  });

  it('honours the limit', async () => {
    expect((await search({ q: 'CONTOH', limit: 2 })).results).toHaveLength(2);
    const bad = await h.call('agencies.search', { q: 'a', limit: 500 });
    expect(bad.ok ? null : bad.error.code).toBe('VALIDATION');
  });
});
