/**
 * People (orang) and their consents, as the contract carries them. The full NIK never leaves
 * the core: outputs carry `nikMasked` only. Dates people mean as dates are `YYYY-MM-DD`.
 */
import type { FieldIssue } from './errors';

export const SEXES = ['L', 'P'] as const;
export type Sex = (typeof SEXES)[number];

/** Who gave the consent, relative to the person it is about. */
export const CONSENT_RELATIONS = ['self', 'father', 'mother', 'guardian', 'spouse', 'other'] as const;
export type ConsentRelation = (typeof CONSENT_RELATIONS)[number];

/** What the data may be used for (UU PDP Pasal 20–22: consent is per stated purpose). */
export const CONSENT_PURPOSES = ['consultation', 'migrant_register', 'rumah_edukasi', 'photos', 'reporting'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** UU PDP Pasal 22: written or recorded, electronic or not, all with the same force. */
export const CONSENT_METHODS = ['written', 'recorded_call', 'recorded_message', 'electronic'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export interface ConsentInput {
  givenBy: ConsentRelation;
  /** When the giver is stored as a person too (a parent at home). */
  givenByPersonId?: string;
  /** When the giver is not stored (e.g. a parent abroad consenting by a recorded call). */
  givenByName?: string;
  purposes: ConsentPurpose[];
  method: ConsentMethod;
  /** Where the proof is kept: form number, file name of the recording. */
  evidenceRef?: string;
  /** Version of the consent text that was read or shown, e.g. `2026-01`. */
  textVersion: string;
}

export interface Consent {
  id: string;
  subjectPersonId: string;
  givenBy: ConsentRelation;
  givenByPersonId: string | null;
  givenByName: string | null;
  purposes: ConsentPurpose[];
  method: ConsentMethod;
  evidenceRef: string | null;
  textVersion: string;
  givenAt: string;
  withdrawnAt: string | null;
  recordedBy: string;
}

/** Editable fields. `nik` and `phone` are accepted as typed and checked/normalised in the core. */
export interface PersonFields {
  fullName: string;
  nik?: string;
  sex?: Sex;
  birthDate?: string;
  phone?: string;
  /** Kemendagri village code with dots, `32.12.16.2004`. */
  regionCode?: string;
  dusun?: string;
  rt?: string;
  rw?: string;
  note?: string;
}

export type NewPersonInput = PersonFields & { consent: ConsentInput };

/** Partial update: a missing field stays as it is, `null` clears it. `version` is the one loaded. */
export type PersonUpdateInput = { id: string; version: number; fullName?: string } & {
  [K in Exclude<keyof PersonFields, 'fullName'>]?: PersonFields[K] | null;
};

export interface Person {
  id: string;
  fullName: string;
  /** e.g. `3212••••••••0001`; the full NIK is never stored. */
  nikMasked: string | null;
  sex: Sex | null;
  birthDate: string | null;
  /** E.164, e.g. `+6281234567890`. */
  phone: string | null;
  regionCode: string | null;
  dusun: string | null;
  rt: string | null;
  rw: string | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  anonymisedAt: string | null;
}

/** What lists show: enough to tell people apart, no phone and no note. */
export interface PersonSummary {
  id: string;
  fullName: string;
  nikMasked: string | null;
  sex: Sex | null;
  birthDate: string | null;
  regionCode: string | null;
  dusun: string | null;
  rt: string | null;
  rw: string | null;
}

export type PeopleSearchBy = 'name' | 'nik' | 'phone';

export type DuplicateReason = 'nik' | 'name_birth_date' | 'name';
export type DuplicateCandidate = PersonSummary & { reasons: DuplicateReason[] };

/** Non-blocking remarks, e.g. a NIK that disagrees with the given sex or birth date. */
export type Warning = FieldIssue;

export interface PersonReference {
  table: string;
  column: string;
  count: number;
}
