import type { CaloAnswer, CaloEvaluation, KioskLang } from '../../../shared/kiosk';
import type { CaloFile } from './schema';

/**
 * Turns answers into named red flags. The summary is written so that it can never read as
 * "this offer is safe": with no flag found it says so for these questions only, that this proves
 * nothing, and to check with the officer.
 */
export function evaluateCalo(file: CaloFile, answers: Record<string, CaloAnswer>, lang: KioskLang): CaloEvaluation {
  const flags: CaloEvaluation['flags'] = [];
  const unsure: CaloEvaluation['unsure'] = [];
  let answered = 0;
  for (const q of file.questions) {
    const a = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    if (a === undefined) continue;
    answered++;
    if (a === 'unsure') unsure.push({ id: q.id, text: q.text });
    else if (a === q.red_flag_answer) flags.push({ id: q.id, flag: q.flag, advice: q.advice });
  }
  return {
    flags,
    unsure,
    answered,
    totalQuestions: file.questions.length,
    summary: summarize(lang, flags.length, unsure.length, answered),
    nextSteps: file.next_steps,
    neverSafeNote: file.never_safe_note,
  };
}

function summarize(lang: KioskLang, flags: number, unsure: number, answered: number): string {
  if (lang === 'en') {
    if (flags > 0) {
      return `${flags} warning sign${flags > 1 ? 's' : ''} found in this offer. Do not pay anything and do not hand over original documents before you talk to the officer.`;
    }
    if (answered === 0) {
      return 'No question has been answered yet. Answer the questions, or ask the officer about this offer.';
    }
    if (unsure > 0) {
      return `No warning sign was found in your answers, but there ${unsure > 1 ? `are ${unsure} things` : 'is 1 thing'} you do not know yet. That proves nothing: ask the officer about them before you pay or sign anything.`;
    }
    return 'No warning sign was found among these questions. That still proves nothing: check with the village officer or Disnaker before you pay or sign anything.';
  }
  if (flags > 0) {
    return `Ditemukan ${flags} tanda bahaya pada tawaran ini. Jangan membayar apa pun dan jangan menyerahkan dokumen asli sebelum berbicara dengan petugas.`;
  }
  if (answered === 0) {
    return 'Belum ada pertanyaan yang dijawab. Jawab pertanyaannya, atau tanyakan tawaran ini langsung ke petugas.';
  }
  if (unsure > 0) {
    return `Tidak ditemukan tanda bahaya dari jawaban Anda, tetapi ada ${unsure} hal yang belum Anda ketahui. Itu belum membuktikan apa-apa: tanyakan hal-hal itu ke petugas sebelum membayar atau menandatangani apa pun.`;
  }
  return 'Tidak ditemukan tanda bahaya dari pertanyaan-pertanyaan ini. Itu belum membuktikan apa-apa: tetap periksa ke petugas desa atau Disnaker sebelum membayar atau menandatangani apa pun.';
}
