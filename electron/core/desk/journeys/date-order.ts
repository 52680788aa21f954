import type { JourneyFields } from '../../../shared/desk';
import type { FieldIssue } from '../../../shared/errors';

type Dates = Pick<JourneyFields, 'familyPermissionAcknowledgedOn' | 'departedOn' | 'expectedReturnOn' | 'returnedOn'>;

/**
 * The dates of one migration episode must tell a possible story: permission acknowledged, then
 * departure, then return. Past events cannot be in the future; departure may be planned ahead.
 */
export function checkJourneyDates(d: Dates, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { familyPermissionAcknowledgedOn: permission, departedOn, expectedReturnOn, returnedOn } = d;
  if (permission && permission > today) {
    issues.push({
      path: 'familyPermissionAcknowledgedOn',
      message: 'Tanggal izin keluarga diketahui desa tidak boleh di masa depan.',
    });
  }
  if (departedOn && permission && departedOn < permission) {
    issues.push({
      path: 'departedOn',
      message: 'Tanggal berangkat tidak boleh sebelum izin keluarga diketahui desa.',
    });
  }
  if (expectedReturnOn && departedOn && expectedReturnOn < departedOn) {
    issues.push({ path: 'expectedReturnOn', message: 'Perkiraan pulang tidak boleh sebelum tanggal berangkat.' });
  }
  if (returnedOn && departedOn && returnedOn < departedOn) {
    issues.push({ path: 'returnedOn', message: 'Tanggal pulang tidak boleh sebelum tanggal berangkat.' });
  } else if (returnedOn && returnedOn > today) {
    issues.push({ path: 'returnedOn', message: 'Tanggal pulang tidak boleh di masa depan.' });
  }
  return issues;
}
