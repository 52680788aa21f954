import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Harness, harness, setUpVillage, staffToken, tableCounts } from './helpers';

/** Values a hostile or buggy client might send in any field. */
const junk = fc.oneof(
  fc.anything(),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('', ' ', '\u0000', '"', '*', 'NEAR(', "'; DROP TABLE agencies; --", '__proto__', 'x'.repeat(20_000)),
  fc.integer(),
  fc.double(),
  fc.constant(null),
);
/** Mostly a plausible value, sometimes junk: so validation, handlers and their error paths are all reached. */
const mostly = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: valid as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: junk });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const lang = maybe(mostly(fc.constantFrom('id', 'en', 'jv')));
/** The whole input: usually an object of fields, sometimes junk instead of an object. */
const input = <T>(shape: fc.Arbitrary<T>) => mostly(shape);

const csvText = fc
  .array(
    fc.array(
      fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.constantFrom(
          'PT Contoh Fiktif',
          'CONTOH-001',
          'aktif',
          'dicabut',
          '31/02/2025',
          '2026-01-01',
          '"',
          '\r\n',
          ',',
          ';',
        ),
      ),
      { maxLength: 6 },
    ),
    { maxLength: 8 },
  )
  .map((rows) => ['nama,nomor izin,status,berlaku sampai,alamat', ...rows.map((r) => r.join(','))].join('\n'));

const INPUTS: Record<string, fc.Arbitrary<unknown>> = {
  'kiosk.profile': input(fc.constant({})),
  'agencies.search': input(
    fc.record(
      {
        q: mostly(fc.string({ unit: 'binary', maxLength: 200 })),
        limit: maybe(mostly(fc.integer({ min: 1, max: 50 }))),
        lang,
      },
      { requiredKeys: ['q'] },
    ),
  ),
  'agencies.import': input(
    fc.oneof(
      fc.record({
        csv: mostly(fc.oneof(csvText, fc.string({ unit: 'binary', maxLength: 400 }))),
        dataAsOf: mostly(fc.constantFrom('2026-03-01', '2026-02-30', '2099-01-01', '01/03/2026')),
        source: mostly(fc.constantFrom('Daftar uji', '')),
        mode: mostly(fc.constantFrom('valid_rows', 'all_or_nothing', 'x')),
      }),
      fc.record({
        csvBase64: mostly(
          fc.oneof(
            csvText.map((t) => Buffer.from(t).toString('base64')),
            fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('base64')),
          ),
        ),
        dataAsOf: mostly(fc.constantFrom('2026-03-01', '2026-02-30')),
        source: mostly(fc.constant('Daftar uji')),
        mode: mostly(fc.constantFrom('valid_rows', 'all_or_nothing')),
      }),
    ),
  ),
  'hotlines.list': input(fc.constant({})),
  'destinations.list': input(fc.record({ lang })),
  'destinations.get': input(fc.record({ code: mostly(fc.constantFrom('TW', 'sa', 'XX', '../x')), lang })),
  'calo.questions': input(fc.record({ lang })),
  'calo.evaluate': input(
    fc.record({
      answers: mostly(
        fc.dictionary(
          fc.oneof(
            { weight: 5, arbitrary: fc.constantFrom('bayar-dulu', 'visa-kerja', 'paspor-ditahan') },
            { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'tidak-ada') },
          ),
          mostly(fc.constantFrom('yes', 'no', 'unsure')),
        ),
      ),
      lang,
    }),
  ),
  'checklist.get': input(
    fc.record({
      scheme: mostly(fc.constantFrom('p_to_p', 'g_to_g', 'calo')),
      marital: mostly(fc.constantFrom('single', 'married', '*')),
      lang,
    }),
  ),
  'queue.take': input(fc.record({ service: mostly(fc.constantFrom('konsultasi', 'pengaduan', 'edukasi', 'A')) })),
};

describe('random input to every kiosk method', () => {
  let h: Harness;
  let admin: string;

  beforeAll(async () => {
    h = harness();
    setUpVillage(h.core.db);
    admin = await staffToken(h, 'admin');
  });

  for (const [method, arb] of Object.entries(INPUTS)) {
    it(`${method}: never INTERNAL, and a rejected input writes nothing`, async () => {
      const seen = { accepted: 0, rejected: 0 };
      await fc.assert(
        fc.asyncProperty(arb, async (value) => {
          const before = tableCounts(h.core.db);
          const r = await h.call(method, value, admin);
          if (r.ok) {
            seen.accepted++;
            return;
          }
          seen.rejected++;
          expect(r.error.code, JSON.stringify(r.error)).not.toBe('INTERNAL');
          expect(r.error.message.length).toBeGreaterThan(0);
          expect(tableCounts(h.core.db)).toEqual(before);
        }),
        { numRuns: 200 },
      );
      expect(h.log.errors).toEqual([]);
      // Both paths were exercised, so the property is not vacuous.
      expect(seen.accepted).toBeGreaterThan(0);
      expect(seen.rejected).toBeGreaterThan(0);
    });
  }
});
