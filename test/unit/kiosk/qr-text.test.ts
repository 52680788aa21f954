import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildQrText, cutToBytes, utf8Length } from '../../../electron/core/kiosk/checklist/qr-text';
import { QR_TEXT_MAX_BYTES } from '../../../electron/shared/kiosk';

const parts = (items: string[]) => ({
  title: 'DAFTAR DOKUMEN CALON PMI',
  lines: ['Skema: P to P', 'Status: Menikah'],
  items,
  footer: 'Periksa ke petugas desa. · v1',
  moreLabel: (n: number) => `+${n} dokumen lain: lihat daftar lengkap di petugas.`,
});

describe('buildQrText', () => {
  it('keeps a short checklist whole, one numbered line per item', () => {
    const text = buildQrText(parts(['KTP', 'Kartu Keluarga', 'Buku nikah']));
    expect(text).toBe(
      'DAFTAR DOKUMEN CALON PMI\nSkema: P to P\nStatus: Menikah\n1. KTP\n2. Kartu Keluarga\n3. Buku nikah\nPeriksa ke petugas desa. · v1',
    );
  });

  it('shortens long item texts before dropping any item', () => {
    const items = Array.from({ length: 8 }, (_, i) => `Dokumen ${i + 1}: ${'keterangan panjang '.repeat(10)}`);
    const text = buildQrText(parts(items));
    expect(utf8Length(text)).toBeLessThanOrEqual(QR_TEXT_MAX_BYTES);
    for (let i = 1; i <= 8; i++) expect(text).toContain(`${i}. Dokumen ${i}:`);
    expect(text).toContain('…');
    expect(text).not.toContain('dokumen lain');
  });

  it('replaces the last items by "+N dokumen lain" when even short texts do not fit', () => {
    const items = Array.from({ length: 60 }, (_, i) => `Dokumen nomor ${i + 1} ${'x'.repeat(60)}`);
    const text = buildQrText(parts(items));
    expect(utf8Length(text)).toBeLessThanOrEqual(QR_TEXT_MAX_BYTES);
    const match = /\+(\d+) dokumen lain/.exec(text);
    expect(match).not.toBeNull();
    const shown = text.split('\n').filter((l) => /^\d+\. /.test(l)).length;
    expect(shown + Number(match?.[1])).toBe(60);
    expect(text.endsWith('Periksa ke petugas desa. · v1')).toBe(true);
  });

  it('never exceeds the byte cap, whatever the content (multi-byte text included)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 400 }), { maxLength: 80 }),
        fc.string({ unit: 'binary', maxLength: 300 }),
        (items, title) => {
          const text = buildQrText({ ...parts(items), title });
          expect(utf8Length(text)).toBeLessThanOrEqual(QR_TEXT_MAX_BYTES);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cutToBytes never splits a character', () => {
    expect(cutToBytes('ééé', 5)).toBe('éé');
    expect(cutToBytes('a😀b', 4)).toBe('a');
    expect(cutToBytes('abc', 10)).toBe('abc');
  });
});
