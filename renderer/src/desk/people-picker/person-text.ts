import type { PersonSummary } from '../../../../electron/shared/people';

/** What the officer typed into the search box, as a start for a new person. */
export function newPersonSeed(q: string): { fullName?: string; nik?: string; phone?: string } {
  const text = q.trim();
  const digits = text.replace(/[\s.+()-]/g, '');
  if (/^\d{16}$/.test(digits)) return { nik: digits };
  if (/^\d{8,15}$/.test(digits)) return { phone: text };
  return text ? { fullName: text } : {};
}

/** "Dusun Krajan, RT 001/RW 002" — where someone lives, without the village code. */
export function placeOf(p: Pick<PersonSummary, 'dusun' | 'rt' | 'rw'>, words: { rt: string; rw: string }): string {
  const parts: string[] = [];
  if (p.dusun) parts.push(p.dusun);
  const rtRw = [p.rt ? `${words.rt} ${p.rt}` : '', p.rw ? `${words.rw} ${p.rw}` : ''].filter(Boolean).join('/');
  if (rtRw) parts.push(rtRw);
  return parts.join(', ');
}
