/**
 * CSV imports at DESIGN.md's size (10,000 rows, target ≤ 2 s with a per-row report), through
 * dispatch on a fresh database file each time: the P3MI registry (one table) and Rumah Edukasi's
 * children and caregivers (each row: a person, a consent, a child or care arrangement and the
 * hash-chained audit rows for them). Fictional names built from syllables, so the name index
 * sees realistic variety.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core';
import { type Row, summarise } from './stats';

const ROWS = 10_000;
const RUNS = 3;
const SYLLABLES = ['ka', 'ri', 'mu', 'ne', 'so', 'ta', 'li', 'wa', 'de', 'yu', 'pra', 'si', 'an', 'to', 'ni', 'ra'];

function word(n: number): string {
  let w = '';
  let x = n;
  do {
    w += SYLLABLES[x % 16];
    x = Math.floor(x / 16);
  } while (x > 0);
  return w[0].toUpperCase() + w.slice(1);
}

const EDUKASI_HEADER =
  'jenis,nama,tanggal_lahir,jenis_kelamin,kode_anak,nama_anak,hubungan,akta,kia,sekolah,persetujuan_oleh,cara_persetujuan,bukti_persetujuan,versi_persetujuan,kelompok';

/** Three children, then a grandmother for the last of them, repeated. */
export function edukasiCsv(rows: number): string {
  const lines = [EDUKASI_HEADER];
  for (let i = 0; i < rows; i++) {
    if (i % 4 === 3) {
      lines.push(`pengasuh,Nenek ${word(i)} Fiktif,,P,K${i - 1},,nenek,,,,,tertulis,FORM-1,2026-01,`);
    } else {
      const day = String((i % 27) + 1).padStart(2, '0');
      const month = String((i % 9) + 1).padStart(2, '0');
      lines.push(
        `anak,${word(i)} ${word(i * 7 + 3)} Fiktif,${day}/${month}/${2010 + (i % 14)},${i % 2 ? 'L' : 'P'},K${i},,,ya,tidak,SD,orang tua di luar negeri,rekaman telepon,REK-${i},2026-01,`,
      );
    }
  }
  return lines.join('\n');
}

export function agenciesCsv(rows: number): string {
  const lines = ['nama,nomor izin,status,berlaku sampai,alamat'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `PT ${word(i)} ${word(i * 3 + 1)} Fiktif,CONTOH-${i},aktif,31/12/2099,"Jl. ${word(i)} No. ${i}, Kota Fiktif"`,
    );
  }
  return lines.join('\n');
}

/** One import is long enough to time alone, and each needs a fresh database: no warm-up runs. */
async function once(fn: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function freshCore() {
  const dir = mkdtempSync(path.join(tmpdir(), 'balai-bench-import-'));
  const core = createCore({ dbPath: path.join(dir, 'db.sqlite'), log: { error: () => {}, info: () => {} } });
  const setup = await core.dispatch('setup.complete', {
    village: { name: 'Desa Contoh', regionCode: '32.12.16.2004', address: 'Jl. Contoh 1' },
    admin: { username: 'admin', displayName: 'Admin Contoh', password: 'Padi-Menguning-2026' },
  });
  if (!setup.ok) throw new Error(setup.error.message);
  const login = await core.dispatch('auth.login', { username: 'admin', password: 'Padi-Menguning-2026' });
  if (!login.ok) throw new Error(login.error.message);
  const adminToken = (login.value as { token: string }).token;
  const created = await core.dispatch(
    'users.create',
    { username: 'pendamping', displayName: 'Pendamping Contoh', role: 'educator', password: 'Padi-Menguning-2026' },
    { token: adminToken },
  );
  if (!created.ok) throw new Error(created.error.message);
  const edu = await core.dispatch('auth.login', { username: 'pendamping', password: 'Padi-Menguning-2026' });
  if (!edu.ok) throw new Error(edu.error.message);
  return { core, dir, admin: adminToken, educator: (edu.value as { token: string }).token };
}

export async function benchImports(): Promise<Row[]> {
  const edukasi = edukasiCsv(ROWS);
  const agencies = agenciesCsv(ROWS);
  const edukasiSamples: number[] = [];
  const agencySamples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const { core, dir, admin, educator } = await freshCore();
    try {
      edukasiSamples.push(
        await once(async () => {
          const r = await core.dispatch('edukasi.import', { csv: edukasi, mode: 'valid_rows' }, { token: educator });
          if (!r.ok || (r.value as { counts: { error: number } }).counts.error > 0)
            throw new Error('edukasi import failed');
        }),
      );
      agencySamples.push(
        await once(async () => {
          const r = await core.dispatch(
            'agencies.import',
            { csv: agencies, dataAsOf: '2026-11-01', source: 'Contoh fiktif', mode: 'valid_rows' },
            { token: admin },
          );
          if (!r.ok) throw new Error(`agencies import failed: ${r.error.message}`);
        }),
      );
    } finally {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return [
    summarise(
      `edukasi.import ${ROWS.toLocaleString('en')} rows (children + caregivers)`,
      'direct',
      edukasiSamples,
      '≤ 2 s',
    ),
    summarise(`agencies.import ${ROWS.toLocaleString('en')} rows (P3MI)`, 'direct', agencySamples, '≤ 2 s'),
  ];
}
