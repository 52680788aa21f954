import type { DeskNote } from './DeskMessage';

/**
 * Messages carried to the next desk screen ("Konsultasi tersimpan", a NIK warning to check).
 * In memory only; taken once by the screen that shows them.
 */
let pending: DeskNote[] = [];

export function setFlash(notes: DeskNote[]): void {
  pending = notes;
}

export function takeFlash(): DeskNote[] {
  const notes = pending;
  pending = [];
  return notes;
}
