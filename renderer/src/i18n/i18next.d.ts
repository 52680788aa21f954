import 'i18next';
import type { id } from './id';

// Typed keys: `t('kiosk.welcom')` is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id };
  }
}
