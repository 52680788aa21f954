import type { MethodTable } from '../api/types';
import { activityMethods } from './activities/methods';
import { alertMethods } from './alerts/methods';
import { attendanceMethods } from './attendance/methods';
import { caregiverMethods } from './caregivers/methods';
import { childMethods } from './children/methods';
import { parentContactMethods } from './children/parent-contacts';
import { groupMethods } from './groups/methods';
import { householdMethods } from './households/methods';
import { importMethods } from './import/methods';

/** Every Rumah Edukasi method (issue 5); the permission matrix gives them to educator and admin only. */
export const EDUKASI_METHOD_NAMES = [
  'households.create',
  'households.get',
  'households.addMember',
  'children.enrol',
  'children.get',
  'children.list',
  'children.update',
  'children.leave',
  'children.withoutDocuments',
  'children.linkParentAbroad',
  'children.parentCandidates',
  'caregivers.add',
  'caregivers.recordTraining',
  'groups.create',
  'groups.list',
  'groups.get',
  'groups.addMembers',
  'groups.removeMember',
  'activities.create',
  'activities.list',
  'activities.get',
  'attendance.sheet',
  'attendance.record',
  'attendance.history',
  'alerts.consecutiveAbsences',
  'alerts.groupsWithoutActivity',
  'parentContacts.add',
  'parentContacts.list',
  'edukasi.import',
] as const;

export type EdukasiMethodName = (typeof EDUKASI_METHOD_NAMES)[number];

export const edukasiMethods: MethodTable<EdukasiMethodName> = {
  ...householdMethods,
  ...childMethods,
  ...caregiverMethods,
  ...groupMethods,
  ...activityMethods,
  ...attendanceMethods,
  ...alertMethods,
  ...parentContactMethods,
  ...importMethods,
};
