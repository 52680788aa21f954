import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ftsQuery } from '../../../electron/core/desk/consultations/list';
import { cursorSchema, decodeCursor, encodeCursor } from '../../../electron/core/desk/cursor';
import { announcement, formatTicket, topicHint } from '../../../electron/core/desk/queue-desk/format';

describe('keyset cursors', () => {
  it('round-trip any key and id', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 64 }), fc.string({ maxLength: 64 }), (key, id) => {
        expect(decodeCursor(encodeCursor({ key, id }))).toEqual({ key, id });
      }),
    );
  });

  it('refuse anything that is not one of ours', () => {
    for (const bad of [
      '',
      '!!!',
      Buffer.from('[1,2]').toString('base64url'),
      Buffer.from('{}').toString('base64url'),
    ]) {
      expect(decodeCursor(bad)).toBeNull();
      expect(cursorSchema.safeParse(bad).success).toBe(false);
    }
    fc.assert(fc.property(fc.string({ maxLength: 500 }), (s) => void decodeCursor(s)));
  });
});

describe('FTS query text', () => {
  it('quotes each word as a prefix and drops operators and one-letter words', () => {
    expect(ftsQuery('Sponsor kontrak')).toBe('"sponsor"* "kontrak"*');
    expect(ftsQuery('"sponsor" OR NEAR(x')).toBe('"sponsor"* "or"* "near"*');
    expect(ftsQuery('a * - ')).toBeNull();
    expect(ftsQuery('Ëretan')).toBe('"eretan"*');
  });

  it('never lets a quote or operator through', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (q) => {
        const out = ftsQuery(q);
        if (out === null) return;
        for (const part of out.split(' ')) expect(part).toMatch(/^"[\p{L}\p{N}]{2,}"\*$/u);
      }),
    );
  });
});

describe('queue formatting', () => {
  it('tickets, TV announcements and topic hints', () => {
    expect(formatTicket('A', 7)).toBe('A-007');
    expect(formatTicket('B', 123)).toBe('B-123');
    expect(announcement('A', 12, 'Meja 1')).toBe('Nomor antrian A nol satu dua, silakan ke Meja 1.');
    expect(topicHint('pengaduan')).toEqual({ topics: ['problem_abroad'], suggestCase: true });
    expect(topicHint('edukasi')).toEqual({ topics: ['children'], suggestCase: false });
    expect(topicHint('konsultasi')).toEqual({ topics: [], suggestCase: false });
  });
});
