import { useTranslation } from 'react-i18next';
import { formatLongDate } from '../../i18n/format';
import { villageDisplayName } from '../../village/village-name';
import { useKioskProfile } from '../shared/profile';

/** Top of a printout: who printed it and when, so a paper found later can be dated. No visitor data. */
export function PrintHead() {
  const { t, i18n } = useTranslation();
  const profile = useKioskProfile();
  const village =
    profile.villageName &&
    villageDisplayName(profile.villageName, profile.regionCode ?? '', (kind, name) => t(`village.${kind}`, { name }));
  return (
    <div className="print-only print-sheet-head">
      <span>{village ? `${t('app.name')} · ${village}` : t('app.name')}</span>
      <span>{formatLongDate(new Date(), i18n.resolvedLanguage ?? 'id')}</span>
    </div>
  );
}
