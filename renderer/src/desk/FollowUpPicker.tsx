import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dueOnFor, FOLLOW_UP_CHOICES, type FollowUpChoice } from './follow-up-choice';
import { formatDay } from './format';

export function FollowUpPicker({
  id,
  label,
  choice,
  date,
  today,
  error,
  onChange,
}: {
  id: string;
  label: string;
  choice: FollowUpChoice;
  date: string;
  today: string;
  error?: string | null;
  onChange: (patch: { choice?: FollowUpChoice; date?: string }) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  const due = dueOnFor(choice, date, today);
  return (
    <>
      <NativeSelect
        id={id}
        label={label}
        data={FOLLOW_UP_CHOICES.map((c) => ({ value: c, label: t(`desk.followUpChoice.${c}`) }))}
        value={choice}
        onChange={(e) => onChange({ choice: e.currentTarget.value as FollowUpChoice })}
        error={choice === 'date' ? undefined : error}
        description={due && choice !== 'date' ? t('desk.form.followUpOn', { date: formatDay(due, lang) }) : undefined}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
      />
      {choice === 'date' && (
        <TextInput
          id={`${id}-date`}
          label={t('desk.form.followUpDate')}
          description={
            due ? t('desk.person.birthDateRead', { date: formatDay(due, lang) }) : t('desk.person.birthDateHint')
          }
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={date}
          onChange={(e) => onChange({ date: e.currentTarget.value })}
          error={error}
          inputMode="numeric"
          maxLength={10}
          autoComplete="off"
          required
        />
      )}
    </>
  );
}
