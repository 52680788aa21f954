import { QR_TEXT_MAX_BYTES } from '../../../shared/kiosk';

export const utf8Length = (s: string) => Buffer.byteLength(s, 'utf8');

/** Cuts to at most `max` UTF-8 bytes without splitting a character. */
export function cutToBytes(s: string, max: number): string {
  if (utf8Length(s) <= max) return s;
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const b = utf8Length(ch);
    if (bytes + b > max) break;
    out += ch;
    bytes += b;
  }
  return out;
}

const shorten = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

export interface QrTextParts {
  title: string;
  lines: string[];
  items: string[];
  footer: string;
  moreLabel: (n: number) => string;
}

/**
 * The checklist as compact plain text for a QR code the visitor scans with a phone. Kept under
 * QR_TEXT_MAX_BYTES so the code stays small enough to scan from a receipt: item texts are
 * shortened first, then the last items are replaced by "+N more" as a last resort.
 */
export function buildQrText(parts: QrTextParts, maxBytes = QR_TEXT_MAX_BYTES): string {
  const render = (items: string[], dropped: number) =>
    [
      parts.title,
      ...parts.lines,
      ...items.map((t, i) => `${i + 1}. ${t}`),
      ...(dropped > 0 ? [parts.moreLabel(dropped)] : []),
      parts.footer,
    ].join('\n');
  for (const max of [Number.POSITIVE_INFINITY, 160, 110, 80, 55]) {
    const text = render(
      parts.items.map((t) => shorten(t, max)),
      0,
    );
    if (utf8Length(text) <= maxBytes) return text;
  }
  const short = parts.items.map((t) => shorten(t, 55));
  for (let keep = short.length - 1; keep >= 0; keep--) {
    const text = render(short.slice(0, keep), short.length - keep);
    if (utf8Length(text) <= maxBytes) return text;
  }
  return cutToBytes(render([], short.length), maxBytes);
}
