import { IconHome, type IconProps } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { StaffRole } from '../../../electron/shared/domain';
import { DESK_NAV, type DeskNavKey } from '../desk/navigation';
import { DESK_ADMIN_NAV, type DeskAdminNavKey } from '../desk-admin/navigation';
import { EDUKASI_NAV, type EdukasiNavKey } from '../edukasi/navigation';
import { REPORT_NAV, type ReportNavKey } from '../reports/navigation';

/**
 * The staff menu, as data. Each feature adds its entry here when its screen exists (Meja
 * Layanan, Rumah Edukasi, Laporan, Pengaturan); no entry before its page works. `roles` only
 * hides what a role cannot use: the core checks every call regardless.
 */
export interface StaffNavItem {
  /** Path inside the staff area (`/` is `#/staf`). */
  path: string;
  labelKey: 'staff.nav.home' | DeskNavKey | DeskAdminNavKey | EdukasiNavKey | ReportNavKey;
  icon: ComponentType<IconProps>;
  roles: readonly StaffRole[] | 'all';
}

export const STAFF_NAV: readonly StaffNavItem[] = [
  { path: '/', labelKey: 'staff.nav.home', icon: IconHome, roles: 'all' },
  ...DESK_NAV,
  ...DESK_ADMIN_NAV,
  ...EDUKASI_NAV,
  ...REPORT_NAV,
];

export function navFor(role: StaffRole): StaffNavItem[] {
  return STAFF_NAV.filter((item) => item.roles === 'all' || item.roles.includes(role));
}
