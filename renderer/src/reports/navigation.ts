import { IconChartBar, IconFileAnalytics, IconFileText } from '@tabler/icons-react';
import type { StaffNavItem } from '../staff/navigation';
import { REPORT_PATHS } from './paths';

export type ReportNavKey = 'reports.nav.dashboard' | 'reports.nav.migrationService' | 'reports.nav.rumahEdukasi';

/**
 * Every staff role has a dashboard (each sees its own part); the two standard reports go to the
 * roles the core lets read them (api/permissions.ts). The menu only hides: the core decides.
 */
export const REPORT_NAV: readonly StaffNavItem[] = [
  { path: REPORT_PATHS.dashboard, labelKey: 'reports.nav.dashboard', icon: IconChartBar, roles: 'all' },
  {
    path: REPORT_PATHS.migrationService,
    labelKey: 'reports.nav.migrationService',
    icon: IconFileText,
    roles: ['admin', 'viewer', 'desk_officer'],
  },
  {
    path: REPORT_PATHS.rumahEdukasi,
    labelKey: 'reports.nav.rumahEdukasi',
    icon: IconFileAnalytics,
    roles: ['admin', 'viewer', 'educator'],
  },
];
