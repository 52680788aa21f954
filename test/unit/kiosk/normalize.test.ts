import { describe, expect, it } from 'vitest';
import { normalizeAgencyName, normalizeLicence } from '../../../electron/core/kiosk/agencies/normalize';

describe('normalizeAgencyName', () => {
  it.each([
    ['PT Contoh Fiktif Sejahtera', 'contoh fiktif sejahtera'],
    ['PT. Contoh Fiktif Sejahtera', 'contoh fiktif sejahtera'],
    ['P.T. Contoh Fiktif Sejahtera', 'contoh fiktif sejahtera'],
    ['pt.contoh-fiktif  sejahtera', 'contoh fiktif sejahtera'],
    ['CONTOH FIKTIF SEJAHTERA, PT', 'contoh fiktif sejahtera'],
    ['  Contoh   Fiktif\tSejahtera  ', 'contoh fiktif sejahtera'],
  ])('treats %j as %j', (raw, key) => {
    expect(normalizeAgencyName(raw)).toBe(key);
  });

  it('removes accents and joins apostrophes', () => {
    expect(normalizeAgencyName('PT Café Ma’ruf Jaya')).toBe('cafe maruf jaya');
    expect(normalizeAgencyName('Şükran Ñandú')).toBe('sukran nandu');
  });

  it('keeps "pt" inside a word and digits', () => {
    expect(normalizeAgencyName('PT Optima 2000')).toBe('optima 2000');
    expect(normalizeAgencyName('Aptika')).toBe('aptika');
  });

  it('returns an empty key for a name without letters or digits', () => {
    expect(normalizeAgencyName('PT. ---')).toBe('');
  });
});

describe('normalizeLicence', () => {
  it('upper-cases, collapses spaces and folds full-width characters', () => {
    expect(normalizeLicence('  contoh-001 ')).toBe('CONTOH-001');
    expect(normalizeLicence('kep  123 /\t2020')).toBe('KEP 123 / 2020');
    expect(normalizeLicence('ＣＯＮＴＯＨ－００１')).toBe('CONTOH-001');
  });
});
