import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile, StandardReport } from '../../../electron/shared/reports';
import { figure } from '../../fixtures/reports/read';
import { buildVillage, type Village } from '../../fixtures/reports/village';
import { tableCounts } from '../../support/core';

/**
 * Property tests over every report input schema: random and near-miss input never gives INTERNAL
 * and a refused call writes nothing; valid random periods give the same counts as an independent
 * count over the stored timestamps (not the seq keys the reports use).
 */
let v: Village;
beforeAll(async () => {
  v = await buildVillage();
}, 120_000);
afterAll(() => v?.core.close());

const day = fc
  .date({ min: new Date('2026-09-01T00:00:00Z'), max: new Date('2026-11-29T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const anyDate = fc.oneof(
  day,
  fc.string({ maxLength: 12 }),
  fc.constantFrom('2026-02-30', '2026-13-01', '1899-12-31', '2200-01-01', '2026-11-29T00:00'),
);
const period = fc.oneof(
  fc.record({
    kind: fc.constant('month'),
    month: fc.oneof(
      fc.constantFrom('2026-11', '2026-10', '2027-01', '2026-00', '1999-12'),
      fc.string({ maxLength: 8 }),
    ),
  }),
  fc.record({
    kind: fc.constant('quarter'),
    year: fc.oneof(fc.integer({ min: 1990, max: 2110 }), fc.double(), fc.string()),
    quarter: fc.oneof(fc.integer({ min: -1, max: 6 }), fc.constant('4')),
  }),
  fc.record({ kind: fc.constant('custom'), from: anyDate, to: anyDate }),
  fc.anything(),
);

async function neverInternal(method: string, input: unknown, role: 'viewer' | 'desk' | 'edu' | 'admin') {
  const before = tableCounts(v.core);
  const r = await v.core.dispatch(method, input, { token: v.tokens[role] });
  if (!r.ok) {
    expect(r.error.code, JSON.stringify({ method, input, error: r.error })).not.toBe('INTERNAL');
    expect(r.error.message.length).toBeGreaterThan(0);
    if (r.error.code === 'VALIDATION') {
      expect(r.error.issues?.length ?? 0).toBeGreaterThan(0);
      expect(tableCounts(v.core)).toEqual(before);
    }
  }
  return r;
}

describe('report inputs', () => {
  it('reports.dashboard / migrationService / rumahEdukasi: any period', async () => {
    v.at('2026-11-29 09:00');
    await fc.assert(
      fc.asyncProperty(
        period,
        fc.oneof(fc.constant(undefined), fc.integer({ min: -3, max: 30 }), fc.anything()),
        fc.constantFrom('reports.dashboard', 'reports.migrationService', 'reports.rumahEdukasi'),
        fc.constantFrom('viewer', 'desk', 'edu', 'admin') as fc.Arbitrary<'viewer' | 'desk' | 'edu' | 'admin'>,
        async (p, compareMonths, method, role) => {
          const input = method === 'reports.dashboard' ? { period: p, compareMonths } : { period: p };
          await neverInternal(method, input, role);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reports.export: any report, format, table and delimiter', async () => {
    v.at('2026-11-29 09:00');
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            report: fc.oneof(fc.constantFrom('migrationService', 'rumahEdukasi', 'dashboard'), fc.string()),
            period: fc.oneof(period, fc.constant({ kind: 'month', month: '2026-11' })),
            format: fc.oneof(fc.constantFrom('xlsx', 'csv'), fc.anything()),
            table: fc.oneof(
              fc.constantFrom('ringkasan', 'rujukan', 'anakPerUmur', 'trenLayanan'),
              fc.string({ maxLength: 50 }),
            ),
            delimiter: fc.oneof(fc.constantFrom(';', ','), fc.string({ maxLength: 2 })),
            compareMonths: fc.integer({ min: 0, max: 30 }),
          },
          { requiredKeys: ['report', 'period', 'format'] },
        ),
        async (input) => {
          const r = await neverInternal('reports.export', input, 'admin');
          if (r.ok) {
            const data = Buffer.from((r.value as ExportFile).base64, 'base64');
            if (input.format === 'csv') expect([...data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
            else expect(data.subarray(0, 2).toString()).toBe('PK');
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('named lists and export jobs: any list, job id, offset and length', async () => {
    v.at('2026-11-29 09:00');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('reports.exportNamedList', 'exports.status', 'exports.download', 'exports.cancel'),
        fc.record({
          list: fc.oneof(fc.constantFrom('consultations', 'children', 'cases'), fc.string()),
          period: period,
          format: fc.oneof(fc.constantFrom('xlsx', 'csv'), fc.string()),
          jobId: fc.oneof(fc.uuid(), fc.string({ maxLength: 80 })),
          offset: fc.oneof(fc.integer({ min: -5, max: 1e9 }), fc.double(), fc.string()),
          length: fc.oneof(fc.integer({ min: -5, max: 1e8 }), fc.constant(undefined)),
        }),
        fc.constantFrom('desk', 'edu', 'admin') as fc.Arbitrary<'desk' | 'edu' | 'admin'>,
        async (method, input, role) => {
          await neverInternal(method, input, role);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('counts agree with an independent count over the stored timestamps', () => {
  it('consultations, topics and new cases for any custom range', async () => {
    v.at('2026-11-29 09:00');
    const count = (sql: string, from: string, to: string) =>
      (v.core.db.prepare(sql).get({ from, to }) as { n: number }).n;
    // Jakarta day of a UTC timestamp, computed by SQLite from the text: nothing shared with the report.
    const jakartaDay = (col: string) => `date(${col}, '+7 hours')`;
    await fc.assert(
      fc.asyncProperty(day, day, async (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const r = await v.core.dispatch(
          'reports.migrationService',
          { period: { kind: 'custom', from, to } },
          { token: v.tokens.viewer },
        );
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        const report = r.value as StandardReport;
        expect(figure(report.tables, 'ringkasan', 'consultations')).toBe(
          count(`SELECT COUNT(*) AS n FROM consultations WHERE ${jakartaDay('at')} BETWEEN @from AND @to`, from, to),
        );
        expect(figure(report.tables, 'konsultasiPerCara', 'total')).toBe(
          figure(report.tables, 'ringkasan', 'consultations'),
        );
        const topics = report.tables
          .find((t) => t.key === 'konsultasiPerTopik')!
          .rows.reduce((n, row) => n + Number(row.cells[1]), 0);
        expect(topics).toBe(
          count(
            `SELECT COUNT(*) AS n FROM consultations c, json_each(c.topics) WHERE ${jakartaDay('c.at')} BETWEEN @from AND @to`,
            from,
            to,
          ),
        );
        expect(figure(report.tables, 'ringkasan', 'casesOpened')).toBe(
          count(`SELECT COUNT(*) AS n FROM cases WHERE ${jakartaDay('opened_at')} BETWEEN @from AND @to`, from, to),
        );
      }),
      { numRuns: 60 },
    );
  });
});
