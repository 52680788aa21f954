import type { GroupAudience } from '../../../shared/edukasi';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { nameKey } from '../../people/name-key';
import { DUPLICATE_CHILD } from '../children/enrol';
import { activeConsentSql } from '../consent';
import { HELP } from './columns';
import type { CaregiverValue, CheckedRow, ChildValue } from './rows';

export type CaregiverLink = { fileRow: number } | { childId: string };

export type PlannedRow =
  | { row: number; kind: 'blank' }
  | { row: number; kind: 'error'; rowKind: 'child' | 'caregiver' | null; key: string | null; messages: string[] }
  | { row: number; kind: 'child'; key: string | null; value: ChildValue; groupId: string | null }
  | {
      row: number;
      kind: 'caregiver';
      key: string | null;
      value: CaregiverValue;
      link: CaregiverLink;
      /** Same name (and birth date) in this file = the same person; they are created once. */
      personKey: string;
      existingPersonId: string | null;
      groupId: string | null;
      primary: boolean;
    };

export const ORPHAN_CAREGIVER =
  'Tidak ada anak yang cocok untuk pengasuh ini: kode_anak atau nama_anak harus sama dengan baris anak di berkas ini, atau dengan anak yang sudah terdaftar.';
export const SAME_PERSON_IN_DB =
  'Sudah ada orang dengan nama dan tanggal lahir yang sama di data desa. Daftarkan anak ini lewat formulir, agar dipastikan orang yang sama.';

const rowList = (rows: number[]) =>
  rows.length <= 10 ? rows.join(', ') : `${rows.slice(0, 10).join(', ')} dan ${rows.length - 10} lainnya`;

function groupOf(db: Db, name: string): { id: string; audience: GroupAudience } | undefined {
  return stmt(db, 'SELECT id, audience FROM groups WHERE name_key = ? AND archived_at IS NULL').get(nameKey(name)) as
    | { id: string; audience: GroupAudience }
    | undefined;
}

const groupMissing = (name: string) =>
  `Kelompok "${name.slice(0, 60)}" tidak ditemukan. Buat kelompoknya dulu, atau kosongkan kolom kelompok.`;

/**
 * Checks across rows and against the database, after each row was read on its own: duplicate
 * children (same name and birth date, in the file or already stored), duplicate kode_anak, which
 * child each caregiver row belongs to, which group each row joins. Nothing is written here.
 */
export function planRows(db: Db, rows: CheckedRow[]): PlannedRow[] {
  const extra = new Map<number, string[]>();
  const fail = (row: number, message: string) => extra.set(row, [...(extra.get(row) ?? []), message]);

  // Children: duplicates in the file (all copies refused: we cannot tell which one is right).
  const childRows = rows.filter((r): r is Extract<CheckedRow, { kind: 'child' }> => r.kind === 'child');
  const byIdentity = new Map<string, number[]>();
  for (const r of childRows) {
    const id = `${r.value.nameKey}|${r.value.birthDate}`;
    byIdentity.set(id, [...(byIdentity.get(id) ?? []), r.row]);
  }
  for (const list of byIdentity.values()) {
    if (list.length < 2) continue;
    for (const row of list) {
      fail(
        row,
        `Anak dengan nama dan tanggal lahir yang sama muncul lebih dari sekali di berkas ini (baris ${rowList(list)}).`,
      );
    }
  }
  const keyed = new Map<string, number[]>();
  for (const r of rows) {
    const isChild = r.kind === 'child' || (r.kind === 'error' && r.rowKind === 'child');
    if (!isChild || !r.key) continue;
    keyed.set(r.key, [...(keyed.get(r.key) ?? []), r.row]);
  }
  for (const [key, list] of keyed) {
    if (list.length < 2) continue;
    for (const row of list)
      fail(row, `Kode anak "${key}" dipakai lebih dari satu anak di berkas ini (baris ${rowList(list)}).`);
  }
  const personSameName = stmt(
    db,
    'SELECT EXISTS (SELECT 1 FROM children c WHERE c.person_id = p.id) AS is_child FROM people p WHERE p.name_key = ? AND p.birth_date = ? AND p.anonymised_at IS NULL',
  );
  for (const r of childRows) {
    const found = personSameName.all(r.value.nameKey, r.value.birthDate) as { is_child: number }[];
    if (found.some((f) => f.is_child === 1)) fail(r.row, DUPLICATE_CHILD);
    else if (found.length > 0) fail(r.row, SAME_PERSON_IN_DB);
    if (r.value.group) {
      const g = groupOf(db, r.value.group);
      if (!g) fail(r.row, groupMissing(r.value.group));
      else if (g.audience !== 'children' && g.audience !== 'mixed') {
        fail(r.row, `Kelompok "${r.value.group.slice(0, 60)}" bukan kelompok anak.`);
      }
    }
  }

  // Caregivers: link each to a child row of this file, or to a child already enrolled.
  const childByKey = new Map<string, CheckedRow>();
  const childByName = new Map<string, CheckedRow[]>();
  for (const r of rows) {
    const isChild = r.kind === 'child' || (r.kind === 'error' && r.rowKind === 'child');
    if (!isChild) continue;
    if (r.key && !childByKey.has(r.key)) childByKey.set(r.key, r);
    if (r.kind === 'child') childByName.set(r.value.nameKey, [...(childByName.get(r.value.nameKey) ?? []), r]);
  }
  const enrolledByName = stmt(
    db,
    `SELECT c.id FROM children c JOIN people p ON p.id = c.person_id
     WHERE p.name_key = ? AND c.left_on IS NULL AND ${activeConsentSql('c.person_id')} LIMIT 2`,
  );
  const caregiversByName = stmt(
    db,
    `SELECT g.person_id, p.birth_date, ${activeConsentSql('g.person_id')} AS consent_active
     FROM caregivers g JOIN people p ON p.id = g.person_id WHERE p.name_key = ? AND p.anonymised_at IS NULL LIMIT 5`,
  );
  const links = new Map<number, CaregiverLink>();
  const existing = new Map<number, { id: string; consentActive: boolean } | null>();
  for (const r of rows) {
    if (r.kind !== 'caregiver') continue;
    const v = r.value;
    let target: CheckedRow | undefined;
    if (v.childKey) target = childByKey.get(v.childKey);
    else if (v.childName) {
      const same = childByName.get(nameKey(v.childName)) ?? [];
      if (same.length > 1) {
        fail(
          r.row,
          'Ada lebih dari satu anak dengan nama ini di berkas; pakai kode_anak untuk menghubungkan pengasuh.',
        );
        continue;
      }
      target = same[0];
      if (!target) {
        const enrolled = enrolledByName.all(nameKey(v.childName)) as { id: string }[];
        if (enrolled.length > 1) {
          fail(r.row, 'Ada lebih dari satu anak terdaftar dengan nama ini; tambahkan pengasuh lewat formulir anak.');
          continue;
        }
        if (enrolled.length === 1) links.set(r.row, { childId: enrolled[0].id });
      }
    }
    if (target && (target.kind !== 'child' || extra.has(target.row))) {
      fail(r.row, `Baris anak yang dirujuk (baris ${target.row}) salah, jadi pengasuh ini tidak disimpan.`);
      continue;
    }
    if (target) links.set(r.row, { fileRow: target.row });
    if (!links.has(r.row)) {
      fail(r.row, ORPHAN_CAREGIVER);
      continue;
    }
    const matches = (
      caregiversByName.all(v.nameKey) as { person_id: string; birth_date: string | null; consent_active: number }[]
    ).filter((m) => !v.birthDate || !m.birth_date || m.birth_date === v.birthDate);
    if (matches.length > 1) {
      fail(r.row, 'Ada lebih dari satu pengasuh tersimpan dengan nama ini; tambahkan pengasuh lewat formulir anak.');
      continue;
    }
    const match = matches[0] ? { id: matches[0].person_id, consentActive: matches[0].consent_active === 1 } : null;
    existing.set(r.row, match);
    if (!match?.consentActive && (!v.consentMethod || !v.consentTextVersion)) {
      fail(
        r.row,
        !v.consentMethod
          ? `Cara persetujuan pengasuh kosong. Isi dengan ${HELP.consentMethod}.`
          : 'Versi teks persetujuan kosong. Isi kolom versi_persetujuan, atau pilih versinya saat mengunggah.',
      );
    }
    if (v.group) {
      const g = groupOf(db, v.group);
      if (!g) fail(r.row, groupMissing(v.group));
      else if (g.audience === 'children')
        fail(r.row, `Kelompok "${v.group.slice(0, 60)}" untuk anak, bukan untuk pengasuh.`);
    }
  }

  const primaryTaken = new Set<string>();
  return rows.map((r): PlannedRow => {
    const messages = extra.get(r.row);
    if (r.kind === 'blank') return r;
    if (r.kind === 'error') return { ...r, messages: [...r.messages, ...(messages ?? [])] };
    if (messages) return { row: r.row, kind: 'error', rowKind: r.kind, key: r.key, messages };
    if (r.kind === 'child') {
      return { ...r, groupId: r.value.group ? (groupOf(db, r.value.group)?.id ?? null) : null };
    }
    const link = links.get(r.row)!;
    const linkKey = 'fileRow' in link ? `row:${link.fileRow}` : `child:${link.childId}`;
    const primary = !primaryTaken.has(linkKey);
    primaryTaken.add(linkKey);
    return {
      row: r.row,
      kind: 'caregiver',
      key: r.key,
      value: r.value,
      link,
      personKey: `${r.value.nameKey}|${r.value.birthDate ?? ''}`,
      existingPersonId: existing.get(r.row)?.id ?? null,
      groupId: r.value.group ? (groupOf(db, r.value.group)?.id ?? null) : null,
      primary,
    };
  });
}
