import type { Person, PersonSummary, Sex } from '../../shared/people';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

export interface PersonRow {
  id: string;
  full_name: string;
  name_key: string;
  nik_hash: string | null;
  nik_masked: string | null;
  sex: Sex | null;
  birth_date: string | null;
  phone_e164: string | null;
  region_code: string | null;
  dusun: string | null;
  rt: string | null;
  rw: string | null;
  note: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  version: number;
  anonymised_at: string | null;
}

/** Columns lists may show: no hash, no phone, no note. */
export const SUMMARY_COLUMNS = 'id, full_name, nik_masked, sex, birth_date, region_code, dusun, rt, rw';

export function toPerson(r: PersonRow): Person {
  return {
    id: r.id,
    fullName: r.full_name,
    nikMasked: r.nik_masked,
    sex: r.sex,
    birthDate: r.birth_date,
    phone: r.phone_e164,
    regionCode: r.region_code,
    dusun: r.dusun,
    rt: r.rt,
    rw: r.rw,
    note: r.note,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
    anonymisedAt: r.anonymised_at,
  };
}

export function toSummary(
  r: Pick<PersonRow, 'id' | 'full_name' | 'nik_masked' | 'sex' | 'birth_date' | 'region_code' | 'dusun' | 'rt' | 'rw'>,
): PersonSummary {
  return {
    id: r.id,
    fullName: r.full_name,
    nikMasked: r.nik_masked,
    sex: r.sex,
    birthDate: r.birth_date,
    regionCode: r.region_code,
    dusun: r.dusun,
    rt: r.rt,
    rw: r.rw,
  };
}

export function getPersonRow(db: Db, id: string): PersonRow | undefined {
  return stmt(db, 'SELECT * FROM people WHERE id = ?').get(id) as PersonRow | undefined;
}

export function personIdByNikHash(db: Db, nikHash: string): string | undefined {
  const row = stmt(db, 'SELECT id FROM people WHERE nik_hash = ?').get(nikHash) as { id: string } | undefined;
  return row?.id;
}

/** Storable values of a person, after checking and normalising. */
export interface PersonValues {
  fullName: string;
  nikHash: string | null;
  nikMasked: string | null;
  sex: Sex | null;
  birthDate: string | null;
  phone: string | null;
  regionCode: string | null;
  dusun: string | null;
  rt: string | null;
  rw: string | null;
  note: string | null;
}

export function rowValues(r: PersonRow): PersonValues {
  return {
    fullName: r.full_name,
    nikHash: r.nik_hash,
    nikMasked: r.nik_masked,
    sex: r.sex,
    birthDate: r.birth_date,
    phone: r.phone_e164,
    regionCode: r.region_code,
    dusun: r.dusun,
    rt: r.rt,
    rw: r.rw,
    note: r.note,
  };
}
