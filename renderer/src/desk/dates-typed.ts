/**
 * Dates typed the Indonesian way (`15-08-1995`, `15/8/1995`, `15081995`). A native date input
 * orders its parts by the PC's language, so the same keystrokes give another date on an
 * English Windows; a text box read as day-month-year does not.
 */
function isRealDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** `YYYY-MM-DD`, or null when the text is not a real day. Empty text is null too. */
export function parseTypedDate(text: string): string | null {
  const s = text.trim();
  let parts: [number, number, number] | null = null;
  let m = /^(\d{1,2})[-/. ]+(\d{1,2})[-/. ]+(\d{4})$/.exec(s);
  if (m) parts = [Number(m[3]), Number(m[2]), Number(m[1])];
  m = m ? null : /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  if (m) parts = [Number(m[3]), Number(m[2]), Number(m[1])];
  m = parts ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) parts = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!parts || !isRealDate(...parts)) return null;
  return iso(...parts);
}

/** `1995-08-15` → `15-08-1995`, as the box shows a stored date. */
export function toTypedDate(isoDate: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? '');
  return m ? `${m[3]}-${m[2]}-${m[1]}` : '';
}
