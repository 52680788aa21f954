import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONSENT_METHODS, CONSENT_PURPOSES, CONSENT_RELATIONS } from '../../../../electron/shared/people';
import { CheckboxList } from '../../ui/CheckboxList';
import { type ConsentValues, FIELD_IDS, type FormErrors, type FormField } from './form-state';

/**
 * UU PDP Pasal 20–22: a named person is stored only with a recorded consent, per purpose, with
 * who gave it and how. The consultation purpose is ticked: without it the desk may not keep
 * the name with this consultation.
 */
export function ConsentFields({
  value,
  errors,
  onChange,
}: {
  value: ConsentValues;
  errors: FormErrors;
  onChange: (patch: Partial<ConsentValues>, clear: FormField[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="cf-subgroup" aria-labelledby="cf-consent-title">
      <legend id="cf-consent-title" className="cf-subgroup-title">
        {t('desk.consent.title')}
      </legend>
      <p className="cf-subgroup-hint">{t('desk.consent.hint')}</p>
      <CheckboxList
        id={FIELD_IDS['consent.purposes']}
        legend={t('desk.consent.purposes')}
        options={CONSENT_PURPOSES.map((p) => ({ value: p, label: t(`desk.consent.purpose.${p}`) }))}
        value={value.purposes}
        onChange={(purposes) => onChange({ purposes }, ['consent.purposes'])}
        error={errors['consent.purposes']}
        required
      />
      <div className="cf-row cf-row-2">
        <NativeSelect
          id={FIELD_IDS['consent.givenBy']}
          label={t('desk.consent.givenBy')}
          data={CONSENT_RELATIONS.map((r) => ({ value: r, label: t(`desk.consent.relation.${r}`) }))}
          value={value.givenBy}
          onChange={(e) =>
            onChange({ givenBy: e.currentTarget.value as ConsentValues['givenBy'] }, [
              'consent.givenBy',
              'consent.givenByName',
            ])
          }
          error={errors['consent.givenBy']}
          required
        />
        <NativeSelect
          id={FIELD_IDS['consent.method']}
          label={t('desk.consent.method')}
          data={CONSENT_METHODS.map((m) => ({ value: m, label: t(`desk.consent.methods.${m}`) }))}
          value={value.method}
          onChange={(e) => onChange({ method: e.currentTarget.value as ConsentValues['method'] }, ['consent.method'])}
          error={errors['consent.method']}
          required
        />
      </div>
      <div className="cf-row cf-row-2">
        <TextInput
          id={FIELD_IDS['consent.evidenceRef']}
          label={t('desk.consent.evidence')}
          placeholder={t('desk.consent.evidencePlaceholder')}
          value={value.evidenceRef}
          onChange={(e) => onChange({ evidenceRef: e.currentTarget.value }, ['consent.evidenceRef'])}
          error={errors['consent.evidenceRef']}
          autoComplete="off"
        />
        {value.givenBy !== 'self' && (
          <TextInput
            id={FIELD_IDS['consent.givenByName']}
            label={t('desk.consent.givenByName')}
            value={value.givenByName}
            onChange={(e) => onChange({ givenByName: e.currentTarget.value }, ['consent.givenByName'])}
            error={errors['consent.givenByName']}
            required
            autoComplete="off"
          />
        )}
      </div>
    </fieldset>
  );
}
