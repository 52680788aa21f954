import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { planCases } from '../../../electron/core/desk/cases/repository';
import { planList } from '../../../electron/core/desk/consultations/list';
import { encodeCursor } from '../../../electron/core/desk/cursor';
import { DUE_SELECT } from '../../../electron/core/desk/follow-ups/repository';
import { JOURNEY_SQL } from '../../../electron/core/desk/journeys/repository';
import type { ConsultationListInput } from '../../../electron/shared/desk';
import { seedDesk } from '../../../scripts/bench/desk-dataset';
import { completeSetup, memoryCore } from '../../support/core';

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

function explain(core: Core, sql: string, params: unknown): PlanRow[] {
  const stmt = core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  return (Array.isArray(params) ? stmt.all(...params) : stmt.all(params ?? {})) as PlanRow[];
}

/** No sort of the whole result at the top level, and no full scan of a table except in key order. */
function expectIndexed(rows: PlanRow[], label: string) {
  const top = rows.filter((r) => r.parent === 0).map((r) => r.detail);
  expect(
    top.some((d) => d.includes('TEMP B-TREE')),
    `${label}: ${top.join(' | ')}`,
  ).toBe(false);
}

type Filters = NonNullable<ConsultationListInput['filters']>;

describe('query plans at bench shape (20,000 consultations)', () => {
  let core: Core;
  let cursor = '';
  let personId = '';
  let personName = '';
  beforeAll(async () => {
    core = memoryCore();
    await completeSetup(core);
    seedDesk(core, { people: 2000, consultations: 20_000 });
    const mid = core.db.prepare('SELECT seq, id FROM consultations ORDER BY seq DESC LIMIT 1 OFFSET 10000').get() as {
      seq: number;
      id: string;
    };
    cursor = encodeCursor({ key: String(mid.seq), id: mid.id });
    const p = core.db
      .prepare(
        'SELECT c.person_id, p.full_name FROM consultations c JOIN people p ON p.id = c.person_id WHERE c.person_id IS NOT NULL LIMIT 1',
      )
      .get() as { person_id: string; full_name: string };
    personId = p.person_id;
    personName = p.full_name;
  });

  /** [label, filters, with cursor?, a line the plan must contain] */
  const consultationCases: [string, () => Filters, boolean, RegExp][] = [
    ['newest first', () => ({}), false, /^SCAN c$/],
    ['a deep page', () => ({}), true, /SEARCH c USING INTEGER PRIMARY KEY \(rowid<\?\)/],
    ['status', () => ({ status: 'open' }), true, /USING INDEX consultations_status \(status=\? AND rowid<\?\)/],
    ['topic', () => ({ topic: 'costs' }), true, /SEARCH t USING PRIMARY KEY \(topic=\? AND seq<\?\)/],
    ['flagged', () => ({ flagged: true }), true, /USING INDEX consultations_flagged \(seq<\?\)/],
    ['person', () => ({ personId }), true, /USING INDEX consultations_person \(person_id=\? AND rowid<\?\)/],
    [
      'a date range',
      () => ({ from: '2020-01-01', to: '2020-12-31' }),
      false,
      /INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/,
    ],
    [
      'flagged wins over topic and status',
      () => ({ flagged: true, topic: 'costs', status: 'closed' }),
      false,
      /USING INDEX consultations_flagged/,
    ],
    [
      'topic wins over status',
      () => ({ topic: 'g_to_g', status: 'closed', flagged: false }),
      false,
      /SEARCH t USING PRIMARY KEY/,
    ],
    ['words', () => ({ q: 'sponsor kontrak' }), true, /SCAN consultations_fts VIRTUAL TABLE/],
    ['a full name', () => ({ q: personName }), false, /USING COVERING INDEX consultations_person/],
    ['a common first name', () => ({ q: 'siti' }), false, /LIST SUBQUERY|SCAN c2/],
    ['words within a person', () => ({ personId, q: 'paspor' }), false, /consultations_person \(person_id=\?/],
  ];

  it.each(consultationCases)(
    'consultations.list by %s uses its index, with no sort',
    (label, filters, withCursor, must) => {
      const plan = planList(core.db, filters(), 50, withCursor ? cursor : null);
      const rows = explain(core, plan.sql, plan.params);
      expect(
        rows.map((r) => r.detail).some((d) => must.test(d)),
        `${label}: ${rows.map((r) => r.detail).join(' | ')}`,
      ).toBe(true);
      expectIndexed(rows, label);
      // Every plan except the plain newest-first walk reaches rows through an index.
      if (label !== 'newest first') expect(rows.some((r) => r.detail === 'SCAN c')).toBe(false);
    },
  );

  it('cases, follow-ups and journeys lists each read one index range', () => {
    const checks: [string, string, unknown, RegExp][] = [
      ['cases newest', planCases({}, 50).sql, planCases({}, 50).params, /USING INDEX cases_opened/],
      [
        'cases by status',
        planCases({ filters: { status: 'open', kind: 'fraud' } }, 50).sql,
        planCases({ filters: { status: 'open', kind: 'fraud' } }, 50).params,
        /USING INDEX cases_status/,
      ],
      [
        'cases by agency, paged',
        planCases({ filters: { agencyId: 'a', status: 'open' }, cursor: encodeCursor({ key: '2026', id: 'x' }) }, 50)
          .sql,
        planCases({ filters: { agencyId: 'a', status: 'open' }, cursor: encodeCursor({ key: '2026', id: 'x' }) }, 50)
          .params,
        /USING INDEX cases_agency/,
      ],
      [
        'follow-ups due today',
        `${DUE_SELECT} WHERE f.done_at IS NULL AND f.due_on = ? ORDER BY f.due_on, f.id LIMIT 200`,
        ['2026-11-29'],
        /USING INDEX follow_ups_open_due \(due_on=\?\)/,
      ],
      [
        'follow-ups overdue',
        `${DUE_SELECT} WHERE f.done_at IS NULL AND f.due_on < ? ORDER BY f.due_on, f.id LIMIT 200`,
        ['2026-11-29'],
        /USING INDEX follow_ups_open_due \(due_on<\?\)/,
      ],
      ['journeys of a person', JOURNEY_SQL.byPerson, ['p-0000001'], /USING INDEX journeys_person/],
      ['departing this month', JOURNEY_SQL.departing, ['2026-11-01', '2026-11-30'], /USING INDEX journeys_departed/],
      ['contracts ending', JOURNEY_SQL.returning, ['2026-11-29', '2027-02-28'], /USING INDEX journeys_expected_return/],
      ['non-procedural', JOURNEY_SQL.nonProcedural, [], /USING INDEX journeys_non_procedural/],
    ];
    for (const [label, sql, params, must] of checks) {
      const rows = explain(core, sql, params);
      expect(
        rows.some((r) => must.test(r.detail)),
        `${label}: ${rows.map((r) => r.detail).join(' | ')}`,
      ).toBe(true);
      // (A sort inside the per-row "who to contact" subquery orders a case's few people; not the list.)
      expectIndexed(rows, label);
    }
  });

  it("a person's complaints start from that person's index entries, then sort only those few", () => {
    const plan = planCases({ filters: { personId: 'p-0000001' } }, 50);
    const rows = explain(core, plan.sql, plan.params).map((r) => r.detail);
    expect(rows.join(' | ')).toMatch(/SEARCH case_people USING COVERING INDEX case_people_person \(person_id=\?\)/);
    expect(rows.join(' | ')).toMatch(/SEARCH k USING INDEX sqlite_autoindex_cases_1 \(id=\?\)/);
    expect(rows.some((d) => d.startsWith('SCAN'))).toBe(false);
  });

  it('the checker itself notices a list that would be sorted', () => {
    const rows = explain(core, 'SELECT id FROM consultations ORDER BY summary LIMIT 50', {});
    expect(rows.some((r) => r.parent === 0 && r.detail.includes('TEMP B-TREE'))).toBe(true);
  });

  it('after ANALYZE (planner statistics), still no sort of a whole list', () => {
    core.db.exec('ANALYZE');
    for (const [label, filters, withCursor] of consultationCases) {
      const plan = planList(core.db, filters(), 50, withCursor ? cursor : null);
      expectIndexed(explain(core, plan.sql, plan.params), `${label} (analyzed)`);
    }
  });

  it('search plans give exactly what a plain scan of the same data gives', () => {
    const ids = (sql: string, params: unknown = {}) =>
      (core.db.prepare(sql).all(params as Record<string, unknown>) as { id: string }[]).map((r) => r.id);
    const naive = (where: string) =>
      ids(`SELECT c.id FROM consultations c LEFT JOIN people p ON p.id = c.person_id WHERE ${where}
           ORDER BY c.seq DESC LIMIT 31`);
    const planned = (f: Filters, withCursor = false) => {
      const plan = planList(core.db, f, 30, withCursor ? cursor : null);
      return ids(plan.sql, plan.params);
    };
    const hi = Number(JSON.parse(Buffer.from(cursor, 'base64url').toString())[0]);
    // In the generated data words never start a name and names never appear in summaries.
    expect(planned({ q: 'sponsor' })).toEqual(naive(`c.summary LIKE '%sponsor%'`));
    expect(planned({ q: 'siti' })).toEqual(naive(`p.name_key LIKE 'siti%'`));
    expect(planned({ q: 'siti', status: 'open' }, true)).toEqual(
      naive(`p.name_key LIKE 'siti%' AND c.status = 'open' AND c.seq < ${hi}`),
    );
    expect(planned({ q: personName })).toEqual(naive(`p.name_key LIKE '${personName.toLowerCase()}%'`));
    expect(planned({ q: 'korea', topic: 'g_to_g' })).toEqual(
      naive(
        `c.summary LIKE '%korea%' AND EXISTS (SELECT 1 FROM consultation_topics t WHERE t.seq = c.seq AND t.topic = 'g_to_g')`,
      ),
    );
    expect(planned({ q: 'sponsor' }).length).toBe(31);
  });
});
