import type { AgencyRef, StaffRef } from '../../shared/desk';
import type { FieldIssue } from '../../shared/errors';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

/** Purposes in `consents.purposes` (JSON array) that the desk relies on. */
export type ConsentPurpose = 'consultation' | 'migrant_register';

const NO_CONSENT: Record<ConsentPurpose, string> = {
  consultation: 'Persetujuan (consent) untuk layanan konsultasi belum dicatat.',
  migrant_register: 'Persetujuan (consent) untuk pencatatan riwayat migrasi belum dicatat.',
};

/**
 * A named person may only be stored with an active consent for the purpose (UU PDP Pasal 20).
 * Returns the consent id to keep with the record, or pushes a field issue and returns null.
 */
export function consentFor(
  db: Db,
  personId: string,
  purpose: ConsentPurpose,
  path: string,
  issues: FieldIssue[],
): string | null {
  const person = stmt(db, 'SELECT id, anonymised_at FROM people WHERE id = ?').get(personId) as
    | { id: string; anonymised_at: string | null }
    | undefined;
  if (!person) {
    issues.push({ path, message: 'Orang ini tidak ditemukan. Cari lagi atau catat sebagai orang baru.' });
    return null;
  }
  if (person.anonymised_at) {
    issues.push({ path, message: 'Data orang ini sudah dianonimkan dan tidak bisa dipakai lagi.' });
    return null;
  }
  const consent = stmt(
    db,
    `SELECT c.id FROM consents c
     WHERE c.subject_person_id = ? AND c.withdrawn_at IS NULL
       AND EXISTS (SELECT 1 FROM json_each(c.purposes) WHERE json_each.value = ?)
     ORDER BY c.rowid DESC LIMIT 1`,
  ).get(personId, purpose) as { id: string } | undefined;
  if (!consent) {
    issues.push({ path, message: NO_CONSENT[purpose] });
    return null;
  }
  return consent.id;
}

export function agencyRef(db: Db, id: string | null): AgencyRef | null {
  if (!id) return null;
  const r = stmt(db, 'SELECT id, name, licence_number, status FROM agencies WHERE id = ?').get(id) as
    | { id: string; name: string; licence_number: string; status: string }
    | undefined;
  return r ? { id: r.id, name: r.name, licenceNumber: r.licence_number, status: r.status } : null;
}

export function agencyExists(db: Db, id: string): boolean {
  return stmt(db, 'SELECT 1 FROM agencies WHERE id = ?').get(id) !== undefined;
}

export function staffRef(db: Db, id: string): StaffRef {
  const r = stmt(db, 'SELECT id, display_name FROM users WHERE id = ?').get(id) as
    | { id: string; display_name: string }
    | undefined;
  return { id, displayName: r?.display_name ?? '(akun dihapus)' };
}

export function personName(db: Db, id: string): string {
  const r = stmt(db, 'SELECT full_name FROM people WHERE id = ?').get(id) as { full_name: string } | undefined;
  return r?.full_name ?? '';
}
