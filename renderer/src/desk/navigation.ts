import { IconCalendarCheck, IconListNumbers, IconMessages } from '@tabler/icons-react';
import type { StaffNavItem } from '../staff/navigation';
import { DESK_PATHS } from './paths';

export type DeskNavKey = 'desk.nav.queue' | 'desk.nav.consultations' | 'desk.nav.followUps';

/** Menu entries of the desk officer's daily screens (the core allows them to admin too). */
export const DESK_NAV: readonly StaffNavItem[] = [
  { path: DESK_PATHS.queue, labelKey: 'desk.nav.queue', icon: IconListNumbers, roles: ['admin', 'desk_officer'] },
  {
    path: DESK_PATHS.consultations,
    labelKey: 'desk.nav.consultations',
    icon: IconMessages,
    roles: ['admin', 'desk_officer'],
  },
  {
    path: DESK_PATHS.followUps,
    labelKey: 'desk.nav.followUps',
    icon: IconCalendarCheck,
    roles: ['admin', 'desk_officer'],
  },
];
