/**
 * Meja Layanan at bench scale: fictional people with consents, journeys, consultations with
 * topics and follow-ups (ten years of a busy village, or ten times that), and the timings of
 * consultations.list / consultations.create through dispatch and the HTTP host.
 * Every name here is made up from common name parts; no real person is described.
 */
import type { Core } from '../../electron/core';
import { CONSULTATION_SUMMARIES, FEMALE, MALE, SECOND } from '../../electron/core/demo/names';
import { SEQ_SLOTS } from '../../electron/core/desk/consultations/repository';
import { encodeCursor } from '../../electron/core/desk/cursor';
import { nameKey } from '../../electron/core/people/name-key';
import { CONSULTATION_TOPICS, REFERRAL_TARGETS } from '../../electron/shared/desk';
import { type Row, summarise, time } from './stats';

// The demo village's fictional names and summaries, so bench and demo data look alike.
const FIRST = [...FEMALE, ...MALE];
const LAST = SECOND;
const SUMMARIES = CONSULTATION_SUMMARIES;
const LABELS = ['Ibu dari Dusun 1', 'Bapak dari Dusun 2', 'Warga RT 03', 'Penelepon dari Sindang', 'Kakak calon PMI'];
const DESTINATIONS = ['MY', 'TW', 'HK', 'SA', 'KR', 'JP', 'SG', 'AE', null];

/** Deterministic pseudo-random numbers (mulberry32), so every bench run builds the same data. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const id = (kind: string, i: number) => `${kind}-${i.toString(36).padStart(7, '0')}`;

export interface DeskScale {
  people: number;
  consultations: number;
}

/**
 * Bulk insert with prepared statements in one transaction. Needs a finished setup (at least one
 * account, used as the officer). About 30% of consultations name a person; the rest are
 * anonymous. Consultations spread over the ten years before 2026-11-29.
 */
export function seedDesk(core: Core, scale: DeskScale) {
  const db = core.db;
  const officers = (
    db.prepare(`SELECT id FROM users WHERE role IN ('admin', 'desk_officer') ORDER BY id`).all() as { id: string }[]
  ).map((r) => r.id);
  if (officers.length === 0) throw new Error('seedDesk needs a finished setup (an admin account)');
  const rand = rng(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const end = Date.parse('2026-11-29T02:00:00Z');
  const span = 10 * 365 * 86_400_000;

  const insertPerson = db.prepare(
    `INSERT INTO people (id, full_name, name_key, sex, birth_date, region_code, dusun, rt, rw, created_at, created_by,
       updated_at, updated_by, version)
     VALUES (?, ?, ?, ?, ?, '32.12.16.2004', ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  const insertConsent = db.prepare(
    `INSERT INTO consents (id, subject_person_id, relation, purposes, method, text_version, given_at, recorded_by)
     VALUES (?, ?, 'self', '["consultation","migrant_register"]', 'written', '2026-01', ?, ?)`,
  );
  const insertJourney = db.prepare(
    `INSERT INTO journeys (id, person_id, status, destination, sector, scheme, departed_on, expected_return_on,
       consent_id, created_at, created_by, updated_at, updated_by, version)
     VALUES (?, ?, ?, ?, 'domestic', ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  const insertConsultation = db.prepare(
    `INSERT INTO consultations (seq, id, at, officer_id, channel, person_id, anonymous_label, relation, topics,
       destination, summary, flag_non_procedural, flag_trafficking, referrals, status, closed_at, consent_id,
       created_at, created_by, updated_at, updated_by, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  const insertTopic = db.prepare('INSERT INTO consultation_topics (topic, seq, consultation_id) VALUES (?, ?, ?)');
  const insertFollowUp = db.prepare(
    `INSERT INTO follow_ups (id, consultation_id, due_on, note, done_at, done_by, outcome, created_at, created_by)
     VALUES (?, ?, ?, '', ?, ?, ?, ?, ?)`,
  );

  db.transaction(() => {
    const created = new Date(end - span).toISOString();
    for (let i = 0; i < scale.people; i++) {
      const personId = id('p', i);
      const name = `${pick(FIRST)} ${pick(LAST)}`;
      const officer = pick(officers);
      const birth = `${1960 + Math.floor(rand() * 45)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;
      insertPerson.run(
        personId,
        name,
        nameKey(name),
        rand() < 0.6 ? 'P' : 'L',
        birth,
        `Dusun ${1 + Math.floor(rand() * 4)}`,
        `00${1 + Math.floor(rand() * 9)}`,
        `00${1 + Math.floor(rand() * 5)}`,
        created,
        officer,
        created,
        officer,
      );
      insertConsent.run(id('k', i), personId, created, officer);
      if (i % 5 === 0) {
        const departed = new Date(end - rand() * span).toISOString().slice(0, 10);
        const back = `${Number(departed.slice(0, 4)) + 2}${departed.slice(4)}`;
        insertJourney.run(
          id('j', i),
          personId,
          pick(['departed', 'working_abroad', 'returned', 'planned'] as const),
          pick(DESTINATIONS.filter(Boolean)),
          rand() < 0.08 ? 'non_procedural_suspected' : 'p_to_p',
          departed,
          back,
          id('k', i),
          created,
          officer,
          created,
          officer,
        );
      }
    }
    for (let i = 0; i < scale.consultations; i++) {
      const cid = id('c', i);
      const ms = end - span + Math.floor((i / scale.consultations) * span) + Math.floor(rand() * 60_000);
      const at = new Date(ms).toISOString();
      // The list key as the core computes it (ms × 1024 + slot); rows 1024 apart are minutes apart.
      const seq = ms * SEQ_SLOTS + (i % SEQ_SLOTS);
      const named = scale.people > 0 && rand() < 0.3;
      const p = Math.floor(rand() * scale.people);
      const topics = [...new Set([pick(CONSULTATION_TOPICS), pick(CONSULTATION_TOPICS)])].slice(
        0,
        1 + Math.floor(rand() * 2),
      );
      const officer = pick(officers);
      const closed = rand() < 0.9;
      const referrals = rand() < 0.15 ? [{ to: pick(REFERRAL_TARGETS.slice(0, 9)), note: null }] : [];
      insertConsultation.run(
        seq,
        cid,
        at,
        officer,
        pick(['walk_in', 'walk_in', 'phone', 'whatsapp', 'home_visit'] as const),
        named ? id('p', p) : null,
        named ? null : pick(LABELS),
        pick(['self', 'spouse', 'parent', 'child', 'sibling', 'other'] as const),
        JSON.stringify(topics),
        pick(DESTINATIONS),
        pick(SUMMARIES),
        rand() < 0.05 ? 1 : 0,
        rand() < 0.01 ? 1 : 0,
        JSON.stringify(referrals),
        closed ? 'closed' : 'open',
        closed ? at : null,
        named ? id('k', p) : null,
        at,
        officer,
        at,
        officer,
      );
      for (const t of topics) insertTopic.run(t, seq, cid);
      if (rand() < 0.1) {
        const due = new Date(Date.parse(at) + 14 * 86_400_000).toISOString().slice(0, 10);
        const done = due < '2026-11-29';
        insertFollowUp.run(
          id('f', i),
          cid,
          due,
          done ? at : null,
          done ? officer : null,
          done ? pick(['reached', 'not_reached', 'migrated_legally', 'withdrew'] as const) : null,
          at,
          officer,
        );
      }
    }
  })();
  return { people: scale.people, consultations: scale.consultations };
}

/** A cursor pointing at the middle of the newest-first list: the deep page an officer reaches by scrolling. */
function middleCursor(core: Core): string | null {
  const total = (core.db.prepare('SELECT COUNT(*) AS n FROM consultations').get() as { n: number }).n;
  const row = core.db
    .prepare('SELECT seq, id FROM consultations ORDER BY seq DESC LIMIT 1 OFFSET ?')
    .get(Math.floor(total / 2)) as { seq: number; id: string } | undefined;
  return row ? encodeCursor({ key: String(row.seq), id: row.id }) : null;
}

/**
 * p50/p95 of consultations.list (first page, a deep page via cursor, filtered, searched) and of
 * consultations.create, through direct dispatch and through the HTTP host.
 */
export async function benchDesk(core: Core, base: string, token: string, n: number): Promise<Row[]> {
  const rows: Row[] = [];
  const person = core.db.prepare('SELECT person_id FROM consultations WHERE person_id IS NOT NULL LIMIT 1').get() as
    | { person_id: string }
    | undefined;
  const name = person
    ? (core.db.prepare('SELECT full_name FROM people WHERE id = ?').get(person.person_id) as { full_name: string })
        .full_name
    : 'Siti';
  const cases: [string, unknown][] = [
    ['consultations.list first page', { limit: 50 }],
    ['consultations.list deep page (cursor)', { limit: 50, cursor: middleCursor(core) }],
    ['consultations.list topic + status', { filters: { topic: 'agency_check', status: 'closed' }, limit: 50 }],
    ['consultations.list flagged, one year', { filters: { flagged: true, from: '2025-01-01', to: '2025-12-31' } }],
    ['consultations.list one person', { filters: { personId: person?.person_id ?? 'p-0000000' } }],
    ['consultations.list search word', { filters: { q: 'sponsor' }, limit: 50 }],
    ['consultations.list search name', { filters: { q: name }, limit: 50 }],
  ];
  const http = (method: string, input: unknown) => async () => {
    const res = await fetch(`${base}/rpc/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { ok: boolean; error?: unknown };
    if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  };
  const direct = (method: string, input: unknown) => async () => {
    const r = await core.dispatch(method, input, { token });
    if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  };
  for (const [label, input] of cases) {
    rows.push(summarise(label, 'direct', await time(direct('consultations.list', input), n)));
    rows.push(summarise(label, 'http', await time(http('consultations.list', input), n), '≤ 20 ms p95'));
  }
  // Writes fsync (synchronous=FULL): fewer samples, same target.
  const create = {
    channel: 'walk_in',
    visitor: { kind: 'anonymous', label: 'Ibu dari Dusun 2' },
    relation: 'parent',
    topics: ['costs', 'agency_check'],
    summary: 'Menanyakan biaya penempatan.',
  };
  const writes = Math.max(20, Math.floor(n / 3));
  rows.push(summarise('consultations.create', 'direct', await time(direct('consultations.create', create), writes, 5)));
  rows.push(
    summarise(
      'consultations.create',
      'http',
      await time(http('consultations.create', create), writes, 5),
      '≤ 20 ms p95',
    ),
  );
  return rows;
}
