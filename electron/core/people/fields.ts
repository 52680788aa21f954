import type { FieldIssue } from '../../shared/errors';
import type { ConsentInput, Sex } from '../../shared/people';
import type { Deps } from '../api/types';
import { jakartaDate } from '../clock';
import { ageOn } from './birth-date';
import { checkNik, nikMismatches } from './nik';
import { districtCodes, isKnownRegionCode } from './region-codes';

/** What the checks of one create/update found: blocking issues, non-blocking warnings, the NIK digits. */
export interface FieldCheck {
  issues: FieldIssue[];
  warnings: FieldIssue[];
  /** The 16 digits when a valid NIK was given; hashed and masked by the caller, never stored. */
  nikDigits: string | null;
}

/**
 * Checks that need the install's data: the NIK (structure, region code, date, serial), the region
 * code, and that a birth date is not in the future. `final` is the person as it will be stored,
 * so a NIK is compared with the sex and birth date it will sit next to.
 */
export function checkPersonFields(
  deps: Deps,
  given: { nik?: string | null; regionCode?: string | null; birthDate?: string | null },
  final: { sex: Sex | null; birthDate: string | null },
): FieldCheck {
  const today = jakartaDate(deps.clock.now());
  const issues: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  let nikDigits: string | null = null;
  if (given.nik) {
    const nik = checkNik(given.nik, districtCodes(deps.resourcesDir), today);
    if (nik.ok) {
      nikDigits = nik.digits;
      warnings.push(...nikMismatches(nik, final));
    } else {
      issues.push({ path: 'nik', message: nik.message });
    }
  }
  if (given.regionCode && !isKnownRegionCode(deps.resourcesDir, given.regionCode)) {
    issues.push({ path: 'regionCode', message: 'Kode wilayah tidak ada dalam daftar Kemendagri.' });
  }
  if (given.birthDate && given.birthDate > today) {
    issues.push({ path: 'birthDate', message: 'Tanggal lahir tidak boleh di masa depan.' });
  }
  return { issues, warnings, nikDigits };
}

/**
 * UU PDP Pasal 25: a child's data (under 18) needs the consent of a parent or guardian.
 * Without a birth date the age is unknown and the officer's choice stands.
 */
export function consentIssues(
  deps: Deps,
  consent: ConsentInput,
  subjectBirthDate: string | null,
  prefix = 'consent',
): FieldIssue[] {
  const today = jakartaDate(deps.clock.now());
  if (
    consent.givenBy === 'self' &&
    subjectBirthDate &&
    subjectBirthDate <= today &&
    ageOn(subjectBirthDate, today) < 18
  ) {
    return [
      {
        path: `${prefix}.givenBy`,
        message: 'Untuk anak di bawah 18 tahun, persetujuan diberikan oleh orang tua atau wali.',
      },
    ];
  }
  return [];
}
