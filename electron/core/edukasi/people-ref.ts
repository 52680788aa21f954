import type { Sex } from '../../shared/people';
import { AppError } from '../api/app-error';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

/** The few person columns Rumah Edukasi reads (never the NIK hash, never the note). */
export interface PersonBasic {
  id: string;
  full_name: string;
  name_key: string;
  sex: Sex | null;
  birth_date: string | null;
  phone_e164: string | null;
  anonymised_at: string | null;
}

export function personBasic(db: Db, id: string): PersonBasic | undefined {
  return stmt(
    db,
    'SELECT id, full_name, name_key, sex, birth_date, phone_e164, anonymised_at FROM people WHERE id = ?',
  ).get(id) as PersonBasic | undefined;
}

export const PERSON_NOT_FOUND = 'Orang ini tidak ditemukan. Cari lagi, atau isi sebagai orang baru.';
export const PERSON_ANONYMISED = 'Data orang ini sudah dianonimkan dan tidak bisa dipakai lagi.';

/**
 * Errors from the people methods name fields of the person (`nik`, `birthDate`); in a Rumah
 * Edukasi form those sit under `person.`. Consent paths stay as they are.
 */
export function underPerson(err: unknown): unknown {
  if (!(err instanceof AppError) || !err.extra.issues) return err;
  const issues = err.extra.issues.map((i) =>
    i.path.startsWith('consent') ? i : { ...i, path: i.path ? `person.${i.path}` : 'person' },
  );
  return new AppError(err.code, err.message, { ...err.extra, issues });
}
