import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, decodeWindows1252, fromText } from '../../../electron/core/kiosk/agencies/decode';

describe('decodeCsvBytes', () => {
  it('strips a UTF-8 BOM and reports it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('nama,é')]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'nama,é', encoding: 'utf-8-bom' });
  });

  it('reads valid UTF-8 as UTF-8', () => {
    expect(decodeCsvBytes(Buffer.from('Café – “ok”', 'utf8'))).toEqual({ text: 'Café – “ok”', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8, including 0x80–0x9F', () => {
    // "Café € ’ – Š" in Windows-1252
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x20, 0x92, 0x20, 0x96, 0x20, 0x8a]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Café € ’ – Š', encoding: 'windows-1252' });
  });

  it('maps every Windows-1252 byte to one character', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const text = decodeWindows1252(all);
    expect(text.length).toBe(256);
    expect(text.charCodeAt(0x41)).toBe(0x41);
    expect(text.charCodeAt(0x80)).toBe(0x20ac);
    expect(text.charCodeAt(0x9f)).toBe(0x0178);
    expect(text.charCodeAt(0xe9)).toBe(0xe9);
  });

  it('also strips a BOM from text that arrived already decoded', () => {
    expect(fromText('\uFEFFnama')).toEqual({ text: 'nama', encoding: 'utf-8-bom' });
    expect(fromText('nama')).toEqual({ text: 'nama', encoding: 'utf-8' });
  });
});
