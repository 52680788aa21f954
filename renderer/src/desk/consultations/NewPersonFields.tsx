import { Checkbox, NativeSelect, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from '../dates-typed';
import { formatDay } from '../format';
import { FIELD_IDS, type FormErrors, type FormField, type NewPersonValues, nikHints } from './form-state';

/**
 * A new visitor: name, NIK (optional, checked by the core), sex, birth date, phone (normalised
 * by the core) and where they live. A NIK that disagrees with the sex or birth date is a yellow
 * note, never a block: a NIK is not corrected to fit a date (domain research §6.1).
 */
/** Hints under the box, so the boxes of a row line up. */
const BELOW: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error'];

export function NewPersonFields({
  value,
  errors,
  warnings,
  villageName,
  onChange,
  nameRef,
  nikRef,
}: {
  value: NewPersonValues;
  errors: FormErrors;
  /** Non-blocking remarks from the core (same name and birth date, NIK mismatch). */
  warnings: Partial<Record<FormField, string>>;
  villageName: string;
  onChange: (patch: Partial<NewPersonValues>, clear: FormField[]) => void;
  nameRef?: Ref<HTMLInputElement>;
  nikRef?: Ref<HTMLInputElement>;
}) {
  const { t, i18n } = useTranslation();
  const birth = parseTypedDate(value.birthDate);
  const hints = nikHints(value.nik, value.sex, value.birthDate, {
    sex: (sex) => t('desk.person.nikSexHint', { sex: t(`desk.people.sex.${sex}`) }),
    birthDate: (date) => t('desk.person.nikBirthHint', { date }),
  });
  const sexWarning = hints.sex ?? warnings['person.sex'];
  const birthWarning = hints.birthDate ?? warnings['person.birthDate'];
  const nameWarning = warnings['person.fullName'];

  return (
    <div className="cf-subgroup cf-new-person">
      <div className="cf-row cf-row-name">
        <div>
          <TextInput
            ref={nameRef}
            id={FIELD_IDS['person.fullName']}
            label={t('desk.person.fullName')}
            value={value.fullName}
            onChange={(e) => onChange({ fullName: e.currentTarget.value }, ['person.fullName'])}
            error={errors['person.fullName']}
            required
            autoComplete="off"
          />
        </div>
        <TextInput
          ref={nikRef}
          id={FIELD_IDS['person.nik']}
          label={t('desk.person.nik')}
          description={t('desk.person.nikHint')}
          inputWrapperOrder={BELOW}
          value={value.nik}
          onChange={(e) => onChange({ nik: e.currentTarget.value }, ['person.nik'])}
          error={errors['person.nik']}
          inputMode="numeric"
          autoComplete="off"
          maxLength={24}
        />
      </div>
      <div className="cf-row cf-row-3">
        <div>
          <NativeSelect
            id={FIELD_IDS['person.sex']}
            label={t('desk.person.sex')}
            data={[
              { value: '', label: t('desk.person.sexUnknown') },
              { value: 'L', label: t('desk.people.sex.L') },
              { value: 'P', label: t('desk.people.sex.P') },
            ]}
            value={value.sex}
            onChange={(e) => onChange({ sex: e.currentTarget.value as NewPersonValues['sex'] }, ['person.sex'])}
            error={errors['person.sex']}
          />
        </div>
        <div>
          <TextInput
            id={FIELD_IDS['person.birthDate']}
            label={t('desk.person.birthDate')}
            inputWrapperOrder={BELOW}
            description={
              birth
                ? t('desk.person.birthDateRead', { date: formatDay(birth, i18n.resolvedLanguage ?? 'id') })
                : t('desk.person.birthDateHint')
            }
            inputMode="numeric"
            autoComplete="off"
            maxLength={10}
            value={value.birthDate}
            onChange={(e) => onChange({ birthDate: e.currentTarget.value }, ['person.birthDate'])}
            error={errors['person.birthDate']}
          />
        </div>
        <TextInput
          id={FIELD_IDS['person.phone']}
          type="tel"
          label={t('desk.person.phone')}
          placeholder="0812…"
          value={value.phone}
          onChange={(e) => onChange({ phone: e.currentTarget.value }, ['person.phone'])}
          error={errors['person.phone']}
          autoComplete="off"
        />
      </div>
      {(nameWarning || sexWarning || birthWarning) && (
        <div className="desk-field-warnings" role="status">
          {[nameWarning, sexWarning, birthWarning].filter(Boolean).map((text) => (
            <p key={text} className="desk-field-warning">
              <IconAlertTriangle aria-hidden size={16} />
              <span>{text}</span>
            </p>
          ))}
        </div>
      )}
      <Checkbox
        id="cf-person-resident"
        label={t('desk.person.resident', { village: villageName })}
        checked={value.resident}
        onChange={(e) => onChange({ resident: e.currentTarget.checked }, ['person.dusun', 'person.rt', 'person.rw'])}
      />
      {value.resident && (
        <div className="cf-row cf-row-address">
          <TextInput
            id={FIELD_IDS['person.dusun']}
            label={t('desk.person.dusun')}
            value={value.dusun}
            onChange={(e) => onChange({ dusun: e.currentTarget.value }, ['person.dusun'])}
            error={errors['person.dusun']}
            autoComplete="off"
          />
          <TextInput
            id={FIELD_IDS['person.rt']}
            label={t('desk.person.rt')}
            value={value.rt}
            onChange={(e) => onChange({ rt: e.currentTarget.value }, ['person.rt'])}
            error={errors['person.rt']}
            inputMode="numeric"
            maxLength={3}
            autoComplete="off"
          />
          <TextInput
            id={FIELD_IDS['person.rw']}
            label={t('desk.person.rw')}
            value={value.rw}
            onChange={(e) => onChange({ rw: e.currentTarget.value }, ['person.rw'])}
            error={errors['person.rw']}
            inputMode="numeric"
            maxLength={3}
            autoComplete="off"
          />
        </div>
      )}
    </div>
  );
}
