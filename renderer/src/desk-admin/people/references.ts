import type { TFunction } from 'i18next';
import type { PersonReference } from '../../../../electron/shared/people';

/**
 * The tables that still point at an anonymised person, in words ("2 konsultasi"). Tables added
 * later show under their own name until they get a label here.
 */
const KNOWN = new Set([
  'consultations',
  'journeys',
  'case_people',
  'consents',
  'children',
  'caregivers',
  'household_members',
  'care_arrangements',
  'attendance',
  'group_members',
]);

export function describeReferences(t: TFunction, references: PersonReference[]): string[] {
  const byTable = new Map<string, number>();
  for (const r of references) byTable.set(r.table, (byTable.get(r.table) ?? 0) + r.count);
  return [...byTable].map(([table, count]) =>
    KNOWN.has(table)
      ? t(`deskadmin.person.references.${table}` as 'deskadmin.person.references.consultations', { count })
      : t('deskadmin.person.references.other', { table, count }),
  );
}
