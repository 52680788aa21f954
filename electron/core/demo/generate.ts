import { randomBytes } from 'node:crypto';
import { hashPassword } from '../auth/password-hash';
import { recomputeRun } from '../edukasi/attendance/runs';
import type { Core } from '../index';
import { DEMO_SETTING } from '../reports/header';
import { getVillage, putSetting, SETTING_DEFAULTS } from '../settings/repository';
import { DAY_MS, type DemoContext, dayOf, iso } from './context';
import { cases, consultationMoments, consultations, deskPeople, journeyWriter, queueToday } from './desk';
import { type EdukasiScale, edukasi } from './edukasi';
import { createRng } from './random';

/**
 * The demo village ("Desa Contoh") and the bench datasets, from one generator (issue 6).
 * 'demo': about a year of a busy village, for `npm run serve -- --demo`.
 * 'desa-10y': ten years of one busy village. '10x': ten times that (DESIGN.md performance scale:
 * about 40,000 people, 400,000 consultations, 12,000 children, 2,000,000 attendance marks).
 *
 * Rows are written straight into SQLite with prepared statements in transactions of a few
 * thousand rows (through dispatch, 10x would take hours). Every name ends in "(contoh)"; no
 * NIK, phone number or real address is generated.
 */
export type DemoScale = 'demo' | 'desa-10y' | '10x';

interface ScaleSpec {
  years: number;
  people: number;
  consultations: number;
  cases: number;
  /** Share of the general adults with a migration episode in the register. */
  migrants: number;
  queueTickets: number;
  edukasi: EdukasiScale;
}

export const DEMO_SCALES: Record<DemoScale, ScaleSpec> = {
  demo: {
    years: 1,
    people: 600,
    consultations: 1_200,
    cases: 40,
    migrants: 0.25,
    queueTickets: 4,
    edukasi: {
      children: 70,
      groupSize: 20,
      sessionsPerWeek: 2,
      contactEveryDays: 30,
      enrolledBeforeStartDays: 540,
      maxStayDays: 365,
    },
  },
  'desa-10y': {
    years: 10,
    people: 4_000,
    consultations: 40_000,
    cases: 400,
    migrants: 0.35,
    queueTickets: 0,
    edukasi: {
      children: 1_200,
      groupSize: 25,
      sessionsPerWeek: 1.2,
      contactEveryDays: 90,
      enrolledBeforeStartDays: 0,
      maxStayDays: 5 * 365,
    },
  },
  '10x': {
    years: 10,
    people: 40_000,
    consultations: 400_000,
    cases: 4_000,
    migrants: 0.35,
    queueTickets: 0,
    edukasi: {
      children: 12_000,
      groupSize: 25,
      sessionsPerWeek: 1.2,
      contactEveryDays: 90,
      enrolledBeforeStartDays: 0,
      maxStayDays: 5 * 365,
    },
  },
};

export const DEMO_VILLAGE = {
  name: 'Desa Contoh',
  // A real Kemendagri code (Kenanga, Sindang), so forms that default to it still validate.
  regionCode: '32.12.16.2004',
  address: 'Jl. Balai Desa No. 1, Desa Contoh (alamat fiktif)',
} as const;

export const DEMO_ACCOUNTS = [
  { username: 'demo.admin', displayName: 'Admin Contoh', role: 'admin' },
  { username: 'demo.petugas', displayName: 'Petugas Layanan Contoh', role: 'desk_officer' },
  { username: 'demo.pendamping', displayName: 'Pendamping Contoh', role: 'educator' },
  { username: 'demo.kuwu', displayName: 'Kuwu Contoh', role: 'viewer' },
] as const;

export interface DemoOptions {
  scale: DemoScale;
  seed?: number;
  /** "Today" of the demo (default: now). */
  now?: number;
}

export interface DemoResult {
  scale: DemoScale;
  /** Demo accounts made by this call (empty when the database already had accounts). */
  accounts: { username: string; role: string }[];
  /** Shared password of the demo accounts: printed once by the host, stored nowhere. */
  password: string | null;
  counts: Record<string, number>;
  ms: number;
}

/** A strong random password (not from the seed): demo data is guessable, its password is not. */
function demoPassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679';
  const bytes = randomBytes(16);
  const word = (from: number) =>
    Array.from(bytes.subarray(from, from + 5), (b) => alphabet[b % alphabet.length]).join('');
  return `Contoh-${word(0)}-${word(5)}-${word(10)}`;
}

/**
 * Fills the database with the demo village. On a fresh database it also stores the village profile,
 * marks the database as demo data (settings 'demo' = true, shown as "DATA CONTOH" on every screen)
 * and creates the four demo accounts. On a database that is already set up (the bench) it adds the
 * records under the existing accounts and leaves the profile alone.
 */
export async function generateDemo(core: Pick<Core, 'db'>, options: DemoOptions): Promise<DemoResult> {
  const t0 = performance.now();
  const { db } = core;
  const spec = DEMO_SCALES[options.scale];
  const nowMs = options.now ?? Date.now();
  const at = iso(nowMs);
  const fresh = (db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n === 0;
  let password: string | null = null;
  if (fresh) {
    password = demoPassword();
    const hash = await hashPassword(password);
    db.transaction(() => {
      putSetting(db, 'village', DEMO_VILLAGE, at);
      for (const [key, value] of Object.entries(SETTING_DEFAULTS)) putSetting(db, key, value, at);
      putSetting(db, DEMO_SETTING, true, at);
      const insert = db.prepare(
        `INSERT INTO users (id, username, display_name, role, password_hash, active, must_change_password, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 1, 0, ?, ?)`,
      );
      for (const a of DEMO_ACCOUNTS) insert.run(`demo-${a.role}`, a.username, a.displayName, a.role, hash, at, at);
    })();
  }
  const staff = (roles: string[]) =>
    (
      db
        .prepare(`SELECT id FROM users WHERE role IN (${roles.map(() => '?').join(', ')}) ORDER BY id`)
        .all(...roles) as { id: string }[]
    ).map((r) => r.id);
  const officers = staff(['desk_officer', 'admin']);
  const educators = staff(['educator', 'admin']);
  if (officers.length === 0) throw new Error('generateDemo needs at least one admin account');
  const ctx: DemoContext = {
    db,
    rng: createRng(options.seed ?? 20261129),
    nowMs,
    startMs: nowMs - spec.years * 365 * DAY_MS,
    today: dayOf(nowMs),
    regionCode: getVillage(db)?.regionCode ?? DEMO_VILLAGE.regionCode,
    officers,
    educators: educators.length > 0 ? educators : officers,
  };
  // Commits every few thousand rows: a 2,000,000-mark transaction would hold the whole WAL.
  const commit = (fn: () => void) => db.transaction(fn)();
  const counts: Record<string, number> = {};

  // Rumah Edukasi first: its households add parents (and their journeys) to the village.
  const edu = edukasi(ctx, spec.edukasi, commit);
  commit(() => {
    for (const personId of edu.marked) recomputeRun(db, personId, at);
  });
  const before = (db.prepare('SELECT COUNT(*) AS n FROM people').get() as { n: number }).n;
  const adults = Math.max(50, spec.people - before);
  let people: ReturnType<typeof deskPeople> = [];
  commit(() => {
    people = deskPeople(ctx, adults);
    const journey = journeyWriter(ctx);
    for (const p of people) if (ctx.rng.chance(spec.migrants)) journey(p);
  });
  const moments = consultationMoments(ctx, spec.consultations);
  const keys = { last: 0 };
  for (let done = 0; done < moments.length; done += 20_000) {
    commit(() => consultations(ctx, people, moments.slice(done, done + 20_000), keys));
  }
  commit(() => cases(ctx, people, spec.cases, getVillage(db)?.name ?? DEMO_VILLAGE.name));
  if (spec.queueTickets > 0 && fresh) commit(() => queueToday(ctx, spec.queueTickets));

  for (const table of [
    'people',
    'journeys',
    'consultations',
    'follow_ups',
    'cases',
    'households',
    'children',
    'caregivers',
    'groups',
    'activities',
    'attendance',
    'parent_contacts',
  ]) {
    counts[table] = (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
  db.pragma('optimize');
  return {
    scale: options.scale,
    accounts: fresh ? DEMO_ACCOUNTS.map((a) => ({ username: a.username, role: a.role })) : [],
    password,
    counts,
    ms: performance.now() - t0,
  };
}
