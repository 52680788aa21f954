import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { id } from './id';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** Indonesian first, always; English is chosen on screen and never remembered (the kiosk forgets). */
export function initI18n() {
  // <html lang> follows the language so screen readers pronounce it right.
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18n.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: 'id',
    fallbackLng: 'id',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
  });
}

export { i18n };
