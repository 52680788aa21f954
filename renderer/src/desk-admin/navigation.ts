import { IconListDetails, IconMessageReport, IconPlaneDeparture, IconUsers } from '@tabler/icons-react';
import type { StaffNavItem } from '../staff/navigation';
import { DESK_ADMIN_PATHS } from './paths';

export type DeskAdminNavKey =
  | 'deskadmin.nav.cases'
  | 'deskadmin.nav.journeys'
  | 'deskadmin.nav.users'
  | 'deskadmin.nav.audit';

/** Menu entries of these screens; the Pengaturan ones (accounts, audit log) are the admin's. */
export const DESK_ADMIN_NAV: readonly StaffNavItem[] = [
  {
    path: DESK_ADMIN_PATHS.cases,
    labelKey: 'deskadmin.nav.cases',
    icon: IconMessageReport,
    roles: ['admin', 'desk_officer'],
  },
  {
    path: DESK_ADMIN_PATHS.journeys,
    labelKey: 'deskadmin.nav.journeys',
    icon: IconPlaneDeparture,
    roles: ['admin', 'desk_officer'],
  },
  { path: DESK_ADMIN_PATHS.users, labelKey: 'deskadmin.nav.users', icon: IconUsers, roles: ['admin'] },
  { path: DESK_ADMIN_PATHS.audit, labelKey: 'deskadmin.nav.audit', icon: IconListDetails, roles: ['admin'] },
];
