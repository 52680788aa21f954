import { Anchor, Badge, Button, Group, Loader, Paper, Table, Text, TextInput, Title } from '@mantine/core';
import { IconArrowLeft, IconCalendarPlus, IconEdit, IconListNumbers } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { CaseSummary, Consultation } from '../../../../electron/shared/desk';
import { useDocumentTitle } from '../../app/use-document-title';
import { DESK_ADMIN_PATHS } from '../../desk-admin/paths';
import { staffApi } from '../../staff/session';
import { ShortcutKey } from '../../ui/ShortcutKey';
import { DeskMessage, type DeskNote } from '../DeskMessage';
import { FollowUpPicker } from '../FollowUpPicker';
import { takeFlash } from '../flash';
import { dueOnFor, type FollowUpChoice } from '../follow-up-choice';
import { formatDay, formatMoment, jakartaToday } from '../format';
import { DESK_PATHS, editConsultationPath, staffHref } from '../paths';
import { useShortcuts } from '../shortcuts';
import { countryNamer } from './countries';
import '../desk.css';
import './consultation-detail.css';

/** One consultation as stored: what was asked and advised, flags, referrals, follow-ups, cases. */
export function ConsultationDetailPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  useDocumentTitle(t('desk.detail.documentTitle'));
  const [, navigate] = useLocation();
  const [notes, setNotes] = useState<DeskNote[]>(() => takeFlash());
  const [item, setItem] = useState<Consultation | null>(null);
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const country = useMemo(() => countryNamer(lang), [lang]);

  const load = useCallback(async () => {
    const result = await staffApi.call('consultations.get', { id });
    if (!result.ok) return setError(result.error.message);
    setItem(result.value);
    setError(null);
    // Reference codes are what the family quotes when they come back.
    const found = await Promise.all(result.value.caseIds.map((caseId) => staffApi.call('cases.get', { id: caseId })));
    setCases(found.flatMap((r) => (r.ok ? [r.value] : [])));
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  useShortcuts({ 'Alt+E': () => navigate(editConsultationPath(id)) });

  if (error) {
    return (
      <div className="staff-page desk-page">
        <DeskMessage note={{ tone: 'error', text: error }} />
        <Anchor href={staffHref(DESK_PATHS.consultations)}>{t('desk.list.backToList')}</Anchor>
      </div>
    );
  }
  if (!item) {
    return (
      <div className="staff-page desk-page">
        <Loader aria-label={t('app.loading')} />
      </div>
    );
  }

  const flagged = item.flags.nonProcedural || item.flags.traffickingSuspected;
  const rows: { label: string; value: ReactNode }[] = [
    {
      label: t('desk.detail.visitor'),
      // The person's page (desk-admin) holds their other consultations, journeys and consents.
      value:
        item.visitor.kind === 'person' ? (
          <Anchor href={staffHref(DESK_ADMIN_PATHS.person(item.visitor.personId))}>{item.visitor.name}</Anchor>
        ) : (
          t('desk.list.anonymous', { label: item.visitor.label })
        ),
    },
    { label: t('desk.form.relation'), value: t(`desk.relations.${item.relation}`) },
    { label: t('desk.form.channel'), value: t(`desk.channels.${item.channel}`) },
    { label: t('desk.form.topics'), value: item.topics.map((topic) => t(`desk.topics.${topic}`)).join(', ') },
    { label: t('desk.form.destination'), value: item.destination ? country(item.destination) : t('desk.detail.none') },
    { label: t('desk.form.summary'), value: item.summary || t('desk.detail.none') },
    {
      label: t('desk.form.flags'),
      value: flagged ? (
        <Group gap={6}>
          {item.flags.nonProcedural && (
            <Badge color="orange" variant="light">
              {t('desk.flags.nonProcedural')}
            </Badge>
          )}
          {item.flags.traffickingSuspected && (
            <Badge color="red" variant="light">
              {t('desk.flags.traffickingSuspected')}
            </Badge>
          )}
        </Group>
      ) : (
        t('desk.detail.none')
      ),
    },
    {
      label: t('desk.form.referrals'),
      value:
        item.referrals.length > 0
          ? item.referrals
              .map((r) => (r.note ? `${t(`desk.referrals.${r.to}`)} (${r.note})` : t(`desk.referrals.${r.to}`)))
              .join(', ')
          : t('desk.detail.none'),
    },
    { label: t('desk.form.status'), value: t(`desk.statuses.${item.status}`) },
    { label: t('desk.detail.officer'), value: item.officer.displayName },
    { label: t('desk.detail.at'), value: formatMoment(item.at, lang) },
    ...(item.queueTicket ? [{ label: t('desk.detail.ticket'), value: item.queueTicket }] : []),
  ];

  return (
    <div className="staff-page desk-page">
      <header className="desk-page-header">
        <div>
          <Title order={1} size="h2">
            {t('desk.detail.title')}
          </Title>
          <Text c="dimmed">{formatMoment(item.at, lang)}</Text>
        </div>
        <Group gap="xs">
          <Button
            component="a"
            href={staffHref(editConsultationPath(item.id))}
            leftSection={<IconEdit aria-hidden size={18} />}
            rightSection={<ShortcutKey shortcut="Alt+E" />}
            aria-keyshortcuts="Alt+E"
          >
            {t('desk.detail.edit')}
          </Button>
          {item.queueTicket && (
            <Button
              component="a"
              variant="default"
              href={staffHref(DESK_PATHS.queue)}
              leftSection={<IconListNumbers aria-hidden size={18} />}
            >
              {t('desk.detail.backToQueue')}
            </Button>
          )}
          <Button
            component="a"
            variant="default"
            href={staffHref(DESK_PATHS.consultations)}
            leftSection={<IconArrowLeft aria-hidden size={18} />}
          >
            {t('desk.list.backToList')}
          </Button>
        </Group>
      </header>

      {notes.length > 0 && (
        <div aria-live="polite" className="desk-live">
          {notes.map((n) => (
            <DeskMessage key={n.text} note={n} />
          ))}
        </div>
      )}

      <div className="desk-two-columns cd-columns">
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="cd-record">
          <Title order={2} size="h4" id="cd-record" mb="xs" className="cf-card-title">
            {t('desk.detail.record')}
          </Title>
          <dl className="desk-dl">
            {rows.map((r) => (
              <div key={r.label} className="cd-row">
                <dt>{r.label}</dt>
                <dd>{r.value}</dd>
              </div>
            ))}
          </dl>
        </Paper>
        <div className="cd-side">
          <Paper withBorder radius="md" p="md" component="section" aria-labelledby="cd-follow-ups">
            <Title order={2} size="h4" id="cd-follow-ups" mb="xs" className="cf-card-title">
              {t('desk.detail.followUps')}
            </Title>
            {item.followUps.length === 0 ? (
              <Text c="dimmed">{t('desk.detail.noFollowUps')}</Text>
            ) : (
              <Table className="desk-table" withTableBorder verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('desk.detail.due')}</Table.Th>
                    <Table.Th scope="col">{t('desk.detail.note')}</Table.Th>
                    <Table.Th scope="col">{t('desk.detail.outcome')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {item.followUps.map((f) => (
                    <Table.Tr key={f.id}>
                      <Table.Td className="cl-time">{formatDay(f.dueOn, lang)}</Table.Td>
                      <Table.Td>{f.note || '—'}</Table.Td>
                      <Table.Td>
                        {f.outcome
                          ? `${t(`desk.outcomes.${f.outcome}`)}${f.outcomeNote ? ` — ${f.outcomeNote}` : ''}`
                          : t('desk.detail.notDone')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <AddFollowUp
              consultationId={item.id}
              onAdded={(n) => {
                setNotes([n]);
                void load();
              }}
            />
          </Paper>
          <Paper withBorder radius="md" p="md" component="section" aria-labelledby="cd-cases">
            <Title order={2} size="h4" id="cd-cases" mb="xs" className="cf-card-title">
              {t('desk.detail.cases')}
            </Title>
            {cases.length === 0 ? (
              <Text c="dimmed">{t('desk.detail.noCases')}</Text>
            ) : (
              <ul className="cd-cases">
                {cases.map((c) => (
                  <li key={c.id}>
                    <Anchor href={staffHref(DESK_ADMIN_PATHS.case(c.id))} fw={700}>
                      {c.referenceCode}
                    </Anchor>{' '}
                    · {t(`desk.caseStatuses.${c.status}`)}
                  </li>
                ))}
              </ul>
            )}
          </Paper>
        </div>
      </div>
    </div>
  );
}

function AddFollowUp({ consultationId, onAdded }: { consultationId: string; onAdded: (note: DeskNote) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  const today = jakartaToday();
  const [choice, setChoice] = useState<FollowUpChoice>('7');
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const dueOn = dueOnFor(choice, date, today);
    if (!dueOn) {
      setError(choice === 'date' && date.trim() ? t('desk.form.dateFormat') : t('desk.form.chooseDate'));
      return;
    }
    setBusy(true);
    const result = await staffApi.call('followups.create', {
      target: { kind: 'consultation', id: consultationId },
      dueOn,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.issues?.[0]?.message ?? result.error.message);
      return;
    }
    setError(null);
    setNote('');
    onAdded({ tone: 'success', text: t('desk.detail.followUpAdded', { date: formatDay(result.value.dueOn, lang) }) });
  };
  return (
    <form onSubmit={submit} className="cd-add-follow-up" aria-label={t('desk.detail.addFollowUp')}>
      <div className="cd-add-follow-up-fields">
        <FollowUpPicker
          id="cd-follow-up"
          label={t('desk.detail.addFollowUp')}
          choice={choice}
          date={date}
          today={today}
          error={error}
          onChange={(patch) => {
            if (patch.choice) setChoice(patch.choice);
            if (patch.date !== undefined) setDate(patch.date);
            setError(null);
          }}
        />
        <TextInput
          label={t('desk.form.followUpNote')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={300}
          autoComplete="off"
        />
      </div>
      <Button
        type="submit"
        variant="light"
        loading={busy}
        disabled={choice === 'none'}
        leftSection={<IconCalendarPlus aria-hidden size={18} />}
      >
        {t('desk.detail.addFollowUpButton')}
      </Button>
    </form>
  );
}
