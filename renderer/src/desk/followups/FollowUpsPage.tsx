import { Anchor, Badge, Button, Group, Loader, NativeSelect, Paper, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconRefresh } from '@tabler/icons-react';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DueFollowUp,
  FOLLOW_UP_OUTCOMES,
  type FollowUpOutcome,
  type FollowUpsDue,
} from '../../../../electron/shared/desk';
import { useDocumentTitle } from '../../app/use-document-title';
import { staffApi } from '../../staff/session';
import { DeskMessage, type DeskNote } from '../DeskMessage';
import { FollowUpPicker } from '../FollowUpPicker';
import { dueOnFor, type FollowUpChoice } from '../follow-up-choice';
import { formatDay, jakartaToday } from '../format';
import { consultationPath, staffHref } from '../paths';
import { outcomeIssueField } from './outcome';
import '../desk.css';
import './follow-ups.css';

/**
 * "Tindak lanjut hari ini / terlambat": who to contact today, oldest overdue first, and the
 * outcome of each contact (reached, migrated through the legal channel, …), optionally with the
 * next contact planned in the same step.
 */
export function FollowUpsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  useDocumentTitle(t('desk.followUps.documentTitle'));
  const [due, setDue] = useState<FollowUpsDue | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<DeskNote | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    const result = await staffApi.call('followups.due', {});
    setLoading(false);
    if (result.ok) {
      setDue(result.value);
      setError(null);
    } else {
      setError(result.error.message);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const done = (n: DeskNote) => {
    setNote(n);
    setOpen(null);
    void load();
  };

  return (
    <div className="staff-page desk-page">
      <header className="desk-page-header">
        <div>
          <Title order={1} size="h2">
            {t('desk.followUps.title')}
          </Title>
          <Text c="dimmed">{formatDay(due?.on ?? jakartaToday(), lang)}</Text>
        </div>
        <Button
          variant="default"
          onClick={() => void load()}
          loading={loading}
          leftSection={<IconRefresh aria-hidden size={18} />}
        >
          {t('desk.followUps.refresh')}
        </Button>
      </header>
      <div aria-live="polite" className="desk-live">
        {note && <DeskMessage note={note} />}
        {error && <DeskMessage note={{ tone: 'error', text: error }} />}
      </div>
      {!due ? (
        !error && <Loader aria-label={t('app.loading')} />
      ) : (
        <div className="fu-sections">
          <FollowUpSection
            id="overdue"
            title={t('desk.followUps.overdue', { count: due.totals.overdue })}
            empty={t('desk.followUps.noneOverdue')}
            items={due.overdue}
            more={due.totals.overdue - due.overdue.length}
            open={open}
            onOpen={setOpen}
            onDone={done}
          />
          <FollowUpSection
            id="today"
            title={t('desk.followUps.today', { count: due.totals.today })}
            empty={t('desk.followUps.noneToday')}
            items={due.today}
            more={due.totals.today - due.today.length}
            open={open}
            onOpen={setOpen}
            onDone={done}
          />
        </div>
      )}
    </div>
  );
}

function FollowUpSection({
  id,
  title,
  empty,
  items,
  more,
  open,
  onOpen,
  onDone,
}: {
  id: string;
  title: string;
  empty: string;
  items: DueFollowUp[];
  more: number;
  open: string | null;
  onOpen: (id: string | null) => void;
  onDone: (note: DeskNote) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={`fu-${id}`}>
      <Title order={2} size="h4" id={`fu-${id}`} mb="xs" className="cf-card-title">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <ul className="fu-list">
          {items.map((f) => (
            <li key={f.id} className="fu-item">
              <div className="fu-item-head">
                <div className="fu-who">
                  <strong>{f.visitorLabel ?? t('desk.followUps.unknownVisitor')}</strong>
                  <span className="cf-muted">
                    {t('desk.followUps.dueOn', { date: formatDay(f.dueOn, lang) })}
                    {f.daysOverdue > 0 && ` · ${t('desk.followUps.daysLate', { count: f.daysOverdue })}`}
                  </span>
                  {f.note && <span className="fu-note">{f.note}</span>}
                </div>
                <Group gap="xs" wrap="nowrap">
                  {f.target.kind === 'consultation' ? (
                    <Anchor href={staffHref(consultationPath(f.target.id))}>
                      {t('desk.followUps.openConsultation')}
                    </Anchor>
                  ) : (
                    <Badge variant="light">{t('desk.followUps.case', { code: f.caseReference ?? '' })}</Badge>
                  )}
                  {open !== f.id && (
                    <Button size="compact-md" onClick={() => onOpen(f.id)}>
                      {t('desk.followUps.record')}
                      <span className="desk-sr-only"> {f.visitorLabel ?? ''}</span>
                    </Button>
                  )}
                </Group>
              </div>
              {open === f.id && <OutcomeForm item={f} onCancel={() => onOpen(null)} onDone={onDone} />}
            </li>
          ))}
        </ul>
      )}
      {more > 0 && (
        <Text size="sm" mt="xs">
          {t('desk.followUps.more', { count: more })}
        </Text>
      )}
    </Paper>
  );
}

function OutcomeForm({
  item,
  onCancel,
  onDone,
}: {
  item: DueFollowUp;
  onCancel: () => void;
  onDone: (note: DeskNote) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  const [outcome, setOutcome] = useState<FollowUpOutcome | ''>('');
  const [text, setText] = useState('');
  const [next, setNext] = useState<FollowUpChoice>('none');
  const [nextDate, setNextDate] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'outcome' | 'note' | 'next', string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLSelectElement>(null);
  const today = jakartaToday();
  useEffect(() => {
    first.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!outcome) {
      setErrors({ outcome: t('desk.followUps.chooseOutcome') });
      first.current?.focus();
      return;
    }
    const dueOn = dueOnFor(next, nextDate, today);
    if (next === 'date' && !dueOn) {
      setErrors({ next: nextDate.trim() ? t('desk.form.dateFormat') : t('desk.form.chooseDate') });
      return;
    }
    setBusy(true);
    const result = await staffApi.call('followups.complete', {
      id: item.id,
      outcome,
      ...(text.trim() ? { note: text.trim() } : {}),
      ...(dueOn ? { next: { dueOn } } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      const found: typeof errors = {};
      const other: string[] = [];
      for (const issue of result.error.issues ?? []) {
        const field = outcomeIssueField(issue.path);
        if (field) found[field] ??= issue.message;
        else other.push(issue.message);
      }
      setErrors(found);
      setProblem([result.error.message, ...other].join(' '));
      return;
    }
    onDone({
      tone: 'success',
      text: t('desk.followUps.saved', {
        who: item.visitorLabel ?? '',
        outcome: t(`desk.outcomes.${outcome}`),
      }),
      details: result.value.next
        ? [t('desk.followUps.nextPlanned', { date: formatDay(result.value.next.dueOn, lang) })]
        : [],
    });
  };

  return (
    <form
      className="fu-form"
      onSubmit={submit}
      aria-label={t('desk.followUps.formLabel', { who: item.visitorLabel ?? '' })}
    >
      {problem && <DeskMessage note={{ tone: 'error', text: problem }} />}
      <div className="fu-form-row">
        <NativeSelect
          ref={first}
          label={t('desk.followUps.outcome')}
          data={[
            { value: '', label: t('desk.form.choose') },
            ...FOLLOW_UP_OUTCOMES.map((o) => ({ value: o, label: t(`desk.outcomes.${o}`) })),
          ]}
          value={outcome}
          onChange={(e) => {
            setOutcome(e.currentTarget.value as FollowUpOutcome | '');
            setErrors((x) => ({ ...x, outcome: undefined, note: undefined }));
          }}
          error={errors.outcome}
          required
        />
        <TextInput
          label={t('desk.followUps.outcomeNote')}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setErrors((x) => ({ ...x, note: undefined }));
          }}
          error={errors.note}
          required={outcome === 'other'}
          maxLength={500}
          autoComplete="off"
        />
        <FollowUpPicker
          id={`fu-next-${item.id}`}
          label={t('desk.followUps.next')}
          choice={next}
          date={nextDate}
          today={today}
          error={errors.next}
          onChange={(patch) => {
            if (patch.choice) setNext(patch.choice);
            if (patch.date !== undefined) setNextDate(patch.date);
            setErrors((x) => ({ ...x, next: undefined }));
          }}
        />
      </div>
      <Group gap="xs">
        <Button type="submit" loading={busy} leftSection={<IconCheck aria-hidden size={18} />}>
          {t('desk.followUps.save')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('desk.form.cancel')}
        </Button>
      </Group>
    </form>
  );
}
