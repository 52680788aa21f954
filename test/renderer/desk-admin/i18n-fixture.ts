import i18next, { type TFunction } from 'i18next';
import { en } from '../../../renderer/src/i18n/en';
import { id } from '../../../renderer/src/i18n/id';

/** A real i18next instance with the app's own resources (no React, no DOM). */
export function translator(lng: 'id' | 'en' = 'id'): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t;
}
