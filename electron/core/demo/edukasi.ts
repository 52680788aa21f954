import { ACTIVITY_KIND_LABELS } from '../../shared/edukasi';
import { nameKey } from '../people/name-key';
import {
  addDaysTo,
  birthDate,
  consentWriter,
  DAY_MS,
  type DemoContext,
  dayOf,
  earliest,
  iso,
  latest,
  officeMoment,
  peopleWriter,
  weekday,
} from './context';
import { type DeskPerson, journeyWriter } from './desk';
import { DUSUN, FICTION_MARK } from './names';

export interface EdukasiScale {
  children: number;
  /** Children per group (cohorts enrolled about the same time). */
  groupSize: number;
  /** Average roll-called sessions per group per week. */
  sessionsPerWeek: number;
  /** Days between two logged contacts with the parent abroad, per child. */
  contactEveryDays: number;
  /** Earliest enrolment, in days before the start of the history (the demo starts with children already there). */
  enrolledBeforeStartDays: number;
  /** Longest stay in the programme, in days (1–5 years at the ten-year scales). */
  maxStayDays: number;
}

export interface EdukasiCounts {
  households: number;
  children: number;
  caregivers: number;
  groups: number;
  activities: number;
  marks: number;
  contacts: number;
  /** Everyone who has marks, for the absence-run table. */
  marked: string[];
}

const PATTERNS = { mother: 45, father: 30, both: 15, returned: 10 } as const;
const CARERS: Record<keyof typeof PATTERNS, Readonly<Record<string, number>>> = {
  mother: { father: 30, grandmother: 50, aunt: 20 },
  father: { mother: 85, grandmother: 15 },
  both: { grandmother: 55, grandfather: 15, aunt: 15, uncle: 10, neighbour: 5 },
  returned: { mother: 100 },
};
const MALE_CARERS = new Set(['father', 'grandfather', 'uncle']);
const CHILD_KINDS = [
  'calistung',
  'belajar_kelompok',
  'kerohanian',
  'kesenian',
  'olahraga',
  'literasi_digital',
  'calistung',
  'konseling',
] as const;
const FLOWERS = ['Melati', 'Mawar', 'Anggrek', 'Kenanga', 'Dahlia', 'Teratai', 'Cempaka', 'Kamboja'] as const;
const MARKS = { present: 80, late: 6, excused: 4, sick: 4, absent: 6 } as const;
const CLASS_MARKS = { present: 70, late: 5, excused: 10, sick: 5, absent: 10 } as const;

interface Child {
  id: string;
  personId: string;
  enrolled: string;
  /** First day no longer enrolled, or null. */
  left: string | null;
  atRisk: boolean;
}

const schoolLevel = (age: number, rng: DemoContext['rng']) =>
  age < 4 ? 'none' : age < 7 ? 'paud' : age < 13 ? 'sd' : rng.chance(0.05) ? 'not_in_school' : age < 16 ? 'smp' : 'sma';

const activeOn = (c: { enrolled: string; left: string | null }, date: string) =>
  c.enrolled <= date && (c.left === null || date < c.left);

/** Households, children with their consents, parents abroad, caregivers, groups, roll calls, contacts. */
export function edukasi(ctx: DemoContext, scale: EdukasiScale, commit: (fn: () => void) => void): EdukasiCounts {
  const { rng, db } = ctx;
  const person = peopleWriter(ctx);
  const consent = consentWriter(ctx);
  const journey = journeyWriter(ctx);
  const st = {
    household: db.prepare(
      `INSERT INTO households (id, label, dusun, rt, rw, created_at, created_by, updated_at, updated_by, version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
    ),
    member: db.prepare(
      'INSERT INTO household_members (household_id, person_id, relation, added_at) VALUES (?, ?, ?, ?)',
    ),
    child: db.prepare(
      `INSERT INTO children (id, person_id, household_id, birth_certificate, kia, born_abroad, school_level, enrolled_on,
         left_on, consent_id, consent_giver, created_at, created_by, updated_at, updated_by, version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
    ),
    link: db.prepare(
      'INSERT INTO child_parents_abroad (child_id, journey_id, role, linked_at, linked_by) VALUES (?, ?, ?, ?, ?)',
    ),
    caregiver: db.prepare(
      `INSERT INTO caregivers (id, person_id, parenting_training_on, training_provider, consent_id, created_at, created_by,
         updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    arrangement: db.prepare(
      `INSERT INTO care_arrangements (id, child_id, caregiver_id, relation, court_appointed_guardian, from_date, to_date,
         is_primary, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, NULL, 1, ?, ?)`,
    ),
    group: db.prepare(
      `INSERT INTO groups (id, name, name_key, audience, created_at, created_by, updated_at, updated_by, version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)`,
    ),
    groupMember: db.prepare(
      `INSERT INTO group_members (id, group_id, person_id, from_date, to_date, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    activity: db.prepare(
      `INSERT INTO activities (id, group_id, date, start_time, end_time, kind, title, facilitator, place, number_in_day,
         created_at, created_by, updated_at, updated_by, version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Rumah Edukasi Desa Contoh', ?, ?, ?, ?, ?, 1)`,
    ),
    mark: db.prepare(
      `INSERT INTO attendance (activity_id, person_id, on_date, number_in_day, status, marked_at, marked_by)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    contact: db.prepare(
      `INSERT INTO parent_contacts (id, child_id, contact_on, how, facilitated_by_house, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
  const counts: EdukasiCounts = {
    households: 0,
    children: 0,
    caregivers: 0,
    groups: 0,
    activities: 0,
    marks: 0,
    contacts: 0,
    marked: [],
  };
  const children: Child[] = [];
  const carers: { personId: string; from: string }[] = [];
  const lastDay = addDaysTo(ctx.today, -1);

  // ---- Households: parents (with journeys), children, one primary caregiver each.
  commit(() => {
    const earliest = ctx.startMs - scale.enrolledBeforeStartDays * DAY_MS;
    while (children.length < scale.children) {
      const by = rng.pick(ctx.educators);
      const enrolledMs = officeMoment(ctx, earliest, ctx.nowMs - 7 * DAY_MS);
      const enrolled = dayOf(enrolledMs);
      const pattern = rng.weighted(PATTERNS);
      const dusun = rng.pick(DUSUN);
      const parent = (sex: 'L' | 'P'): DeskPerson & { name: string } => {
        const createdMs = enrolledMs - rng.int(30, 400) * DAY_MS;
        const p = person({ sex, birthDate: birthDate(ctx, enrolled, 24, 45), createdMs, dusun }, by);
        const consentId = consent(p.id, ['consultation', 'migrant_register'], createdMs, rng.pick(ctx.officers));
        return { id: p.id, name: p.name, sex, consentId, journeyId: null };
      };
      const mother = parent('P');
      const father = parent('L');
      const abroad: { p: DeskPerson; role: 'mother' | 'father' }[] = [];
      if (pattern === 'mother' || pattern === 'both') abroad.push({ p: mother, role: 'mother' });
      if (pattern === 'father' || pattern === 'both') abroad.push({ p: father, role: 'father' });
      for (const a of abroad) journey(a.p, { abroadOn: enrolled });
      if (pattern === 'returned') {
        journey(mother, { returnedBefore: enrolled });
        abroad.push({ p: mother, role: 'mother' });
      }
      const householdId = rng.idAt(enrolledMs);
      const at = iso(enrolledMs);
      st.household.run(
        householdId,
        `Keluarga Bpk. ${father.name.replace(FICTION_MARK, '')}, ${dusun}${FICTION_MARK}`,
        dusun,
        String(rng.int(1, 9)).padStart(3, '0'),
        String(rng.int(1, 5)).padStart(3, '0'),
        at,
        by,
        at,
        by,
      );
      counts.households++;
      st.member.run(householdId, father.id, 'head', at);
      st.member.run(householdId, mother.id, 'wife', at);

      // The caregiver: the parent at home, or a relative or neighbour (a new person).
      const relation = rng.weighted(CARERS[pattern]);
      let carerId: string;
      if (relation === 'mother' || relation === 'father') carerId = relation === 'mother' ? mother.id : father.id;
      else {
        const sex = MALE_CARERS.has(relation) ? 'L' : 'P';
        const old = relation.startsWith('grand');
        carerId = person(
          { sex, birthDate: birthDate(ctx, enrolled, old ? 55 : 28, old ? 78 : 55), createdMs: enrolledMs, dusun },
          by,
        ).id;
      }
      const carerConsent = consent(carerId, ['rumah_edukasi'], enrolledMs, by);
      const caregiverId = rng.idAt(enrolledMs);
      const trained = rng.chance(0.4) ? dayOf(officeMoment(ctx, enrolledMs, ctx.nowMs)) : null;
      st.caregiver.run(
        caregiverId,
        carerId,
        trained,
        trained ? 'Dinas P3A / Kemnaker (contoh)' : null,
        carerConsent,
        at,
        by,
        at,
        by,
      );
      counts.caregivers++;
      carers.push({ personId: carerId, from: enrolled });

      const giver = abroad[0]?.role ?? 'mother';
      for (let k = rng.int(1, 3); k > 0 && children.length < scale.children; k--) {
        const age = rng.int(1, 15);
        const sex = rng.chance(0.5) ? 'L' : 'P';
        const birth = birthDate(ctx, enrolled, age, age);
        const { id: personId } = person({ sex, birthDate: birth, createdMs: enrolledMs, dusun }, by);
        const consentId = consent(personId, ['rumah_edukasi', 'reporting'], enrolledMs, by, {
          relation: giver,
          name: `Orang tua${FICTION_MARK}`,
          method: pattern === 'returned' ? 'written' : 'recorded_call',
        });
        const adult = addDaysTo(birth, 18 * 365 + 4);
        let left: string | null = null;
        if (rng.chance(scale.maxStayDays >= 365 * 2 ? 1 : 0.1)) {
          const candidate = addDaysTo(enrolled, rng.int(30, scale.maxStayDays));
          left = candidate <= ctx.today ? candidate : null;
        }
        if (adult <= ctx.today && (left === null || adult < left)) left = adult;
        if (left !== null && left <= enrolled) left = addDaysTo(enrolled, 1);
        const childId = rng.idAt(enrolledMs);
        const bornAbroad = rng.chance(0.04);
        st.child.run(
          childId,
          personId,
          householdId,
          bornAbroad ? rng.weighted({ yes: 50, no: 35, unknown: 15 }) : rng.weighted({ yes: 88, no: 8, unknown: 4 }),
          rng.weighted({ yes: 60, no: 33, unknown: 7 }),
          bornAbroad ? 1 : 0,
          schoolLevel(Number(ctx.today.slice(0, 4)) - Number(birth.slice(0, 4)), rng),
          enrolled,
          left,
          consentId,
          pattern === 'returned' ? 'parent_home' : 'parent_abroad',
          at,
          by,
          at,
          by,
        );
        st.member.run(householdId, personId, 'child', at);
        for (const a of abroad) st.link.run(childId, a.p.journeyId, a.role, at, by);
        st.arrangement.run(
          rng.idAt(enrolledMs),
          childId,
          caregiverId,
          relation,
          relation === 'neighbour' ? 0 : rng.chance(0.02) ? 1 : 0,
          enrolled,
          at,
          by,
        );
        children.push({ id: childId, personId, enrolled, left, atRisk: left === null && rng.chance(0.03) });
        counts.children++;
      }
    }
  });

  // ---- Children's groups: cohorts by enrolment, each with its weekly sessions and roll calls.
  children.sort((a, b) => (a.enrolled < b.enrolled ? -1 : a.enrolled > b.enrolled ? 1 : 0));
  const numberInDay = new Map<string, number>();
  const nextNumber = (date: string) => {
    const n = (numberInDay.get(date) ?? 0) + 1;
    numberInDay.set(date, n);
    return n;
  };
  const riskFrom = addDaysTo(ctx.today, -21);
  const session = (
    groupId: string | null,
    date: string,
    kind: string,
    members: { personId: string }[],
    status: (m: { personId: string }) => string,
  ) => {
    const n = nextNumber(date);
    const by = rng.pick(ctx.educators);
    const at = iso(Date.parse(`${date}T08:00:00Z`));
    const activityId = rng.idAt(Date.parse(at));
    st.activity.run(
      activityId,
      groupId,
      date,
      kind === 'kelas_pengasuh' ? '09:00' : '15:00',
      kind === 'kelas_pengasuh' ? '11:00' : '16:30',
      kind,
      ACTIVITY_KIND_LABELS[kind as keyof typeof ACTIVITY_KIND_LABELS],
      `Kak Pendamping ${1 + (n % 4)}${FICTION_MARK}`,
      n,
      at,
      by,
      at,
      by,
    );
    counts.activities++;
    for (const m of members) {
      st.mark.run(activityId, m.personId, date, n, status(m), at, by);
      counts.marks++;
    }
  };
  const flowers = FLOWERS.length;
  for (let g = 0; g * scale.groupSize < children.length; g++) {
    commit(() => {
      const members = children.slice(g * scale.groupSize, (g + 1) * scale.groupSize);
      const groupId = rng.idAt(Date.parse(`${members[0].enrolled}T01:00:00Z`));
      const name = `Kelompok ${FLOWERS[g % flowers]} ${Math.floor(g / flowers) + 1}${FICTION_MARK}`;
      const by = rng.pick(ctx.educators);
      const at = iso(Date.parse(`${members[0].enrolled}T01:00:00Z`));
      st.group.run(groupId, name, nameKey(name), 'children', at, by, at, by);
      counts.groups++;
      for (const m of members)
        st.groupMember.run(rng.idAt(Date.parse(at)), groupId, m.personId, m.enrolled, m.left, at, by);
      // Sessions from the first enrolment to yesterday (or until everyone has left).
      const end = members.some((m) => m.left === null) ? lastDay : latest(...members.map((m) => m.left ?? lastDay));
      const stop = earliest(end, lastDay);
      const firstDay = dayOf(Math.max(Date.parse(`${members[0].enrolled}T00:00:00Z`), ctx.startMs - 400 * DAY_MS));
      let kindIndex = g;
      for (let week = firstDay; week <= stop; week = addDaysTo(week, 7)) {
        const whole = Math.floor(scale.sessionsPerWeek);
        const count = whole + (rng.chance(scale.sessionsPerWeek - whole) ? 1 : 0);
        const days = new Set<number>();
        while (days.size < Math.min(count, 6)) days.add(rng.int(0, 5));
        for (const offset of [...days].sort()) {
          let date = addDaysTo(week, offset);
          if (weekday(date) === 0) date = addDaysTo(date, 1);
          if (date > stop) continue;
          const present = members.filter((m) => activeOn(m, date));
          if (present.length === 0) continue;
          session(groupId, date, CHILD_KINDS[kindIndex++ % CHILD_KINDS.length], present, (m) =>
            (m as Child).atRisk && date >= riskFrom ? 'absent' : rng.weighted(MARKS),
          );
        }
      }
    });
  }

  // ---- Caregivers' parenting class: one session a month for each class of 30.
  commit(() => {
    for (let c = 0; c * 30 < carers.length; c++) {
      const members = carers.slice(c * 30, (c + 1) * 30);
      const first = earliest(...members.map((m) => m.from));
      const by = rng.pick(ctx.educators);
      const name = `Kelas Pengasuh ${c + 1}${FICTION_MARK}`;
      const groupId = rng.idAt(Date.parse(`${first}T01:00:00Z`));
      const at = iso(Date.parse(`${first}T01:00:00Z`));
      st.group.run(groupId, name, nameKey(name), 'caregivers', at, by, at, by);
      counts.groups++;
      for (const m of members) st.groupMember.run(rng.idAt(Date.parse(at)), groupId, m.personId, m.from, null, at, by);
      for (
        let month = first.slice(0, 7);
        month <= lastDay.slice(0, 7);
        month = addDaysTo(`${month}-28`, 7).slice(0, 7)
      ) {
        let date = `${month}-08`;
        while (weekday(date) !== 6) date = addDaysTo(date, 1);
        if (date > lastDay || date < dayOf(ctx.startMs - 400 * DAY_MS)) continue;
        const present = members.filter((m) => m.from <= date).map((m) => ({ personId: m.personId }));
        if (present.length > 0) session(groupId, date, 'kelas_pengasuh', present, () => rng.weighted(CLASS_MARKS));
      }
    }
  });

  // ---- Long-distance parenting log.
  commit(() => {
    for (const child of children) {
      const end = child.left === null ? lastDay : child.left;
      for (
        let d = addDaysTo(child.enrolled, rng.int(3, scale.contactEveryDays));
        d < end;
        d = addDaysTo(d, scale.contactEveryDays)
      ) {
        if (Date.parse(`${d}T00:00:00Z`) < ctx.startMs - 400 * DAY_MS) continue;
        const at = iso(Date.parse(`${d}T10:00:00Z`));
        st.contact.run(
          rng.idAt(Date.parse(at)),
          child.id,
          d,
          rng.weighted({ video_call: 45, phone: 25, message: 25, visit: 5 }),
          rng.chance(0.4) ? 1 : 0,
          at,
          rng.pick(ctx.educators),
        );
        counts.contacts++;
      }
    }
  });
  counts.marked = [...children.map((c) => c.personId), ...carers.map((c) => c.personId)];
  return counts;
}
