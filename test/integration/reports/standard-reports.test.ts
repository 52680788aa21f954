import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardResult, StandardReport } from '../../../electron/shared/reports';
import { figure, rowValues, summary } from '../../fixtures/reports/read';
import { buildVillage, NOVEMBER as N, type Village } from '../../fixtures/reports/village';

/**
 * Every figure of both standard reports for November 2026 against the hand count written next to
 * the fixture's events (test/fixtures/reports/village.ts), plus October to prove the edges of a
 * period (a consultation at 23:30 WIB on 31 October belongs to October, one at 00:30 on 1 November
 * to November), and the dashboard's parts per role.
 */
let v: Village;
const NOV = { kind: 'month', month: '2026-11' } as const;
const OCT = { kind: 'month', month: '2026-10' } as const;

beforeAll(async () => {
  v = await buildVillage();
}, 120_000);
afterAll(() => v?.core.close());

async function report(method: 'reports.migrationService' | 'reports.rumahEdukasi', period: unknown, role = 'viewer') {
  const r = await v.core.dispatch(method, { period }, { token: v.tokens[role as 'viewer'] });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as StandardReport;
}

describe('Laporan Layanan Migrasi Desa, November 2026', () => {
  let r: StandardReport;
  beforeAll(async () => {
    r = await report('reports.migrationService', NOV);
  });

  it('carries the header: village, kode wilayah, period in Indonesian, who and when', () => {
    expect(r.header).toMatchObject({
      title: 'Laporan Layanan Migrasi Desa',
      villageName: 'Kenanga',
      regionCode: '32.12.16.2004',
      generatedBy: 'Petugas kuwu',
      generatedAt: '2026-11-29T02:00:00.000Z',
      generatedAtLabel: '29 November 2026, 09.00 WIB',
      demo: false,
    });
    expect(r.header.period).toEqual({
      kind: 'month',
      from: '2026-11-01',
      to: '2026-11-29',
      end: '2026-11-30',
      label: 'November 2026, sampai 29 November 2026',
      partial: true,
      days: 29,
    });
    expect(r.empty).toBe(false);
  });

  it('summary figures', () => {
    expect(summary(r, 'consultations')).toBe(N.consultations);
    expect(summary(r, 'named')).toBe(N.named);
    expect(summary(r, 'anonymous')).toBe(N.anonymous);
    expect(summary(r, 'nonProcedural')).toBe(N.nonProcedural);
    expect(summary(r, 'trafficking')).toBe(N.trafficking);
    expect(summary(r, 'referred')).toBe(N.referred);
    expect(summary(r, 'recorded')).toBe(N.recorded);
    expect(summary(r, 'permission')).toBe(N.permission);
    expect(summary(r, 'departed')).toBe(N.departed);
    expect(summary(r, 'returned')).toBe(N.returned);
    expect(summary(r, 'casesOpened')).toBe(N.casesOpened);
    expect(summary(r, 'casesResolved')).toBe(N.casesResolved);
    expect(summary(r, 'casesClosed')).toBe(N.casesClosed);
    expect(summary(r, 'followUpsDone')).toBe(N.followUpsDone);
    expect(summary(r, 'migratedLegally')).toBe(1);
  });

  it('consultations by topic (every topic listed, zeros included)', () => {
    const t = r.tables.find((x) => x.key === 'konsultasiPerTopik')!;
    expect(t.rows).toHaveLength(14);
    for (const row of t.rows) {
      expect(row.cells[1], row.code).toBe(N.topics[row.code as keyof typeof N.topics] ?? 0);
    }
    expect(figure(r.tables, 'konsultasiPerTopik', 'costs')).toBe(5);
    expect(t.rows.find((x) => x.code === 'costs')!.cells[0]).toBe('Biaya');
  });

  it('consultations by channel and by the visitor’s relation, with totals', () => {
    for (const [code, n] of Object.entries(N.channels)) expect(figure(r.tables, 'konsultasiPerCara', code)).toBe(n);
    expect(figure(r.tables, 'konsultasiPerCara', 'total')).toBe(19);
    for (const [code, n] of Object.entries(N.relations))
      expect(figure(r.tables, 'pengunjungPerHubungan', code)).toBe(n);
    expect(figure(r.tables, 'pengunjungPerHubungan', 'total')).toBe(19);
  });

  it('visitors by age band (on the day of the visit) and sex; anonymous visitors apart', () => {
    for (const [band, values] of Object.entries(N.visitors)) {
      expect(rowValues(r.tables, 'pengunjungPerUmur', band), band).toEqual([...values]);
    }
  });

  it('consultations by destination, biggest first, "not mentioned" last, Indonesian country names', () => {
    const t = r.tables.find((x) => x.key === 'konsultasiPerTujuan')!;
    expect(t.rows.map((x) => x.code)).toEqual(['MY', 'HK', 'SA', 'TW', 'JP', 'KR', '__none', 'total']);
    expect(t.rows.map((x) => x.cells[1])).toEqual([6, 3, 2, 2, 1, 1, 4, 19]);
    expect(t.rows[0].cells[0]).toBe('Malaysia');
    expect(t.rows[6].cells[0]).toBe('Tidak disebut');
  });

  it('referrals by service, from consultations and from cases', () => {
    for (const [code, values] of Object.entries(N.referrals)) {
      expect(rowValues(r.tables, 'rujukan', code), code).toEqual([...values]);
    }
    expect(rowValues(r.tables, 'rujukan', 'ltsa')).toEqual([0, 0, 0]);
  });

  it('the migrant register: recorded, departed and returned by destination; departures by scheme and sex', () => {
    for (const [code, values] of Object.entries(N.journeysByDestination)) {
      expect(rowValues(r.tables, 'riwayatMigrasiPerTujuan', code), code).toEqual([...values]);
    }
    expect(figure(r.tables, 'keberangkatanPerSkema', 'p_to_p')).toBe(1);
    expect(figure(r.tables, 'keberangkatanPerSkema', 'non_procedural_suspected')).toBe(1);
    expect(figure(r.tables, 'keberangkatanPerSkema', 'g_to_g')).toBe(0);
    expect(figure(r.tables, 'keberangkatanPerSkema', 'total')).toBe(2);
    for (const [code, values] of Object.entries(N.journeysBySex)) {
      expect(rowValues(r.tables, 'keberangkatanPerJenisKelamin', code), code).toEqual([...values]);
    }
  });

  it('cases opened by kind, with their status now', () => {
    for (const [code, values] of Object.entries(N.casesByKind)) {
      expect(rowValues(r.tables, 'pengaduanPerJenis', code), code).toEqual([...values]);
    }
    expect(rowValues(r.tables, 'pengaduanPerJenis', 'violence')).toEqual([0, 0, 0, 0, 0]);
  });

  it('follow-up outcomes', () => {
    for (const [code, n] of Object.entries(N.followUpOutcomes)) expect(figure(r.tables, 'tindakLanjut', code)).toBe(n);
    expect(figure(r.tables, 'tindakLanjut', 'withdrew')).toBe(0); // done in October
    expect(figure(r.tables, 'tindakLanjut', 'total')).toBe(3);
  });
});

describe('Laporan Rumah Edukasi dan Pengasuhan, November 2026', () => {
  let r: StandardReport;
  beforeAll(async () => {
    r = await report('reports.rumahEdukasi', NOV);
  });

  it('summary figures, with shares of the registered children', () => {
    const s = (code: string, col = 'count') => figure(r.tables, 'ringkasan', code, col);
    expect(s('children')).toBe(N.children);
    expect(s('enrolled')).toBe(N.enrolled);
    expect(s('left')).toBe(N.left);
    expect(s('bothParentsAbroad')).toBe(1);
    expect(s('bothParentsAbroad', 'share')).toBeCloseTo(1 / 7, 10);
    expect(s('withoutAkta')).toBe(N.withoutAkta);
    expect(s('withoutKia')).toBe(N.withoutKia);
    expect(s('withoutAktaOrKia')).toBe(N.withoutAktaOrKia);
    expect(s('withoutAktaOrKia', 'share')).toBeCloseTo(3 / 7, 10);
    expect(s('bornAbroad')).toBe(N.bornAbroad);
    expect(s('caregivers')).toBe(N.caregivers);
    expect(s('caregiversTrained')).toBe(N.caregiversTrained);
    expect(s('caregiversTrained', 'share')).toBeCloseTo(3 / 5, 10);
    expect(s('caregiversTrainedInPeriod')).toBe(N.caregiversTrainedInPeriod);
    expect(s('activities')).toBe(N.activities);
    expect(s('marks')).toBe(N.marks);
    expect(s('presentOrLate')).toBe(N.presentOrLate);
    expect(s('presentOrLate', 'share')).toBeCloseTo(N.attendanceRate, 10);
    expect(s('contacts')).toBe(N.contacts.total[0]);
  });

  it('children by age band and sex', () => {
    for (const [band, values] of Object.entries(N.childrenByAge)) {
      expect(rowValues(r.tables, 'anakPerUmur', band), band).toEqual([...values]);
    }
    // No child without a birth date: that row is left out.
    expect(r.tables.find((t) => t.key === 'anakPerUmur')!.rows.map((x) => x.code)).not.toContain('unknown');
  });

  it('children by parents abroad, by school level, and their civil documents', () => {
    for (const [code, n] of Object.entries(N.parentsAbroad)) expect(figure(r.tables, 'anakPerOrangTua', code)).toBe(n);
    expect(figure(r.tables, 'anakPerOrangTua', 'total')).toBe(7);
    for (const [code, n] of Object.entries(N.schools)) expect(figure(r.tables, 'anakPerSekolah', code)).toBe(n);
    expect(rowValues(r.tables, 'dokumenAnak', 'akta')).toEqual([...N.akta]);
    expect(rowValues(r.tables, 'dokumenAnak', 'kia')).toEqual([...N.kia]);
  });

  it('primary caregivers by relation and training', () => {
    for (const [code, values] of Object.entries(N.carers)) {
      expect(rowValues(r.tables, 'pengasuhPerHubungan', code), code).toEqual([...values]);
    }
  });

  it('activities and attendance by kind, by status and by month', () => {
    for (const [kind, [acts, marks, present, rate]] of Object.entries(N.byKind)) {
      const values = rowValues(r.tables, 'kegiatanPerJenis', kind);
      expect(values.slice(0, 3), kind).toEqual([acts, marks, present]);
      if (rate === null) expect(values[3]).toBeNull();
      else expect(values[3]).toBeCloseTo(rate, 10);
    }
    expect(rowValues(r.tables, 'kegiatanPerJenis', 'total').slice(0, 3)).toEqual([5, 20, 14]);
    for (const [status, n] of Object.entries(N.attendance))
      expect(figure(r.tables, 'kehadiranPerStatus', status)).toBe(n);
    expect(figure(r.tables, 'kehadiranPerStatus', 'total')).toBe(20);
    expect(rowValues(r.tables, 'kehadiranPerBulan', '2026-11').slice(0, 2)).toEqual([5, 20]);
    expect(figure(r.tables, 'kehadiranPerBulan', '2026-11', 'rate')).toBeCloseTo(0.7, 10);
  });

  it('contacts with the parent abroad', () => {
    for (const [code, values] of Object.entries(N.contacts)) {
      expect(rowValues(r.tables, 'kontakOrangTua', code), code).toEqual([...values]);
    }
  });
});

describe('edges of a period', () => {
  it('October 2026 holds only October: 23:30 WIB on the 31st is October, enrolments as of the 31st', async () => {
    const desk = await report('reports.migrationService', OCT);
    expect(desk.header.period).toMatchObject({
      from: '2026-10-01',
      to: '2026-10-31',
      partial: false,
      label: 'Oktober 2026',
    });
    expect(summary(desk, 'consultations')).toBe(2); // c2 (31 Oct 23:30 WIB) and c21
    expect(summary(desk, 'anonymous')).toBe(1);
    expect(summary(desk, 'recorded')).toBe(3); // J5, J3, J6
    expect(summary(desk, 'permission')).toBe(1); // J1's, dated 20 October
    expect(summary(desk, 'departed')).toBe(1); // J6
    expect(summary(desk, 'casesOpened')).toBe(1); // K1
    expect(summary(desk, 'followUpsDone')).toBe(1);
    expect(figure(desk.tables, 'tindakLanjut', 'withdrew')).toBe(1);
    const edu = await report('reports.rumahEdukasi', OCT);
    // ch1 ch2 ch4 ch5 ch7 ch10 (ch8 left 15 Oct; ch9 withdrawn; ch3 and ch6 came in November)
    expect(figure(edu.tables, 'ringkasan', 'children')).toBe(6);
    expect(figure(edu.tables, 'ringkasan', 'enrolled')).toBe(1); // ch10 on 1 October
    expect(figure(edu.tables, 'ringkasan', 'left')).toBe(1); // ch8
    expect(figure(edu.tables, 'ringkasan', 'activities')).toBe(1);
    expect(figure(edu.tables, 'ringkasan', 'presentOrLate', 'share')).toBeCloseTo(0.5, 10);
    // On 31 October A (J1) had not left yet: ch1 has only the father abroad.
    expect(figure(edu.tables, 'anakPerOrangTua', 'both')).toBe(0);
    expect(figure(edu.tables, 'anakPerOrangTua', 'father')).toBe(2); // ch1 ch10
  });

  it('a custom range and a quarter count the same events as the months they cover', async () => {
    const custom = await report('reports.migrationService', { kind: 'custom', from: '2026-11-01', to: '2026-11-01' });
    expect(summary(custom, 'consultations')).toBe(1); // c1 at 00:30 WIB
    expect(custom.header.period.label).toBe('1 November 2026');
    const q4 = await report('reports.migrationService', { kind: 'quarter', year: 2026, quarter: 4 });
    expect(q4.header.period.label).toBe('Triwulan IV 2026 (Oktober–Desember), sampai 29 November 2026');
    expect(summary(q4, 'consultations')).toBe(21);
    expect(summary(q4, 'casesOpened')).toBe(5);
  });

  it('an empty period gives every table with zeros and says so', async () => {
    const empty = await report('reports.migrationService', { kind: 'month', month: '2025-01' });
    expect(empty.empty).toBe(true);
    expect(summary(empty, 'consultations')).toBe(0);
    expect(empty.tables.find((t) => t.key === 'konsultasiPerTopik')!.rows).toHaveLength(14);
    const edu = await report('reports.rumahEdukasi', { kind: 'month', month: '2020-01' });
    expect(edu.empty).toBe(true);
  });
});

describe('dashboard', () => {
  async function dash(role: 'viewer' | 'desk' | 'edu' | 'admin', compareMonths?: number) {
    const r = await v.core.dispatch(
      'reports.dashboard',
      { period: NOV, ...(compareMonths ? { compareMonths } : {}) },
      { token: v.tokens[role] },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as DashboardResult;
  }

  it('gives each role its part: viewer and admin both, desk officer the desk, educator the edukasi', async () => {
    expect((await dash('viewer')).sections.map((s) => s.part)).toEqual(['desk', 'edukasi']);
    expect((await dash('admin')).sections.map((s) => s.part)).toEqual(['desk', 'edukasi']);
    expect((await dash('desk')).sections.map((s) => s.part)).toEqual(['desk']);
    expect((await dash('edu')).sections.map((s) => s.part)).toEqual(['edukasi']);
  });

  it('compares this month with the earlier months (default six) and agrees with the reports', async () => {
    const d = await dash('viewer');
    expect(d.months).toEqual(['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    const desk = d.sections[0];
    expect(rowValues(desk.tables, 'trenLayanan', '2026-11')).toEqual([19, 4, 2, 1]);
    expect(rowValues(desk.tables, 'trenLayanan', '2026-10')).toEqual([2, 1, 1, 0]);
    const consultations = desk.highlights.find((h) => h.key === 'consultations')!;
    expect(consultations).toMatchObject({ value: 19, label: 'Konsultasi — November 2026' });
    expect(consultations.earlierAverage).toBeCloseTo(2 / 6, 10);
    expect(figure(desk.tables, 'konsultasiPerTopik', 'costs')).toBe(5);
    expect(rowValues(desk.tables, 'pengaduanPerStatus', 'total')).toEqual([4]);
    const edu = d.sections[1];
    const nov = rowValues(edu.tables, 'trenKehadiran', '2026-11');
    expect(nov.slice(0, 2)).toEqual([5, 20]);
    expect(nov[2]).toBeCloseTo(0.7, 10);
    expect(nov[3]).toBe(2); // ch6, ch3
    expect(rowValues(edu.tables, 'trenKehadiran', '2026-10').slice(0, 3)).toEqual([1, 2, 0.5]);
    expect(edu.highlights.find((h) => h.key === 'children')!.value).toBe(7);
    expect(d.smallCellThreshold).toBe(3);
    expect((await dash('viewer', 2)).months).toEqual(['2026-09', '2026-10', '2026-11']);
  });
});
