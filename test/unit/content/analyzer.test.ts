import { describe, expect, it } from 'vitest';
import { ANALYZER_VERSION, analyzers } from '../../../electron/core/content/analysis/analyzer';
import { fold, tokenize, words } from '../../../electron/core/content/analysis/fold';
import { stemEnglish } from '../../../electron/core/content/analysis/stem-en';
import { stemIndonesian } from '../../../electron/core/content/analysis/stem-id';
import { SYNONYM_RULES } from '../../../electron/core/content/data/synonyms';

const id = analyzers.id;

describe('folding and tokenising', () => {
  it('folds case, diacritics and full-width forms', () => {
    expect(fold('Pendaftarán ÉKSPOR')).toBe('pendaftaran ekspor');
    expect(words('ｐａｓｐｏｒ Café')).toEqual(['paspor', 'cafe']);
    // "e" + combining acute accent stays one word.
    expect(words('cafe\u0301 au lait')).toEqual(['cafe', 'au', 'lait']);
  });

  it('splits on punctuation, keeps codes and reads "anak2" as anak', () => {
    expect(words('KTP-el, P3MI (BP2MI) anak2 ak1 Rp15.000')).toEqual([
      'ktp',
      'el',
      'p3mi',
      'bp2mi',
      'anak',
      'ak1',
      'rp15',
      '000',
    ]);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Hati-hati: tekong!';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['Hati', 'hati', 'tekong']);
  });

  it('ignores emoji and symbols', () => {
    expect(words('🙏 kerja 💰💰 ke luar negeri 🇲🇾')).toEqual(['kerja', 'ke', 'luar', 'negeri']);
  });
});

describe('analyser: synonyms, old names and Javanese words', () => {
  const cases: [string, string[]][] = [
    ['TKI', ['pmi']],
    ['TKW', ['pmi']],
    ['BMI', ['pmi']],
    ['PJTKI', ['p3mi']],
    ['PPTKIS', ['p3mi']],
    ['BNP2TKI', ['kp2mi']],
    ['BP2MI', ['kp2mi']],
    ['sponsor', ['calo']],
    ['tekong', ['calo']],
    ['sponsornya', ['calo']],
    ['pasport', ['paspor']],
    ['luar negri', ['luar', 'negeri']],
    ['kerja di LN', ['kerja', 'luar', 'negeri']],
    ['kerja ke luar negeri', ['kerja', 'luar', 'negeri']],
    ['upah', ['gaji']],
    ['pengupahan', ['gaji']],
    ['nyambut gawe', ['kerja']],
    ['gawean', ['kerja']],
    ['budal', ['berangkat']],
    ['duwit', ['uang']],
    ['mbayar', ['bayar']],
    ['bojo', ['suami', 'istri']],
    ['G to G', ['gtog']],
    ['ijin', ['izin']],
  ];
  it.each(cases)('"%s" → %j', (text, terms) => {
    expect(id.analyze(text)).toEqual(terms);
  });

  it('drops Indonesian, chat and Dermayon stop words', () => {
    expect(id.analyze('biaya penempatan brp yg harus dibayar')).toEqual(['biaya', 'tempat', 'bayar']);
    expect(id.analyze('isun arep ngadu kepriben')).toEqual(['adu']);
  });

  it('gives every rule a note and only canonical targets (their own stems)', () => {
    for (const rule of SYNONYM_RULES) {
      expect(rule.note.length, rule.from).toBeGreaterThan(10);
      for (const target of rule.to.split(/[\s|]+/)) {
        const stem = rule.lang === 'en' ? stemEnglish(target) : stemIndonesian(target);
        expect(stem, `${rule.from} → ${target}`).toBe(target);
      }
    }
  });

  it('has no rule whose source is also a target of another rule (no chains)', () => {
    const targets = new Set(SYNONYM_RULES.flatMap((r) => r.to.split(/[\s|]+/)));
    for (const rule of SYNONYM_RULES)
      if (!rule.from.includes(' ')) expect(targets.has(rule.from), rule.from).toBe(false);
  });

  it('analyses English with the English stemmer and the shared old names', () => {
    expect(analyzers.en.analyze('The workers registered their documents')).toEqual(['worker', 'register', 'document']);
    expect(analyzers.en.analyze('TKI')).toEqual(['pmi']);
  });

  it('has a stable version string that identifies the analyser data', () => {
    expect(ANALYZER_VERSION).toMatch(/^[0-9a-f]{16}$/);
  });
});
