import {
  IconAlertTriangle,
  IconCalendarEvent,
  IconFileImport,
  IconFileOff,
  IconMoodKid,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { StaffNavItem } from '../staff/navigation';
import { EDUKASI_PATHS } from './paths';

export type EdukasiNavKey =
  | 'edukasi.nav.activities'
  | 'edukasi.nav.children'
  | 'edukasi.nav.withoutDocuments'
  | 'edukasi.nav.groups'
  | 'edukasi.nav.alerts'
  | 'edukasi.nav.import';

/** Children's records are specific data (UU PDP): the menu shows them to the educator and admin only. */
const EDUKASI_ROLES = ['admin', 'educator'] as const;

export const EDUKASI_NAV: readonly StaffNavItem[] = [
  { path: EDUKASI_PATHS.activities, labelKey: 'edukasi.nav.activities', icon: IconCalendarEvent, roles: EDUKASI_ROLES },
  { path: EDUKASI_PATHS.children, labelKey: 'edukasi.nav.children', icon: IconMoodKid, roles: EDUKASI_ROLES },
  { path: EDUKASI_PATHS.groups, labelKey: 'edukasi.nav.groups', icon: IconUsersGroup, roles: EDUKASI_ROLES },
  { path: EDUKASI_PATHS.alerts, labelKey: 'edukasi.nav.alerts', icon: IconAlertTriangle, roles: EDUKASI_ROLES },
  {
    path: EDUKASI_PATHS.withoutDocuments,
    labelKey: 'edukasi.nav.withoutDocuments',
    icon: IconFileOff,
    roles: EDUKASI_ROLES,
  },
  { path: EDUKASI_PATHS.import, labelKey: 'edukasi.nav.import', icon: IconFileImport, roles: EDUKASI_ROLES },
];
