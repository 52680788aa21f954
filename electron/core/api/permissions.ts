import type { MethodName } from '../../shared/contract';
import type { Role } from '../../shared/domain';

/**
 * The permission matrix, as data: which roles may call each method. `public` is the anonymous
 * kiosk: public information and nothing that reads a stored person. Checked in dispatch only.
 */
const STAFF: readonly Role[] = ['admin', 'desk_officer', 'educator', 'viewer'];
const EVERYONE: readonly Role[] = ['public', ...STAFF];
/**
 * Who may read and register people: the desk, and the Rumah Edukasi educator too, because the
 * children and caregivers they enrol are people. Deleting and the UU PDP trail stay with fewer.
 * Viewers (kuwu/sekdes) see aggregates only, never a person.
 */
const PEOPLE_STAFF: readonly Role[] = ['admin', 'desk_officer', 'educator'];
/** The staff desk (Meja Layanan): consultations, cases, follow-ups, the migrant register, the queue. */
const DESK: readonly Role[] = ['admin', 'desk_officer'];
/**
 * Rumah Edukasi: children's records are specific data (UU PDP Pasal 4 ayat 2), so only the
 * educator (Pendamping) and admin. Desk officers and viewers get FORBIDDEN, even for lists.
 */
const EDUKASI: readonly Role[] = ['admin', 'educator'];

export const PERMISSIONS: { readonly [M in MethodName]: readonly Role[] } = {
  'system.health': EVERYONE,
  'system.describe': EVERYONE,
  'setup.status': EVERYONE,
  'setup.regions': EVERYONE,
  'setup.complete': ['public'],
  'auth.login': EVERYONE,
  'auth.logout': EVERYONE,
  'auth.me': STAFF,
  'auth.changePassword': STAFF,
  'auth.logoutEverywhere': STAFF,
  'auth.confirmPassword': STAFF,
  'users.create': ['admin'],
  'users.list': ['admin'],
  'users.disable': ['admin'],
  'users.enable': ['admin'],
  'users.resetPassword': ['admin'],
  'people.search': PEOPLE_STAFF,
  'people.checkDuplicates': PEOPLE_STAFF,
  'people.create': PEOPLE_STAFF,
  'people.get': PEOPLE_STAFF,
  'people.update': PEOPLE_STAFF,
  'people.addConsent': PEOPLE_STAFF,
  'people.withdrawConsent': PEOPLE_STAFF,
  'people.delete': ['admin', 'desk_officer'],
  'people.trail': ['admin'],
  'audit.list': ['admin'],
  'audit.verify': ['admin'],
  'kiosk.profile': EVERYONE,
  'agencies.search': EVERYONE,
  'agencies.import': ['admin'],
  'hotlines.list': EVERYONE,
  'destinations.list': EVERYONE,
  'destinations.get': EVERYONE,
  'calo.questions': EVERYONE,
  'calo.evaluate': EVERYONE,
  'checklist.get': EVERYONE,
  'queue.take': EVERYONE,
  'content.search': EVERYONE,
  'content.get': EVERYONE,
  'content.list': EVERYONE,
  // Meja Layanan records: named people, so desk officer and admin only (viewers see aggregates
  // in reports; educators have Rumah Edukasi). queue.today shows numbers only; the TV is public.
  'consultations.create': DESK,
  'consultations.update': DESK,
  'consultations.get': DESK,
  'consultations.list': DESK,
  'followups.create': DESK,
  'followups.due': DESK,
  'followups.complete': DESK,
  'cases.create': DESK,
  'cases.update': DESK,
  'cases.addEvent': DESK,
  'cases.get': DESK,
  'cases.list': DESK,
  'cases.byAgency': DESK,
  'journeys.create': DESK,
  'journeys.update': DESK,
  'journeys.get': DESK,
  'journeys.listByPerson': DESK,
  'journeys.lists': DESK,
  'queue.today': ['admin', 'desk_officer', 'viewer'],
  'queue.callNext': DESK,
  'queue.skip': DESK,
  'queue.recall': DESK,
  'queue.serve': DESK,
  'queue.display': EVERYONE,
  'households.create': EDUKASI,
  'households.get': EDUKASI,
  'households.addMember': EDUKASI,
  'children.enrol': EDUKASI,
  'children.get': EDUKASI,
  'children.list': EDUKASI,
  'children.update': EDUKASI,
  'children.leave': EDUKASI,
  'children.withoutDocuments': EDUKASI,
  'children.linkParentAbroad': EDUKASI,
  'children.parentCandidates': EDUKASI,
  'caregivers.add': EDUKASI,
  'caregivers.recordTraining': EDUKASI,
  'groups.create': EDUKASI,
  'groups.list': EDUKASI,
  'groups.get': EDUKASI,
  'groups.addMembers': EDUKASI,
  'groups.removeMember': EDUKASI,
  'activities.create': EDUKASI,
  'activities.list': EDUKASI,
  'activities.get': EDUKASI,
  'attendance.sheet': EDUKASI,
  'attendance.record': EDUKASI,
  'attendance.history': EDUKASI,
  'alerts.consecutiveAbsences': EDUKASI,
  'alerts.groupsWithoutActivity': EDUKASI,
  'parentContacts.add': EDUKASI,
  'parentContacts.list': EDUKASI,
  'edukasi.import': EDUKASI,
  // Laporan: aggregates for every staff role, each seeing its own part (reports/access.ts); named
  // lists only for the roles that keep those records, after a password step-up.
  'reports.dashboard': STAFF,
  'reports.migrationService': ['admin', 'viewer', 'desk_officer'],
  'reports.rumahEdukasi': ['admin', 'viewer', 'educator'],
  'reports.export': STAFF,
  'reports.exportNamedList': ['admin', 'desk_officer', 'educator'],
  'exports.status': ['admin', 'desk_officer', 'educator'],
  'exports.download': ['admin', 'desk_officer', 'educator'],
  'exports.cancel': ['admin', 'desk_officer', 'educator'],
};

export function isAllowed(method: MethodName, role: Role): boolean {
  return PERMISSIONS[method].includes(role);
}
