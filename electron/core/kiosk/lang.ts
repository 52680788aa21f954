import { z } from 'zod';
import { KIOSK_LANGS, type KioskLang } from '../../shared/kiosk';

/** `lang` is optional everywhere: the kiosk speaks Indonesian unless the visitor switches. */
export const langSchema = z.enum(KIOSK_LANGS).optional();

export const pickLang = (lang: KioskLang | undefined): KioskLang => lang ?? 'id';

/** Picks the English text when asked for and present, else the Indonesian one. */
export function localized(lang: KioskLang, id: string, en: string | null | undefined): string {
  return lang === 'en' && en ? en : id;
}
