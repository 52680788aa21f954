import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_LABELS, type AttendanceStatus } from '../../../../electron/shared/edukasi';

const ATTENDANCE_EN: Record<AttendanceStatus, string> = {
  present: 'Present',
  late: 'Late',
  excused: 'Excused',
  sick: 'Sick',
  absent: 'Absent',
};

/**
 * The attendance words (glossary: Hadir, Terlambat, Izin, Sakit, Alpa). The Indonesian ones
 * come from the contract, so screen and core never drift apart.
 */
export function useStatusWord(): (status: AttendanceStatus) => string {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useCallback((s: AttendanceStatus) => (english ? ATTENDANCE_EN[s] : ATTENDANCE_LABELS[s]), [english]);
}
