import { Button, Radio, TextInput } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate, PersonSummary } from '../../../../electron/shared/people';
import { formatDay } from '../format';
import { PersonSearch } from '../people-picker/PersonSearch';
import { ConsentFields } from './ConsentFields';
import { DuplicateList } from './DuplicateList';
import {
  type ChosenPerson,
  type ConsultationValues,
  FIELD_IDS,
  type FormErrors,
  type FormField,
  type NewPersonValues,
  needsConsent,
  type VisitorMode,
} from './form-state';
import { NewPersonFields } from './NewPersonFields';

export interface VisitorProps {
  values: ConsultationValues;
  errors: FormErrors;
  warnings: Partial<Record<FormField, string>>;
  villageName: string;
  duplicates: DuplicateCandidate[];
  duplicatesAccepted: boolean;
  /** A person stored by this form already (people.create ran, the consultation did not). */
  createdPerson: ChosenPerson | null;
  searchRef: Ref<HTMLInputElement>;
  nameRef: Ref<HTMLInputElement>;
  nikRef: Ref<HTMLInputElement>;
  onMode: (mode: VisitorMode) => void;
  onPick: (person: PersonSummary | DuplicateCandidate) => void;
  onNewPerson: (typed: string) => void;
  onClearPerson: () => void;
  onAcceptDuplicates: () => void;
  onChange: (patch: Partial<ConsultationValues>, clear: FormField[]) => void;
  onPersonChange: (patch: Partial<NewPersonValues>, clear: FormField[]) => void;
}

/** Who came: a stored person (search), a new person (with consent), or anonymous with a label. */
export function VisitorFields(props: VisitorProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  const { values, errors } = props;
  const person = values.person;

  return (
    <div className="cf-visitor">
      <Radio.Group
        id="cf-visitor-mode"
        label={t('desk.visitor.mode')}
        value={values.visitorMode}
        onChange={(mode) => props.onMode(mode as VisitorMode)}
      >
        <div className="cf-radios">
          <Radio value="existing" label={t('desk.visitor.existing')} />
          <Radio value="new" label={t('desk.visitor.new')} />
          <Radio value="anonymous" label={t('desk.visitor.anonymous')} />
        </div>
      </Radio.Group>

      {values.visitorMode !== 'anonymous' && person && (
        <div className="person-chosen" id={FIELD_IDS.visitor} tabIndex={-1}>
          <span>
            <IconUserCheck aria-hidden size={18} className="cf-inline-icon" />
            <strong>{person.fullName}</strong>{' '}
            <span className="cf-muted">
              {[
                person.nikMasked ? t('desk.people.nik', { nik: person.nikMasked }) : null,
                person.birthDate ? t('desk.people.born', { date: formatDay(person.birthDate, lang) }) : null,
                person.place || null,
                props.createdPerson?.id === person.id ? t('desk.visitor.justSaved') : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </span>
          <Button size="compact-sm" variant="default" onClick={props.onClearPerson}>
            {t('desk.visitor.change')}
          </Button>
        </div>
      )}
      {values.visitorMode !== 'anonymous' && person && errors.visitor && (
        <p className="cf-error" role="alert">
          {errors.visitor}
        </p>
      )}

      {values.visitorMode === 'existing' && !person && (
        <PersonSearch
          id={FIELD_IDS.visitor}
          inputRef={props.searchRef}
          label={t('desk.visitor.search')}
          description={t('desk.visitor.searchHint')}
          error={errors.visitor}
          onPick={props.onPick}
          onNewPerson={props.onNewPerson}
        />
      )}

      {values.visitorMode === 'new' && !person && (
        <>
          <NewPersonFields
            value={values.newPerson}
            errors={errors}
            warnings={props.warnings}
            villageName={props.villageName}
            onChange={props.onPersonChange}
            nameRef={props.nameRef}
            nikRef={props.nikRef}
          />
          {props.duplicates.length > 0 && (
            <DuplicateList
              items={props.duplicates}
              accepted={props.duplicatesAccepted}
              onUse={props.onPick}
              onAccept={props.onAcceptDuplicates}
            />
          )}
        </>
      )}

      {values.visitorMode === 'anonymous' && (
        <TextInput
          id={FIELD_IDS['visitor.label']}
          label={t('desk.visitor.label')}
          description={t('desk.visitor.labelHint')}
          value={values.anonymousLabel}
          onChange={(e) => props.onChange({ anonymousLabel: e.currentTarget.value }, ['visitor.label'])}
          error={errors['visitor.label']}
          maxLength={60}
          required
          autoComplete="off"
        />
      )}

      {values.visitorMode === 'existing' && person && values.personNeedsConsent && (
        <p className="cf-note">{t('desk.visitor.needsConsent')}</p>
      )}
      {needsConsent(values) && (
        <ConsentFields
          value={values.consent}
          errors={errors}
          onChange={(patch, clear) => props.onChange({ consent: { ...values.consent, ...patch } }, clear)}
        />
      )}
    </div>
  );
}
