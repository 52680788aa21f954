import { z } from 'zod';
import type { DeskTicketStatus, QueueToday } from '../../../shared/desk';
import { QUEUE_SERVICES, type QueueService } from '../../../shared/kiosk';
import { AppError } from '../../api/app-error';
import type { Deps, MethodTable } from '../../api/types';
import { emptyInput, text } from '../../api/zod-messages';
import { iso, jakartaDate } from '../../clock';
import { stmt } from '../../db/statements';
import { audit, staffUser } from '../actor';
import { idSchema } from '../schemas';
import { topicHint } from './format';
import {
  display,
  findTicket,
  markCalled,
  oldestWaiting,
  setStatus,
  type TicketRow,
  ticketsOfDay,
  toDeskTicket,
} from './repository';

export type QueueDeskMethodName =
  | 'queue.today'
  | 'queue.callNext'
  | 'queue.skip'
  | 'queue.recall'
  | 'queue.serve'
  | 'queue.display';

/** Shown on the TV next to the number, so only a short place name: "Meja 1", "Loket B". */
const counterSchema = text(1, 20).refine(
  // `*`: an empty box already gets "Wajib diisi." from text(); one message per problem.
  (s) => /^[\p{L}\p{N} .-]*$/u.test(s),
  'Nama meja hanya huruf, angka dan spasi, misalnya "Meja 1".',
);
const serviceIds = QUEUE_SERVICES.map((s) => s.id) as [QueueService, ...QueueService[]];

const NOT_FOUND = 'Nomor antrian tidak ditemukan. Muat ulang daftar antrian.';
const STATUS_WORD: Record<DeskTicketStatus, string> = {
  waiting: 'masih menunggu',
  called: 'sedang dipanggil',
  served: 'sudah dilayani',
  skipped: 'sudah dilewati',
};

/** Loads today's ticket or explains why it cannot be acted on. */
function ticketForAction(deps: Deps, id: string, allowed: readonly DeskTicketStatus[], verb: string): TicketRow {
  const t = findTicket(deps.db, id);
  if (!t) throw new AppError('NOT_FOUND', NOT_FOUND);
  if (t.day !== jakartaDate(deps.clock.now())) {
    throw new AppError('CONFLICT', 'Nomor antrian ini dari hari lain dan tidak bisa dipakai lagi.');
  }
  if (!allowed.includes(t.status)) {
    throw new AppError(
      'CONFLICT',
      `Nomor ini ${STATUS_WORD[t.status]}, jadi tidak bisa ${verb}. Muat ulang daftar antrian.`,
    );
  }
  return t;
}

function auditTicket(deps: Deps, user: Parameters<typeof audit>[1], at: string, t: TicketRow, step: string) {
  audit(deps, user, {
    at,
    action: 'update',
    entity: 'queue_tickets',
    entityId: t.id,
    details: { step, ticket: `${t.prefix}-${t.number}` },
  });
}

export const queueDeskMethods: MethodTable<QueueDeskMethodName> = {
  'queue.today': {
    description: 'Antrian hari ini untuk petugas: menunggu, dipanggil, dilayani, dilewati (nomor saja, tanpa nama).',
    input: emptyInput,
    handler: (_input, _call, deps): QueueToday => {
      const day = jakartaDate(deps.clock.now());
      const out: QueueToday = { day, waiting: [], called: [], served: [], skipped: [] };
      for (const r of ticketsOfDay(deps.db, day)) out[r.status].push(toDeskTicket(r));
      // Newest call first for the staff screen; waiting stays first come, first served.
      out.called.sort((a, b) => (b.calledAt ?? '').localeCompare(a.calledAt ?? ''));
      return out;
    },
  },
  'queue.callNext': {
    description:
      'Panggil nomor berikutnya ke meja ini. Dua petugas yang memanggil bersamaan tidak mendapat nomor yang sama.',
    input: z.strictObject({
      counter: counterSchema,
      service: z.enum(serviceIds, 'Pilih layanan: konsultasi, pengaduan, atau edukasi.').optional(),
    }),
    handler: (input, call, deps) => {
      const user = staffUser(call);
      // IMMEDIATE takes the write lock before reading, so two officers (two connections, even two
      // processes) never read the same "oldest waiting" ticket; the other waits on busy_timeout.
      return deps.db
        .transaction(() => {
          const nowMs = deps.clock.now();
          const day = jakartaDate(nowMs);
          const next = oldestWaiting(deps.db, day, input.service);
          if (!next) return { ticket: null, waiting: 0 };
          const at = iso(nowMs);
          if (!markCalled(deps.db, next.id, { at, counter: input.counter, userId: user.id }, ['waiting'])) {
            throw new AppError(
              'CONFLICT',
              'Nomor ini baru saja dipanggil petugas lain. Tekan "Panggil berikutnya" lagi.',
            );
          }
          auditTicket(deps, user, at, next, 'call');
          const waiting = ticketsOfDay(deps.db, day).filter((t) => t.status === 'waiting').length;
          return { ticket: toDeskTicket(findTicket(deps.db, next.id)!), waiting };
        })
        .immediate();
    },
  },
  'queue.skip': {
    description: 'Lewati nomor yang tidak datang saat dipanggil (bisa dipanggil ulang nanti).',
    input: z.strictObject({ id: idSchema }),
    handler: (input, call, deps) => {
      const user = staffUser(call);
      return deps.db
        .transaction(() => {
          const t = ticketForAction(deps, input.id, ['waiting', 'called'], 'dilewati');
          setStatus(deps.db, t.id, 'skipped', ['waiting', 'called']);
          auditTicket(deps, user, iso(deps.clock.now()), t, 'skip');
          return toDeskTicket(findTicket(deps.db, t.id)!);
        })
        .immediate();
    },
  },
  'queue.recall': {
    description: 'Panggil ulang nomor yang sedang dipanggil atau yang tadi dilewati.',
    input: z.strictObject({ id: idSchema, counter: counterSchema.optional() }),
    handler: (input, call, deps) => {
      const user = staffUser(call);
      return deps.db
        .transaction(() => {
          const t = ticketForAction(deps, input.id, ['called', 'skipped'], 'dipanggil ulang');
          const at = iso(deps.clock.now());
          const counter = input.counter ?? t.counter;
          if (!counter) {
            throw new AppError('VALIDATION', 'Pilih meja untuk memanggil nomor ini.', {
              issues: [{ path: 'counter', message: 'Isi nama meja, misalnya "Meja 1".' }],
            });
          }
          markCalled(deps.db, t.id, { at, counter, userId: user.id }, ['called', 'skipped']);
          auditTicket(deps, user, at, t, 'recall');
          return toDeskTicket(findTicket(deps.db, t.id)!);
        })
        .immediate();
    },
  },
  'queue.serve': {
    description: 'Layani nomor ini: menandai dilayani dan memberi isian awal untuk mencatat konsultasi.',
    input: z.strictObject({ id: idSchema }),
    handler: (input, call, deps) => {
      const user = staffUser(call);
      return deps.db
        .transaction(() => {
          const t = ticketForAction(deps, input.id, ['waiting', 'called', 'served'], 'dilayani');
          if (t.consultation_id) {
            throw new AppError('CONFLICT', 'Nomor ini sudah tercatat pada sebuah konsultasi.');
          }
          if (t.status !== 'served') {
            const at = iso(deps.clock.now());
            setStatus(deps.db, t.id, 'served', ['waiting', 'called']);
            stmt(deps.db, 'UPDATE queue_tickets SET served_by = ? WHERE id = ?').run(user.id, t.id);
            auditTicket(deps, user, at, t, 'serve');
          }
          const hint = topicHint(t.service);
          return {
            ticket: toDeskTicket(findTicket(deps.db, t.id)!),
            prefill: { channel: 'walk_in' as const, queueTicketId: t.id, topics: hint.topics },
            suggestCase: hint.suggestCase,
          };
        })
        .immediate();
    },
  },
  'queue.display': {
    description: 'Layar TV antrian: nomor yang sedang dipanggil per meja dan lima panggilan terakhir. Tanpa nama.',
    input: emptyInput,
    handler: (_input, _call, deps) => display(deps.db, jakartaDate(deps.clock.now())),
  },
};
