import type { MethodTable } from '../api/types';
import { agencyMethods } from './agencies/methods';
import { caloMethods } from './calo/methods';
import { checklistMethods } from './checklist/methods';
import { destinationMethods } from './destinations/methods';
import { hotlineMethods } from './hotlines/methods';
import { profileMethods } from './profile/methods';
import { queueMethods } from './queue/methods';

export type KioskMethodName =
  | 'kiosk.profile'
  | 'agencies.search'
  | 'agencies.import'
  | 'hotlines.list'
  | 'destinations.list'
  | 'destinations.get'
  | 'calo.questions'
  | 'calo.evaluate'
  | 'checklist.get'
  | 'queue.take';

/** The kiosk's public services and the admin's P3MI import. */
export const kioskMethods: MethodTable<KioskMethodName> = {
  ...profileMethods,
  ...agencyMethods,
  ...hotlineMethods,
  ...destinationMethods,
  ...caloMethods,
  ...checklistMethods,
  ...queueMethods,
};
