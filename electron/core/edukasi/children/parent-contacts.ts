import type { ParentContact } from '../../../shared/edukasi';
import { AppError, validationError } from '../../api/app-error';
import type { MethodTable } from '../../api/types';
import { iso } from '../../clock';
import { stmt } from '../../db/statements';
import { staffUser } from '../../desk/actor';
import { auditEdukasi } from '../audit';
import { today } from '../dates';
import { CHILD_CONSENT_WITHDRAWN, CHILD_NOT_FOUND } from '../messages';
import { childForWrite } from './guards';
import { findChildRow } from './repository';
import { contactAddInput, contactListInput } from './schemas';

interface ContactRow {
  id: string;
  child_id: string;
  contact_on: string;
  how: ParentContact['how'];
  facilitated_by_house: number;
  note: string | null;
  created_at: string;
}

const toContact = (r: ContactRow): ParentContact => ({
  id: r.id,
  childId: r.child_id,
  date: r.contact_on,
  how: r.how,
  facilitatedByHouse: r.facilitated_by_house === 1,
  note: r.note,
  createdAt: r.created_at,
});

/** Long-distance parenting log: when and how the child was in touch with the parent abroad. */
export const parentContactMethods: MethodTable<'parentContacts.add' | 'parentContacts.list'> = {
  'parentContacts.add': {
    description:
      'Mencatat kontak anak dengan orang tua di luar negeri (tanggal, cara, difasilitasi Rumah Edukasi atau tidak).',
    input: contactAddInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      const day = today(deps.clock.now());
      const date = input.date ?? day;
      return deps.db
        .transaction((): ParentContact => {
          const child = childForWrite(deps.db, input.childId, { enrolled: true });
          if (date > day)
            throw validationError([{ path: 'date', message: 'Tanggal kontak tidak boleh sesudah hari ini.' }]);
          const id = deps.newId();
          const now = iso(deps.clock.now());
          stmt(
            deps.db,
            `INSERT INTO parent_contacts (id, child_id, contact_on, how, facilitated_by_house, note, created_at, created_by)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          ).run(id, child.id, date, input.how, input.facilitatedByHouse ? 1 : 0, input.note || null, now, user.id);
          auditEdukasi(deps, user, {
            action: 'create',
            entity: 'parent_contacts',
            entityId: id,
            details: { how: input.how, facilitatedByHouse: input.facilitatedByHouse },
            subjects: [child.person_id],
          });
          return toContact(stmt(deps.db, 'SELECT * FROM parent_contacts WHERE id = ?').get(id) as ContactRow);
        })
        .immediate();
    },
  },
  'parentContacts.list': {
    description: 'Riwayat kontak anak dengan orang tua di luar negeri, terbaru dahulu.',
    input: contactListInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      if (input.from && input.to && input.from > input.to) {
        throw validationError([{ path: 'to', message: 'Tanggal akhir tidak boleh sebelum tanggal awal.' }]);
      }
      return deps.db.transaction(() => {
        const child = findChildRow(deps.db, input.childId);
        if (!child) throw new AppError('NOT_FOUND', CHILD_NOT_FOUND);
        if (child.consent_active !== 1) throw new AppError('CONFLICT', CHILD_CONSENT_WITHDRAWN);
        const rows = stmt(
          deps.db,
          `SELECT * FROM parent_contacts WHERE child_id = ? AND contact_on >= ? AND contact_on <= ?
           ORDER BY contact_on DESC, id DESC`,
        ).all(child.id, input.from ?? '0000-01-01', input.to ?? '9999-12-31') as ContactRow[];
        auditEdukasi(deps, user, {
          action: 'view',
          entity: 'parent_contacts',
          entityId: child.id,
          subjects: [child.person_id],
        });
        return { items: rows.map(toContact) };
      })();
    },
  },
};
