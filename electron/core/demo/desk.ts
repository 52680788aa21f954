import { type CONSULTATION_CHANNELS, REFERRAL_TARGETS } from '../../shared/desk';
import { villagePrefix, yymm } from '../desk/cases/reference-code';
import { SEQ_SLOTS } from '../desk/consultations/repository';
import {
  addDaysTo,
  birthDate,
  consentWriter,
  DAY_MS,
  type DemoContext,
  dayOf,
  iso,
  latest,
  officeMoment,
  peopleWriter,
} from './context';
import { ANONYMOUS_LABELS, CASE_SUMMARIES, CONSULTATION_SUMMARIES, DUSUN } from './names';

const DESTINATIONS = { TW: 30, HK: 20, MY: 20, SA: 8, KR: 6, JP: 6, SG: 4, AE: 3, BN: 3 } as const;
const SCHEMES = { p_to_p: 70, g_to_g: 8, g_to_p: 4, ukps: 2, independent: 6, non_procedural_suspected: 10 } as const;
const SECTORS = { domestic: 55, formal: 30, seafarer: 10, other: 5 } as const;
const TOPICS = {
  requirements_documents: 20,
  registration_steps: 14,
  placement_schemes: 8,
  agency_check: 14,
  costs: 18,
  family_permission: 6,
  social_security: 5,
  g_to_g: 4,
  problem_abroad: 6,
  broker_trafficking_signs: 5,
  return_reintegration: 5,
  remittance_business: 4,
  children: 3,
  other: 3,
} as const;
const REFERRALS = Object.fromEntries(REFERRAL_TARGETS.map((t, i) => [t, i < 3 ? 5 : 2])) as Record<
  (typeof REFERRAL_TARGETS)[number],
  number
>;
const CHANNELS = { walk_in: 60, phone: 15, whatsapp: 20, home_visit: 5 } as const satisfies Record<
  (typeof CONSULTATION_CHANNELS)[number],
  number
>;
const CASE_KINDS = {
  calo_illegal_recruitment: 20,
  fraud: 12,
  migrant_in_trouble: 18,
  unpaid_wages: 14,
  violence: 6,
  lost_contact: 12,
  deportation: 6,
  trafficking_suspected: 5,
  other: 7,
} as const;
const OUTCOMES = { reached: 40, not_reached: 20, migrated_legally: 15, withdrew: 10, referred: 10, other: 5 } as const;

export interface DeskPerson {
  id: string;
  consentId: string;
  sex: 'L' | 'P';
  journeyId: string | null;
}

/** Adults of the village with a consent for the desk's service and the migrant register. */
export function deskPeople(ctx: DemoContext, n: number): DeskPerson[] {
  const person = peopleWriter(ctx);
  const consent = consentWriter(ctx);
  const out: DeskPerson[] = [];
  for (let i = 0; i < n; i++) {
    const createdMs = ctx.startMs + Math.floor((i / n) * (ctx.nowMs - ctx.startMs - DAY_MS));
    const by = ctx.rng.pick(ctx.officers);
    const sex = ctx.rng.chance(0.62) ? 'P' : 'L';
    const birth = ctx.rng.chance(0.05) ? null : birthDate(ctx, dayOf(createdMs), 18, 60);
    const { id } = person({ sex, birthDate: birth, createdMs, dusun: ctx.rng.pick(DUSUN) }, by);
    out.push({ id, sex, journeyId: null, consentId: consent(id, ['consultation', 'migrant_register'], createdMs, by) });
  }
  return out;
}

export interface JourneyPlan {
  /** Abroad on this day (departed before, not back yet), or back before it. */
  abroadOn?: string;
  returnedBefore?: string;
}

/**
 * One migration episode whose dates tell a possible story (permission, departure, return), with a
 * status that matches them. With a plan, the dates are bent so the person is abroad (or back) on
 * the day the plan names: the parents of Rumah Edukasi children.
 */
export function journeyWriter(ctx: DemoContext) {
  const insert = ctx.db.prepare(
    `INSERT INTO journeys (id, person_id, status, destination, job, sector, scheme, family_permission_acknowledged_on,
       departed_on, expected_return_on, returned_on, consent_id, created_at, created_by, updated_at, updated_by, version)
     VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  return (p: DeskPerson, plan: JourneyPlan = {}): string => {
    const { rng } = ctx;
    let recordedMs: number;
    if (plan.abroadOn || plan.returnedBefore) {
      const anchor = Date.parse(`${plan.abroadOn ?? plan.returnedBefore}T00:00:00Z`);
      recordedMs = Math.max(ctx.startMs - 3 * 365 * DAY_MS, anchor - rng.int(200, 900) * DAY_MS);
    } else recordedMs = officeMoment(ctx, ctx.startMs, ctx.nowMs);
    const recorded = dayOf(recordedMs);
    const permission = rng.chance(0.75) ? addDaysTo(recorded, rng.int(0, 20)) : null;
    let departed: string | null = addDaysTo(permission ?? recorded, rng.int(15, 90));
    let returned: string | null = addDaysTo(departed, rng.int(540, 900));
    if (plan.abroadOn) {
      if (departed > plan.abroadOn) departed = plan.abroadOn;
      // Still abroad on that day: back only later (and not after today), or not back yet.
      if (returned > ctx.today || returned <= plan.abroadOn) returned = null;
    } else if (plan.returnedBefore) {
      if (returned > plan.returnedBefore) returned = plan.returnedBefore;
      if (departed > returned) departed = addDaysTo(returned, -540);
    } else {
      if (departed > ctx.today || rng.chance(0.15)) departed = null;
      if (!departed || returned > ctx.today || rng.chance(0.2)) returned = null;
    }
    const permissionOn = permission && departed && permission > departed ? departed : permission;
    const status = returned
      ? 'returned'
      : departed
        ? rng.chance(0.03)
          ? 'in_trouble'
          : 'working_abroad'
        : rng.pick(['planned', 'registered', 'in_process'] as const);
    const id = rng.idAt(recordedMs);
    const by = rng.pick(ctx.officers);
    const at = iso(recordedMs);
    const updated = iso(Math.min(ctx.nowMs, Date.parse(`${returned ?? departed ?? recorded}T03:00:00Z`)));
    insert.run(
      id,
      p.id,
      status,
      rng.weighted(DESTINATIONS),
      rng.weighted(SECTORS),
      rng.weighted(SCHEMES),
      permissionOn && (!departed || permissionOn <= departed) ? permissionOn : null,
      departed,
      departed ? addDaysTo(departed, 730) : null,
      returned,
      p.consentId,
      at,
      by,
      latest(updated, at),
      by,
    );
    p.journeyId = id;
    return id;
  };
}

/** Moments of `n` consultations during office hours over the history, oldest first. */
export function consultationMoments(ctx: DemoContext, n: number): number[] {
  const moments: number[] = [];
  for (let i = 0; i < n; i++) moments.push(officeMoment(ctx, ctx.startMs, ctx.nowMs));
  return moments.sort((a, b) => a - b);
}

/**
 * Consultations at the given moments (oldest first; call again with later moments), each with the
 * list key the desk would give it (time in ms × 1024, next free slot), topics, referrals and some
 * follow-ups. `keys.last` carries the last key from one call to the next.
 */
export function consultations(
  ctx: DemoContext,
  people: DeskPerson[],
  moments: number[],
  keys: { last: number },
): number {
  const { rng, db } = ctx;
  const insert = db.prepare(
    `INSERT INTO consultations (seq, id, at, officer_id, channel, person_id, anonymous_label, relation, journey_id,
       topics, destination, summary, flag_non_procedural, flag_trafficking, referrals, status, closed_at, consent_id,
       created_at, created_by, updated_at, updated_by, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  const topic = db.prepare('INSERT INTO consultation_topics (topic, seq, consultation_id) VALUES (?, ?, ?)');
  const followUp = db.prepare(
    `INSERT INTO follow_ups (id, consultation_id, due_on, note, done_at, done_by, outcome, created_at, created_by)
     VALUES (?, ?, ?, '', ?, ?, ?, ?, ?)`,
  );
  for (const ms of moments) {
    const seq = Math.max(ms * SEQ_SLOTS, keys.last + 1);
    keys.last = seq;
    const id = rng.idAt(ms);
    const at = iso(ms);
    const officer = rng.pick(ctx.officers);
    const person = rng.chance(0.35) ? rng.pick(people) : null;
    const topics = [...new Set(Array.from({ length: rng.int(1, 3) }, () => rng.weighted(TOPICS)))];
    const referrals = rng.chance(0.12)
      ? [...new Set(Array.from({ length: rng.int(1, 2) }, () => rng.weighted(REFERRALS)))].map((to) => ({
          to,
          note: null,
        }))
      : [];
    const ageDays = (ctx.nowMs - ms) / DAY_MS;
    const closed = ageDays > 14 ? rng.chance(0.9) : rng.chance(0.3);
    const closedAt = closed ? iso(Math.min(ctx.nowMs, ms + rng.int(0, 7) * DAY_MS + 3_600_000)) : null;
    insert.run(
      seq,
      id,
      at,
      officer,
      rng.weighted(CHANNELS),
      person?.id ?? null,
      person ? null : rng.pick(ANONYMOUS_LABELS),
      person
        ? rng.pick(['self', 'self', 'self', 'spouse', 'parent', 'sibling'] as const)
        : rng.pick(['self', 'spouse', 'parent', 'child', 'sibling', 'other'] as const),
      person?.journeyId && rng.chance(0.5) ? person.journeyId : null,
      JSON.stringify(topics),
      rng.chance(0.75) ? rng.weighted(DESTINATIONS) : null,
      rng.pick(CONSULTATION_SUMMARIES),
      rng.chance(0.05) ? 1 : 0,
      rng.chance(0.01) ? 1 : 0,
      JSON.stringify(referrals),
      closed ? 'closed' : rng.chance(0.5) ? 'open' : 'in_progress',
      closedAt,
      person?.consentId ?? null,
      at,
      officer,
      closedAt ?? at,
      officer,
    );
    for (const t of topics) topic.run(t, seq, id);
    if (rng.chance(0.1)) {
      const due = addDaysTo(dayOf(ms), rng.int(3, 14));
      const done = due < ctx.today && rng.chance(0.9);
      followUp.run(
        rng.idAt(ms),
        id,
        due,
        done ? iso(Date.parse(`${due}T03:00:00Z`)) : null,
        done ? officer : null,
        done ? rng.weighted(OUTCOMES) : null,
        at,
        officer,
      );
    }
  }
  return moments.length;
}

/** Complaints with a timeline: recorded, referred, resolved, closed — each step dated after the last. */
export function cases(ctx: DemoContext, people: DeskPerson[], n: number, villageName: string): number {
  const { rng, db } = ctx;
  const insert = db.prepare(
    `INSERT INTO cases (id, reference_code, kind, status, risk, summary, agency_id, consultation_id, opened_at,
       resolved_at, closed_at, created_at, created_by, updated_at, updated_by, version)
     VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  const event = db.prepare(
    `INSERT INTO case_events (id, case_id, at, actor_id, note, referral_to, status_from, status_to)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const person = db.prepare('INSERT INTO case_people (case_id, person_id, role, consent_id) VALUES (?, ?, ?, ?)');
  const prefix = villagePrefix(villageName);
  const codes = new Set<string>();
  const alphabet = '34679ACDEFGHJKMNPQRTWXY';
  for (let i = 0; i < n; i++) {
    const opened = officeMoment(ctx, ctx.startMs, ctx.nowMs);
    const id = rng.idAt(opened);
    let code: string;
    do {
      code = `${prefix}-${yymm(dayOf(opened))}-${Array.from({ length: 3 }, () => rng.pick([...alphabet])).join('')}`;
    } while (codes.has(code));
    codes.add(code);
    const by = rng.pick(ctx.officers);
    const steps: { at: number; note: string; referral: string | null; from: string | null; to: string | null }[] = [
      { at: opened, note: 'Pengaduan dicatat.', referral: null, from: null, to: null },
    ];
    let status = 'open';
    let t = opened;
    /** Moves the case's clock on by some days; null (and no move) when that would pass now. */
    const later = (min: number, max: number) => {
      const next = t + rng.int(min, max) * DAY_MS;
      if (next >= ctx.nowMs) return null;
      t = next;
      return t;
    };
    let resolvedAt: number | null = null;
    let closedAt: number | null = null;
    if (rng.chance(0.6) && later(1, 5) !== null) {
      steps.push({ at: t, note: 'Dirujuk.', referral: rng.weighted(REFERRALS), from: status, to: 'referred' });
      status = 'referred';
    }
    if (rng.chance(0.6) && later(10, 60) !== null) {
      steps.push({ at: t, note: 'Masalah selesai ditangani.', referral: null, from: status, to: 'resolved' });
      status = 'resolved';
      resolvedAt = t;
      if (rng.chance(0.7) && later(5, 30) !== null) {
        steps.push({ at: t, note: 'Pengaduan ditutup.', referral: null, from: status, to: 'closed' });
        status = 'closed';
        closedAt = t;
      }
    }
    insert.run(
      id,
      code,
      rng.weighted(CASE_KINDS),
      status,
      rng.pick(['low', 'medium', 'medium', 'high', 'urgent'] as const),
      rng.pick(CASE_SUMMARIES),
      iso(opened),
      resolvedAt === null ? null : iso(resolvedAt),
      closedAt === null ? null : iso(closedAt),
      iso(opened),
      by,
      iso(t),
      by,
    );
    for (const s of steps) event.run(rng.idAt(s.at), id, iso(s.at), by, s.note, s.referral, s.from, s.to);
    if (people.length > 0 && rng.chance(0.8)) {
      const reporter = rng.pick(people);
      person.run(id, reporter.id, 'reporter', reporter.consentId);
    }
  }
  return n;
}

/** A few tickets waiting today, so the queue screens are not empty (demo scale only). */
export function queueToday(ctx: DemoContext, n: number): void {
  const insert = ctx.db.prepare(
    `INSERT INTO queue_tickets (id, day, service, prefix, number, taken_at, status) VALUES (?, ?, 'konsultasi', 'A', ?, ?, 'waiting')`,
  );
  for (let i = 1; i <= n; i++) {
    const ms = ctx.nowMs - (n - i + 1) * 4 * 60_000;
    insert.run(ctx.rng.idAt(ms), ctx.today, i, iso(ms));
  }
}

export { DUSUN };
