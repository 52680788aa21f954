import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { DEMO_SCALES, type DemoResult, generateDemo } from '../../../electron/core/demo/generate';
import type { StandardReport } from '../../../electron/shared/reports';
import { figure } from '../../fixtures/reports/read';
import { completeSetup, fakeClock, memoryCore, VALID_SETUP } from '../../support/core';

/** The demo village: clearly fictional, consistent with the schema, usable by every screen. */
const NOW = Date.parse('2026-11-29T02:00:00.000Z');
let core: ReturnType<typeof memoryCore>;
let demo: DemoResult;

beforeAll(async () => {
  core = memoryCore(fakeClock(NOW));
  demo = await generateDemo(core, { scale: 'demo', seed: 11, now: NOW });
}, 60_000);
afterAll(() => core?.close());

const all = <T>(c: Core, sql: string) => c.db.prepare(sql).all() as T[];
const one = (c: Core, sql: string) => (c.db.prepare(sql).get() as { n: number }).n;

async function token(username: string, password: string) {
  const r = await core.dispatch('auth.login', { username, password });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return (r.value as { token: string }).token;
}

describe('generateDemo at the demo scale', () => {
  it('sets up "Desa Contoh" marked as demo data, with four demo accounts sharing one random password', async () => {
    expect(demo.accounts.map((a) => a.username)).toEqual([
      'demo.admin',
      'demo.petugas',
      'demo.pendamping',
      'demo.kuwu',
    ]);
    expect(demo.password).toMatch(/^Contoh-[A-Za-z0-9]{5}-[A-Za-z0-9]{5}-[A-Za-z0-9]{5}$/);
    const profile = await core.dispatch('kiosk.profile', {});
    expect(profile.ok && profile.value).toMatchObject({ needsSetup: false, villageName: 'Desa Contoh', demo: true });
    const admin = await token('demo.admin', demo.password!);
    const me = await core.dispatch('auth.me', {}, { token: admin });
    expect(me.ok && (me.value as { user: { role: string } }).user.role).toBe('admin');
    const wrong = await core.dispatch('auth.login', { username: 'demo.kuwu', password: 'Contoh-salah-salah-12' });
    expect(wrong.ok).toBe(false);
  });

  it('every name is marked fictional; no NIK or phone number is made up', () => {
    const people = all<{ full_name: string; nik_hash: string | null; phone_e164: string | null }>(
      core,
      'SELECT full_name, nik_hash, phone_e164 FROM people',
    );
    expect(people.length).toBe(DEMO_SCALES.demo.people);
    for (const p of people) {
      expect(p.full_name).toMatch(/ \(contoh\)$/);
      expect(p.nik_hash).toBeNull();
      expect(p.phone_e164).toBeNull();
    }
    for (const label of all<{ l: string }>(
      core,
      'SELECT anonymous_label AS l FROM consultations WHERE anonymous_label IS NOT NULL',
    )) {
      expect(label.l).toMatch(/\(contoh\)$/);
    }
    for (const h of all<{ label: string }>(core, 'SELECT label FROM households'))
      expect(h.label).toMatch(/\(contoh\)$/);
  });

  it('about a year of everything the screens show', () => {
    expect(demo.counts).toMatchObject({ consultations: 1_200, cases: 40, children: 70 });
    expect(demo.counts.journeys).toBeGreaterThan(60);
    expect(demo.counts.caregivers).toBeGreaterThan(20);
    expect(demo.counts.activities).toBeGreaterThan(200);
    expect(demo.counts.attendance).toBeGreaterThan(3_000);
    const first = all<{ d: string }>(core, "SELECT MIN(date(at, '+7 hours')) AS d FROM consultations")[0].d;
    expect(first >= '2025-11-29').toBe(true);
    expect(one(core, "SELECT COUNT(*) AS n FROM queue_tickets WHERE day = '2026-11-29' AND status = 'waiting'")).toBe(
      4,
    );
  });

  it('keeps every rule of the schema: foreign keys, list keys, roll calls of members only', () => {
    expect(all(core, 'PRAGMA foreign_key_check')).toEqual([]);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // A consultation's list key is its time × 1024 plus a slot (migration 0050): the reports rely on it.
    expect(
      one(
        core,
        "SELECT COUNT(*) AS n FROM consultations WHERE seq / 1024 <> CAST(unixepoch(at, 'subsec') * 1000 AS INTEGER)",
      ),
    ).toBe(0);
    expect(
      one(
        core,
        'SELECT COUNT(*) AS n FROM consultations c WHERE json_array_length(c.topics) <> (SELECT COUNT(*) FROM consultation_topics t WHERE t.consultation_id = c.id)',
      ),
    ).toBe(0);
    // Nobody is marked in a group they were not in, or on a day they were not enrolled.
    expect(
      one(
        core,
        `SELECT COUNT(*) AS n FROM attendance t JOIN activities a ON a.id = t.activity_id
         WHERE a.group_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = a.group_id
           AND m.person_id = t.person_id AND m.from_date <= t.on_date AND (m.to_date IS NULL OR t.on_date < m.to_date))`,
      ),
    ).toBe(0);
    expect(one(core, "SELECT COUNT(*) AS n FROM attendance WHERE on_date >= '2026-11-29'")).toBe(0);
    // The roll-call totals the reports read (migration 0070) agree with the marks.
    expect(
      all(
        core,
        `SELECT activity_id, present, late, excused, sick, absent FROM attendance_totals
        WHERE present + late + excused + sick + absent > 0 ORDER BY activity_id`,
      ),
    ).toEqual(
      all(
        core,
        `SELECT activity_id, SUM(status = 'present') AS present, SUM(status = 'late') AS late,
        SUM(status = 'excused') AS excused, SUM(status = 'sick') AS sick, SUM(status = 'absent') AS absent
        FROM attendance GROUP BY activity_id ORDER BY activity_id`,
      ),
    );
    expect(
      one(core, "SELECT COUNT(*) AS n FROM children WHERE enrolled_on > '2026-11-29' OR left_on > '2026-11-29'"),
    ).toBe(0);
    // Every child has a consent for the Rumah Edukasi, and the parents abroad are linked to real journeys.
    expect(
      one(
        core,
        `SELECT COUNT(*) AS n FROM children c JOIN consents k ON k.id = c.consent_id WHERE instr(k.purposes, '"rumah_edukasi"') = 0`,
      ),
    ).toBe(0);
    expect(one(core, 'SELECT COUNT(*) AS n FROM child_parents_abroad')).toBeGreaterThan(50);
  });

  it('the desk, the Rumah Edukasi and the reports work on it', async () => {
    const desk = await token('demo.petugas', demo.password!);
    const edu = await token('demo.pendamping', demo.password!);
    const kuwu = await token('demo.kuwu', demo.password!);
    const list = await core.dispatch('consultations.list', { limit: 20 }, { token: desk });
    expect(list.ok && (list.value as { items: unknown[] }).items).toHaveLength(20);
    const children = await core.dispatch('children.list', { limit: 20 }, { token: edu });
    expect(children.ok).toBe(true);
    const absences = await core.dispatch('alerts.consecutiveAbsences', {}, { token: edu });
    expect(absences.ok).toBe(true);
    const r = await core.dispatch(
      'reports.rumahEdukasi',
      { period: { kind: 'month', month: '2026-10' } },
      { token: kuwu },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const report = r.value as StandardReport;
    expect(report.header).toMatchObject({ villageName: 'Desa Contoh', demo: true });
    expect(figure(report.tables, 'ringkasan', 'children')).toBeGreaterThan(40);
    expect(figure(report.tables, 'ringkasan', 'marks')).toBeGreaterThan(200);
    const m = await core.dispatch(
      'reports.migrationService',
      { period: { kind: 'month', month: '2026-10' } },
      { token: kuwu },
    );
    expect(m.ok && figure((m.value as StandardReport).tables, 'ringkasan', 'consultations')).toBeGreaterThan(50);
    const x = await core.dispatch(
      'reports.export',
      { report: 'migrationService', period: { kind: 'month', month: '2026-10' }, format: 'csv', table: 'ringkasan' },
      { token: kuwu },
    );
    expect(x.ok && (x.value as { fileName: string }).fileName.startsWith('contoh_')).toBe(true);
    expect(x.ok && Buffer.from((x.value as { base64: string }).base64, 'base64').toString()).toContain(
      'DATA CONTOH: semua nama dan angka dalam berkas ini fiktif.',
    );
  });

  it('the same seed builds the same village', async () => {
    const again = memoryCore(fakeClock(NOW));
    try {
      await generateDemo(again, { scale: 'demo', seed: 11, now: NOW });
      const digest = (c: Core) =>
        createHash('sha256')
          .update(JSON.stringify(all(c, 'SELECT seq, id, at, topics, person_id FROM consultations ORDER BY seq')))
          .update(JSON.stringify(all(c, 'SELECT activity_id, person_id, status FROM attendance ORDER BY 1, 2')))
          .digest('hex');
      expect(digest(again)).toBe(digest(core));
    } finally {
      again.close();
    }
  });
});

describe('generateDemo on a village already set up (the bench)', () => {
  it('adds records under the existing accounts and leaves the profile and accounts alone', async () => {
    const c = memoryCore(fakeClock(NOW));
    try {
      await completeSetup(c);
      const r = await generateDemo(c, { scale: 'demo', seed: 3, now: NOW });
      expect(r.password).toBeNull();
      expect(r.accounts).toEqual([]);
      expect(one(c, 'SELECT COUNT(*) AS n FROM users')).toBe(1);
      expect(r.counts.consultations).toBe(1_200);
      const profile = await c.dispatch('kiosk.profile', {});
      expect(profile.ok && profile.value).toMatchObject({ villageName: VALID_SETUP.village.name });
      expect(profile.ok && 'demo' in (profile.value as object)).toBe(false);
    } finally {
      c.close();
    }
  }, 60_000);
});

describe('npm run serve -- --demo', () => {
  const cli = path.resolve('electron/server/cli.ts');

  it('starts on a temporary demo database, prints the demo password once, and removes it on stop', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--demo', '--port', '0', '--host', '127.0.0.1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const ready = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /Balai Migran listening on (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    try {
      expect(out).toContain('MODE DATA CONTOH');
      const password = /kata sandi \(hanya ditampilkan sekali\): (\S+)/.exec(out)?.[1];
      const dbFile = /Basis data sementara \(dihapus saat berhenti\): (\S+)/.exec(out)?.[1];
      expect(password).toBeDefined();
      expect(dbFile && existsSync(dbFile)).toBe(true);
      const post = (method: string, body: unknown, headers: Record<string, string> = {}) =>
        fetch(`${ready}/rpc/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: JSON.stringify(body),
        }).then((r) => r.json() as Promise<{ ok: boolean; value: Record<string, unknown> }>);
      const profile = await post('kiosk.profile', {});
      expect(profile.value).toMatchObject({ villageName: 'Desa Contoh', demo: true });
      const login = await post('auth.login', { username: 'demo.admin', password });
      expect(login.ok).toBe(true);
      const dash = await post(
        'reports.dashboard',
        { period: { kind: 'month', month: new Date().toISOString().slice(0, 7) } },
        { Authorization: `Bearer ${login.value.token}` },
      );
      expect(dash.ok).toBe(true);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      expect(existsSync(path.dirname(dbFile!))).toBe(false);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);

  it('refuses --demo together with --db', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--demo', '--db', 'x.db', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('jangan dipakai bersama --db');
  }, 30_000);
});
