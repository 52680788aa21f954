/**
 * Turns the bytes of an uploaded CSV into text. Spreadsheets on Indonesian office PCs save
 * either UTF-8 (often with a BOM) or the Windows "ANSI" code page, Windows-1252.
 *
 * Windows-1252 is decoded with our own table: Node 20's TextDecoder('windows-1252') maps
 * 0x80–0x9F to C1 control characters (Latin-1), so "€", curly quotes and "–" would be lost.
 */

// Code points for bytes 0x80–0x9F (WHATWG encoding standard). Undefined bytes keep their C1 value.
const W1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes.push(b >= 0x80 && b <= 0x9f ? W1252_HIGH[b - 0x80] : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** UTF-8 BOM → UTF-8; valid UTF-8 → UTF-8; anything else → Windows-1252 (every byte is defined there). */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Text that arrived already decoded (the `csv` field) may still start with a BOM. */
export function fromText(text: string): DecodedText {
  return text.startsWith('\uFEFF') ? { text: text.slice(1), encoding: 'utf-8-bom' } : { text, encoding: 'utf-8' };
}
