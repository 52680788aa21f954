import { CASE_STATUS_LABELS, CASE_TRANSITIONS, type CaseStatus } from '../../../shared/desk';

export type TransitionCheck = { ok: true } | { ok: false; message: string };

/** Checks one step of the case status machine (CASE_TRANSITIONS) and explains a refusal. */
export function checkTransition(from: CaseStatus, to: CaseStatus): TransitionCheck {
  if (CASE_TRANSITIONS[from].includes(to)) return { ok: true };
  const label = (s: CaseStatus) => `"${CASE_STATUS_LABELS[s]}"`;
  if (from === to) return { ok: false, message: `Status pengaduan sudah ${label(from)}.` };
  const next = CASE_TRANSITIONS[from];
  return {
    ok: false,
    message:
      next.length === 0
        ? `Pengaduan berstatus ${label(from)} tidak bisa diubah lagi.`
        : `Status tidak bisa diubah dari ${label(from)} ke ${label(to)}. Pilihan berikutnya: ${next.map(label).join(', ')}.`,
  };
}
