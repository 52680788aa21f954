import { describe, expect, it } from 'vitest';
import {
  CASE_KINDS,
  CASE_PERSON_ROLES,
  CASE_RISKS,
  CASE_STATUSES,
  JOURNEY_SCHEMES,
  JOURNEY_SECTORS,
  JOURNEY_STATUSES,
  REFERRAL_LABELS,
  REFERRAL_TARGETS,
} from '../../../electron/shared/desk';
import { CONSENT_METHODS, CONSENT_PURPOSES, CONSENT_RELATIONS } from '../../../electron/shared/people';
import { MUST_CHANGE_PASSWORD_MESSAGE, REAUTH_REQUIRED_MESSAGE } from '../../../electron/shared/users';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  actionLabel,
  detailWords,
  entityLabel,
  formatDetails,
} from '../../../renderer/src/desk-admin/audit/audit-labels';
import { countryOptions } from '../../../renderer/src/desk-admin/journeys/countries';
import { describeReferences } from '../../../renderer/src/desk-admin/people/references';
import { countryName, formatDay, formatPhone, jakartaToday } from '../../../renderer/src/desk-admin/shared/format';
import { label } from '../../../renderer/src/desk-admin/shared/labels';
import { needsStepUp } from '../../../renderer/src/ui/step-up';
import { translator } from './i18n-fixture';

describe('labels', () => {
  it('every code the core can send has words in both languages', () => {
    for (const lng of ['id', 'en'] as const) {
      const t = translator(lng);
      const words = [
        ...CASE_KINDS.map((v) => label.caseKind(t, v)),
        ...CASE_RISKS.map((v) => label.caseRisk(t, v)),
        ...CASE_STATUSES.map((v) => label.caseStatus(t, v)),
        ...CASE_PERSON_ROLES.map((v) => label.casePersonRole(t, v)),
        ...REFERRAL_TARGETS.map((v) => label.referral(t, v)),
        ...JOURNEY_STATUSES.map((v) => label.journeyStatus(t, v)),
        ...JOURNEY_SECTORS.map((v) => label.journeySector(t, v)),
        ...JOURNEY_SCHEMES.map((v) => label.journeyScheme(t, v)),
        ...CONSENT_PURPOSES.map((v) => label.consentPurpose(t, v)),
        ...CONSENT_METHODS.map((v) => label.consentMethod(t, v)),
        ...CONSENT_RELATIONS.map((v) => label.consentRelation(t, v)),
        ...AUDIT_ACTIONS.map((v) => actionLabel(t, v)),
        ...AUDIT_ENTITIES.map((v) => entityLabel(t, v)),
      ];
      for (const w of words) {
        expect(w, lng).not.toMatch(/^deskadmin\./);
        expect(w.length, lng).toBeGreaterThan(1);
      }
    }
  });

  it('uses the same referral names as the core in Indonesian', () => {
    const t = translator('id');
    for (const r of REFERRAL_TARGETS) expect(label.referral(t, r)).toBe(REFERRAL_LABELS[r]);
  });

  it('shows codes it does not know as written', () => {
    const t = translator('id');
    expect(actionLabel(t, 'export')).toBe('Diekspor / dicetak');
    expect(actionLabel(t, 'future_action')).toBe('future_action');
    expect(entityLabel(t, 'cases')).toBe('Pengaduan');
    expect(entityLabel(t, 'new_table')).toBe('new_table');
  });
});

describe('audit details in words', () => {
  const words = detailWords(translator('id'));

  it('translates known keys and coded values, leaving the rest as written', () => {
    expect(
      formatDetails(
        { referenceCode: 'KNG-2611-7QK', kind: 'calo_illegal_recruitment', risk: 'high', people: 1 },
        words,
      ),
    ).toBe('kode: KNG-2611-7QK · jenis: Calo / perekrutan ilegal · risiko: Tinggi · orang: 1');
    expect(formatDetails({ event: true, referralTo: 'bp3mi_jabar', statusTo: 'referred' }, words)).toBe(
      'dirujuk ke: BP3MI Jawa Barat · status baru: Dirujuk',
    );
    expect(formatDetails({ fields: 'fullName,nik,mystery' }, words)).toBe('kolom: nama, NIK, mystery');
    expect(formatDetails({ purposes: 'consultation,photos', givenBy: 'self', method: 'written' }, words)).toBe(
      'tujuan: layanan konsultasi, foto kegiatan · diberikan oleh: Yang bersangkutan · cara: Tertulis',
    );
    expect(formatDetails({ kind: 'trail', events: 19 }, words)).toBe('jenis: riwayat pemrosesan data · catatan: 19');
    expect(formatDetails({ odd: 'x_y', none: null, no: false, empty: '' }, words)).toBe('odd: x_y');
  });
});

describe('step-up detection', () => {
  it('opens the password prompt only for the core re-enter-password answer', () => {
    expect(needsStepUp({ ok: false, error: { code: 'FORBIDDEN', message: REAUTH_REQUIRED_MESSAGE } })).toBe(true);
    expect(needsStepUp({ ok: false, error: { code: 'FORBIDDEN', message: MUST_CHANGE_PASSWORD_MESSAGE } })).toBe(false);
    expect(needsStepUp({ ok: false, error: { code: 'FORBIDDEN', message: 'Akun Anda tidak berhak.' } })).toBe(false);
    expect(needsStepUp({ ok: false, error: { code: 'VALIDATION', message: REAUTH_REQUIRED_MESSAGE } })).toBe(false);
    expect(needsStepUp({ ok: true, value: {} })).toBe(false);
  });
});

describe('formats', () => {
  it('writes Indonesian phone numbers the local way', () => {
    expect(formatPhone('+6281234567890')).toBe('0812-3456-7890');
    expect(formatPhone('+60123456789')).toBe('+60123456789');
    expect(formatPhone(null)).toBe('');
  });

  it('reads calendar dates without shifting them, and today in Jakarta', () => {
    expect(formatDay('2026-08-17', 'id')).toBe('17 Agu 2026');
    expect(formatDay(null, 'id')).toBe('');
    // 17:30 UTC on 31 Dec is already 1 Jan in Jakarta.
    expect(jakartaToday(new Date('2025-12-31T17:30:00Z'))).toBe('2026-01-01');
  });

  it('names destination countries, common ones first and Indonesia never', () => {
    expect(countryName('MY', 'id')).toBe('Malaysia');
    const { common, others } = countryOptions('id');
    expect(common.map((c) => c.value).slice(0, 3)).toEqual(['MY', 'TW', 'HK']);
    const all = [...common, ...others].map((c) => c.value);
    expect(all).not.toContain('ID');
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(248);
    const names = others.map((c) => c.label);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));
  });
});

describe('why a person was anonymised', () => {
  it('adds up references per table, in words', () => {
    const t = translator('id');
    expect(
      describeReferences(t, [
        { table: 'consultations', column: 'visitor_person_id', count: 2 },
        { table: 'journeys', column: 'person_id', count: 1 },
        { table: 'consultations', column: 'subject_person_id', count: 1 },
        { table: 'new_table', column: 'person_id', count: 4 },
      ]),
    ).toEqual(['3 konsultasi', '1 riwayat migrasi', '4 catatan di new_table']);
  });
});
