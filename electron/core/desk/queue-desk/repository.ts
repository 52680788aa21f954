import type { DeskTicket, DeskTicketStatus, QueueDisplay, QueueDisplayCall } from '../../../shared/desk';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { announcement, formatTicket, serviceLabel } from './format';

export interface TicketRow {
  id: string;
  day: string;
  service: string;
  prefix: string;
  number: number;
  taken_at: string;
  called_at: string | null;
  counter: string | null;
  served_by: string | null;
  status: DeskTicketStatus;
  consultation_id: string | null;
}

const COLUMNS = 'id, day, service, prefix, number, taken_at, called_at, counter, served_by, status, consultation_id';

export function toDeskTicket(r: TicketRow): DeskTicket {
  return {
    id: r.id,
    ticket: formatTicket(r.prefix, r.number),
    service: r.service,
    serviceLabel: serviceLabel(r.service),
    status: r.status,
    takenAt: r.taken_at,
    calledAt: r.called_at,
    counter: r.counter,
    consultationId: r.consultation_id,
  };
}

export function findTicket(db: Db, id: string): TicketRow | undefined {
  return stmt(db, `SELECT ${COLUMNS} FROM queue_tickets WHERE id = ?`).get(id) as TicketRow | undefined;
}

export function ticketsOfDay(db: Db, day: string): TicketRow[] {
  return stmt(db, `SELECT ${COLUMNS} FROM queue_tickets WHERE day = ? ORDER BY taken_at, prefix, number`).all(
    day,
  ) as TicketRow[];
}

/** The oldest waiting ticket of the day (optionally of one service): first come, first served. */
export function oldestWaiting(db: Db, day: string, service: string | undefined): TicketRow | undefined {
  return service
    ? (stmt(
        db,
        `SELECT ${COLUMNS} FROM queue_tickets WHERE day = ? AND status = 'waiting' AND service = ?
         ORDER BY taken_at, number LIMIT 1`,
      ).get(day, service) as TicketRow | undefined)
    : (stmt(
        db,
        `SELECT ${COLUMNS} FROM queue_tickets WHERE day = ? AND status = 'waiting' ORDER BY taken_at, number LIMIT 1`,
      ).get(day) as TicketRow | undefined);
}

/** Calls a ticket to a counter. Guarded by the expected statuses, so a lost race changes nothing. */
export function markCalled(
  db: Db,
  id: string,
  v: { at: string; counter: string; userId: string },
  from: readonly DeskTicketStatus[],
): boolean {
  return (
    stmt(
      db,
      `UPDATE queue_tickets SET status = 'called', called_at = @at, counter = @counter, served_by = @userId
       WHERE id = @id AND status IN (SELECT value FROM json_each(@from))`,
    ).run({ ...v, id, from: JSON.stringify(from) }).changes === 1
  );
}

export function setStatus(db: Db, id: string, to: DeskTicketStatus, from: readonly DeskTicketStatus[]): boolean {
  return (
    stmt(
      db,
      `UPDATE queue_tickets SET status = @to
       WHERE id = @id AND status IN (SELECT value FROM json_each(@from))`,
    ).run({ id, to, from: JSON.stringify(from) }).changes === 1
  );
}

/** What the TV shows: numbers, counters and times only, never who holds a ticket. */
export function display(db: Db, day: string): QueueDisplay {
  const calls = stmt(
    db,
    `SELECT prefix, number, counter, called_at, status FROM queue_tickets
     WHERE day = ? AND called_at IS NOT NULL ORDER BY called_at DESC, number DESC LIMIT 50`,
  ).all(day) as { prefix: string; number: number; counter: string | null; called_at: string; status: string }[];
  const toCall = (r: (typeof calls)[number]): QueueDisplayCall => ({
    ticket: formatTicket(r.prefix, r.number),
    counter: r.counter ?? '',
    calledAt: r.called_at,
  });
  // Latest call per counter, while that ticket is still being called (not yet served or skipped).
  const seen = new Set<string>();
  const nowServing: QueueDisplayCall[] = [];
  for (const r of calls) {
    const counter = r.counter ?? '';
    if (seen.has(counter)) continue;
    seen.add(counter);
    if (r.status === 'called') nowServing.push(toCall(r));
  }
  const waiting = (
    stmt(db, `SELECT COUNT(*) AS n FROM queue_tickets WHERE day = ? AND status = 'waiting'`).get(day) as {
      n: number;
    }
  ).n;
  const newest = calls[0];
  return {
    day,
    nowServing: nowServing.sort((a, b) => a.counter.localeCompare(b.counter, 'id')),
    recent: calls.slice(0, 5).map(toCall),
    waiting,
    announcement:
      newest && newest.status === 'called' ? announcement(newest.prefix, newest.number, newest.counter ?? '') : null,
  };
}
