import { useTranslation } from 'react-i18next';
import type { KioskLang } from '../../../../electron/shared/kiosk';

/** The language the visitor chose, as the content methods expect it. */
export function useKioskLang(): KioskLang {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en' : 'id';
}
