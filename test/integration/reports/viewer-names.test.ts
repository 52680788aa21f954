import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../../electron/core/api/permissions';
import { METHOD_NAMES, type MethodName, type Result } from '../../../electron/shared/contract';
import type { DashboardResult, ExportFile, StandardReport } from '../../../electron/shared/reports';
import { buildVillage, storedNames, type Village } from '../../fixtures/reports/village';
import { SAMPLE_INPUTS } from '../../support/sample-inputs';

/**
 * DESIGN.md: the village head sees aggregates, never a child's or a visitor's name. This walks
 * EVERY method a viewer may call (reports with several periods, every export format and every
 * table) on a village full of named people, and searches each answer for every stored name,
 * anonymous label, consent giver and household label. XLSX files are unpacked and read cell by
 * cell (a ZIP would hide the text from a plain search).
 */
let v: Village;
let names: string[];

beforeAll(async () => {
  v = await buildVillage();
  names = storedNames(v.core);
}, 120_000);
afterAll(() => v?.core.close());

const PERIODS = [
  { kind: 'month', month: '2026-11' },
  { kind: 'month', month: '2026-10' },
  { kind: 'quarter', year: 2026, quarter: 4 },
  { kind: 'custom', from: '2025-11-30', to: '2026-11-29' },
  { kind: 'custom', from: '2026-11-10', to: '2026-11-10' },
] as const;

/** Everything readable in an answer: the JSON, plus the text inside any exported file. */
async function readable(r: Result<unknown>): Promise<string> {
  let text = JSON.stringify(r);
  if (r.ok && typeof r.value === 'object' && r.value && 'base64' in r.value) {
    const data = Buffer.from((r.value as ExportFile).base64, 'base64');
    if (data.subarray(0, 2).toString() === 'PK') {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(data as never);
      for (const ws of wb.worksheets) {
        text += `\n${ws.name}`;
        ws.eachRow((row) => {
          text += `\n${JSON.stringify(row.values)}`;
        });
      }
    } else text += `\n${data.toString('utf8')}`;
  }
  return text;
}

function leaks(text: string): string[] {
  const lower = text.toLowerCase();
  return names.filter((n) => lower.includes(n.toLowerCase()));
}

describe('a viewer never receives a name', () => {
  it('the fixture holds the names the walk looks for', () => {
    for (const n of ['Sri Wahyuni Fiktif', 'Ayu Lestari Fiktif', 'Warsih Rahayu Fiktif', 'Warga Dusun Uji Fiktif']) {
      expect(names).toContain(n);
    }
    expect(names.length).toBeGreaterThan(25);
  });

  it('the search finds names when they are there (a desk officer’s consultation list)', async () => {
    const r = await v.core.dispatch('consultations.list', { limit: 50 }, { token: v.tokens.desk });
    expect(leaks(await readable(r))).toContain('Sri Wahyuni Fiktif');
  });

  it('walks every method the viewer may call', async () => {
    const viewerMethods = METHOD_NAMES.filter((m) => PERMISSIONS[m].includes('viewer'));
    expect(viewerMethods).toEqual(expect.arrayContaining(['reports.dashboard', 'reports.export']));
    // Session-ending methods go last, so the walk keeps its session.
    const last = new Set<MethodName>(['auth.logout', 'auth.logoutEverywhere']);
    const ordered = [...viewerMethods.filter((m) => !last.has(m)), ...viewerMethods.filter((m) => last.has(m))];
    const calls: [MethodName, unknown][] = [];
    for (const m of ordered) {
      if (m.startsWith('reports.')) continue;
      calls.push([m, SAMPLE_INPUTS[m] ?? {}]);
    }
    for (const period of PERIODS) {
      calls.push(['reports.dashboard', { period }], ['reports.dashboard', { period, compareMonths: 24 }]);
      calls.push(['reports.migrationService', { period }], ['reports.rumahEdukasi', { period }]);
    }
    let reportsSeen = 0;
    const exportCalls: [MethodName, unknown][] = [];
    for (const period of PERIODS.slice(0, 3)) {
      for (const report of ['migrationService', 'rumahEdukasi', 'dashboard'] as const) {
        exportCalls.push(['reports.export', { report, period, format: 'xlsx' }]);
      }
    }
    // Every table of every report as CSV, in both delimiters.
    const tablesOf = async (report: 'migrationService' | 'rumahEdukasi' | 'dashboard') => {
      const r = await v.core.dispatch(
        report === 'dashboard' ? 'reports.dashboard' : `reports.${report}`,
        { period: PERIODS[0] },
        { token: v.tokens.viewer },
      );
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      const value = r.value as StandardReport & DashboardResult;
      return (value.tables ?? value.sections.flatMap((s) => s.tables)).map((t) => t.key);
    };
    for (const report of ['migrationService', 'rumahEdukasi', 'dashboard'] as const) {
      for (const table of await tablesOf(report)) {
        for (const delimiter of [';', ','] as const) {
          exportCalls.push(['reports.export', { report, period: PERIODS[0], format: 'csv', table, delimiter }]);
        }
      }
    }
    for (const [method, input] of [
      ...exportCalls,
      ...calls.filter(([m]) => !last.has(m)),
      ...calls.filter(([m]) => last.has(m)),
    ]) {
      const r = await v.core.dispatch(method, input, { token: v.tokens.viewer });
      if (method.startsWith('reports.')) {
        expect(r.ok, `${method} ${JSON.stringify(input)}: ${JSON.stringify(r)}`).toBe(true);
        reportsSeen++;
      }
      expect(leaks(await readable(r)), `${method} ${JSON.stringify(input)}`).toEqual([]);
    }
    expect(reportsSeen).toBeGreaterThan(60);
  }, 120_000);

  it('the viewer cannot start a named list or touch an export job', async () => {
    v.at('2026-11-29 09:00'); // the walk above logged out
    for (const method of ['reports.exportNamedList', 'exports.status', 'exports.download', 'exports.cancel'] as const) {
      expect(PERMISSIONS[method]).not.toContain('viewer');
      const r = await v.core.dispatch(method, SAMPLE_INPUTS[method], { token: v.tokens.viewer });
      expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
    }
  });
});
