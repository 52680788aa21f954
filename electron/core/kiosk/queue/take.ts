import { QUEUE_SERVICES, type QueueService, type QueueTicket } from '../../../shared/kiosk';
import { AppError } from '../../api/app-error';
import type { Deps } from '../../api/types';
import { iso, jakartaDate } from '../../clock';

/** Three digits on the ticket and the calling screen; a day never needs more at a village office. */
export const MAX_TICKETS_PER_DAY = 999;

export const formatTicket = (prefix: string, n: number) => `${prefix}-${String(n).padStart(3, '0')}`;

/** Seconds until the next midnight in Asia/Jakarta (UTC+7, no daylight saving). */
export function secondsToJakartaMidnight(ms: number): number {
  const day = 86_400_000;
  const local = ms + 7 * 3_600_000;
  return Math.max(1, Math.ceil((day - (local % day)) / 1000));
}

/**
 * Takes the next number of the day for a service. BEGIN IMMEDIATE takes SQLite's write lock
 * before reading the last number, so two kiosks (two connections, even two processes) cannot
 * read the same maximum; the other waits on busy_timeout instead of failing. UNIQUE(day,
 * prefix, number) is the backstop. No name or other personal data is stored with a ticket.
 */
export function takeTicket(deps: Deps, service: QueueService): QueueTicket {
  const spec = QUEUE_SERVICES.find((s) => s.id === service);
  if (!spec) throw new AppError('VALIDATION', 'Layanan tidak dikenal.');
  const db = deps.db;
  const last = db.prepare('SELECT MAX(number) AS n FROM queue_tickets WHERE day = ? AND prefix = ?');
  const insert = db.prepare(
    `INSERT INTO queue_tickets (id, day, service, prefix, number, taken_at, status) VALUES (?, ?, ?, ?, ?, ?, 'waiting')`,
  );
  const waiting = db.prepare(
    `SELECT COUNT(*) AS n FROM queue_tickets WHERE day = ? AND prefix = ? AND status = 'waiting' AND number < ?`,
  );
  return db
    .transaction((): QueueTicket => {
      // The clock is read inside the lock, so day and number come from the same moment.
      const now = deps.clock.now();
      const day = jakartaDate(now);
      const number = ((last.get(day, spec.prefix) as { n: number | null }).n ?? 0) + 1;
      if (number > MAX_TICKETS_PER_DAY) {
        const wait = secondsToJakartaMidnight(now);
        throw new AppError(
          'RATE_LIMITED',
          `Nomor antrian untuk "${spec.label}" hari ini sudah habis. Silakan langsung ke meja petugas, atau datang lagi besok.`,
          { retryAfterSeconds: wait },
        );
      }
      const takenAt = iso(now);
      insert.run(deps.newId(), day, spec.id, spec.prefix, number, takenAt);
      return {
        ticket: formatTicket(spec.prefix, number),
        prefix: spec.prefix,
        number,
        service: spec.id,
        serviceLabel: spec.label,
        day,
        takenAt,
        waitingBefore: (waiting.get(day, spec.prefix, number) as { n: number }).n,
      };
    })
    .immediate();
}
