import type { MethodTable } from '../api/types';
import { type CaseMethodName, caseMethods } from './cases/methods';
import { type ConsultationMethodName, consultationMethods } from './consultations/methods';
import { type FollowUpMethodName, followUpMethods } from './follow-ups/methods';
import { type JourneyMethodName, journeyMethods } from './journeys/methods';
import { type QueueDeskMethodName, queueDeskMethods } from './queue-desk/methods';

export type DeskMethodName =
  | ConsultationMethodName
  | FollowUpMethodName
  | CaseMethodName
  | JourneyMethodName
  | QueueDeskMethodName;

/** Meja Layanan records: consultations, follow-ups, cases, the migrant register, the staff queue. */
export const deskMethods: MethodTable<DeskMethodName> = {
  ...consultationMethods,
  ...followUpMethods,
  ...caseMethods,
  ...journeyMethods,
  ...queueDeskMethods,
};
