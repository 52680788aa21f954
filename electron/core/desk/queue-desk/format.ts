import type { ConsultationTopic } from '../../../shared/desk';
import { QUEUE_SERVICES } from '../../../shared/kiosk';

/** As printed on the kiosk ticket and called on the TV: `A-012`. */
export const formatTicket = (prefix: string, n: number) => `${prefix}-${String(n).padStart(3, '0')}`;

export function serviceLabel(service: string): string {
  return QUEUE_SERVICES.find((s) => s.id === service)?.label ?? service;
}

/** What the officer probably needs first, from the service chosen at the kiosk. */
export function topicHint(service: string): { topics: ConsultationTopic[]; suggestCase: boolean } {
  switch (service) {
    case 'pengaduan':
      return { topics: ['problem_abroad'], suggestCase: true };
    case 'edukasi':
      return { topics: ['children'], suggestCase: false };
    default:
      return { topics: [], suggestCase: false };
  }
}

/**
 * The sentence the TV speaks: digits one by one, as people read a ticket ("A nol satu dua").
 * Spelled out in Indonesian so any text-to-speech voice says them the same way.
 */
const DIGITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
export function announcement(prefix: string, n: number, counter: string): string {
  const digits = String(n)
    .padStart(3, '0')
    .split('')
    .map((d) => DIGITS[Number(d)])
    .join(' ');
  return `Nomor antrian ${prefix} ${digits}, silakan ke ${counter}.`;
}
