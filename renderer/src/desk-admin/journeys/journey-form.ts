import type { MethodInput } from '../../../../electron/shared/contract';
import type { Journey, JourneyScheme, JourneySector, JourneyStatus } from '../../../../electron/shared/desk';

/** The journey form; '' is "not filled". Names match the core's issue paths. */
export interface JourneyFormValues {
  status: JourneyStatus | '';
  destination: string;
  job: string;
  sector: JourneySector | '';
  scheme: JourneyScheme | '';
  agencyId: string | null;
  familyPermissionAcknowledgedOn: string;
  departedOn: string;
  expectedReturnOn: string;
  returnedOn: string;
  note: string;
}

export const JOURNEY_FIELDS = [
  'status',
  'destination',
  'job',
  'sector',
  'scheme',
  'agencyId',
  'familyPermissionAcknowledgedOn',
  'departedOn',
  'expectedReturnOn',
  'returnedOn',
  'note',
] as const;
export type JourneyField = (typeof JOURNEY_FIELDS)[number];

export const EMPTY_JOURNEY: JourneyFormValues = {
  status: '',
  destination: '',
  job: '',
  sector: '',
  scheme: '',
  agencyId: null,
  familyPermissionAcknowledgedOn: '',
  departedOn: '',
  expectedReturnOn: '',
  returnedOn: '',
  note: '',
};

export function journeyToValues(j: Journey): JourneyFormValues {
  return {
    status: j.status,
    destination: j.destination ?? '',
    job: j.job ?? '',
    sector: j.sector ?? '',
    scheme: j.scheme ?? '',
    agencyId: j.agencyId,
    familyPermissionAcknowledgedOn: j.familyPermissionAcknowledgedOn ?? '',
    departedOn: j.departedOn ?? '',
    expectedReturnOn: j.expectedReturnOn ?? '',
    returnedOn: j.returnedOn ?? '',
    note: j.note ?? '',
  };
}

/** Every optional field as the core wants it: trimmed text, or null for "empty" (clears on update). */
function fields(v: JourneyFormValues) {
  const text = (s: string) => (s.trim() ? s.trim() : null);
  return {
    destination: v.destination || null,
    job: text(v.job),
    sector: v.sector || null,
    scheme: v.scheme || null,
    agencyId: v.agencyId,
    familyPermissionAcknowledgedOn: v.familyPermissionAcknowledgedOn || null,
    departedOn: v.departedOn || null,
    expectedReturnOn: v.expectedReturnOn || null,
    returnedOn: v.returnedOn || null,
    note: text(v.note),
  };
}

export function toJourneyCreate(personId: string, v: JourneyFormValues): MethodInput<'journeys.create'> {
  return { personId, status: v.status as JourneyStatus, ...fields(v) };
}

export function toJourneyUpdate(id: string, version: number, v: JourneyFormValues): MethodInput<'journeys.update'> {
  return { id, version, status: v.status as JourneyStatus, ...fields(v) };
}
