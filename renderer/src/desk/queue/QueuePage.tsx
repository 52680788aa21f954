import { Button, Group, Loader, NativeSelect, Paper, Text, Title } from '@mantine/core';
import { IconPlayerSkipForward, IconRefresh, IconRepeat, IconSpeakerphone, IconUserCheck } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { DeskTicket, QueueToday } from '../../../../electron/shared/desk';
import { useDocumentTitle } from '../../app/use-document-title';
import { staffApi } from '../../staff/session';
import { ShortcutKey } from '../../ui/ShortcutKey';
import { DeskMessage, type DeskNote } from '../DeskMessage';
import { formatClock, formatDay } from '../format';
import { serveTicketPath } from '../paths';
import { useShortcuts } from '../shortcuts';
import { usePolling } from '../use-polling';
import { COUNTERS, setCounter, useCounter } from './counter';
import '../desk.css';
import './queue.css';

const POLL_MS = 5_000;

/**
 * "Antrian hari ini": the officer calls the next number to their counter, calls again, skips,
 * or serves (which opens the consultation form). Numbers only, never a name. Refreshes itself
 * every few seconds while someone is at the desk.
 */
export function QueuePage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('desk.queue.documentTitle'));
  const counter = useCounter();
  const [, navigate] = useLocation();
  const [today, setToday] = useState<QueueToday | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [note, setNote] = useState<DeskNote | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const lang = i18n.resolvedLanguage ?? 'id';

  const load = useCallback(async () => {
    const result = await staffApi.call('queue.today');
    if (result.ok) {
      setToday(result.value);
      setLoadError(null);
    } else {
      setLoadError(result.error.message);
    }
  }, []);
  // Loads at once, then every few seconds while someone is at the desk.
  const polling = usePolling(load, POLL_MS);

  // Newest call first (the core sorts `called` that way): what this counter is serving now.
  const current = (counter && today?.called.find((ticket) => ticket.counter === counter)) || null;

  const act = async (name: string, run: () => Promise<DeskNote>) => {
    if (busy) return;
    setBusy(name);
    const next = await run();
    setNote(next);
    await load();
    setBusy(null);
  };

  const callNext = () =>
    counter &&
    act('next', async () => {
      const r = await staffApi.call('queue.callNext', { counter });
      if (!r.ok) return { tone: 'error', text: r.error.message };
      if (!r.value.ticket) return { tone: 'info', text: t('desk.queue.nobodyWaiting') };
      return {
        tone: 'success',
        text: t('desk.queue.called', { ticket: r.value.ticket.ticket, counter }),
      };
    });

  const recall = (ticket: DeskTicket) =>
    counter &&
    act('recall', async () => {
      const r = await staffApi.call('queue.recall', { id: ticket.id, counter });
      if (!r.ok) return { tone: 'error', text: r.error.message };
      return { tone: 'success', text: t('desk.queue.recalled', { ticket: r.value.ticket, counter }) };
    });

  const skip = (ticket: DeskTicket) =>
    act('skip', async () => {
      const r = await staffApi.call('queue.skip', { id: ticket.id });
      if (!r.ok) return { tone: 'error', text: r.error.message };
      // Skipping is undone by calling the number again: offered right here.
      return {
        tone: 'info',
        text: t('desk.queue.skipped', { ticket: r.value.ticket }),
        action: { label: t('desk.queue.undoSkip'), onClick: () => void recall(r.value) },
      };
    });

  const serve = (ticket: DeskTicket) => navigate(serveTicketPath(ticket.id));

  useShortcuts(
    {
      'Alt+N': counter ? () => void callNext() : undefined,
      'Alt+U': current ? () => void recall(current) : undefined,
      'Alt+W': current ? () => void skip(current) : undefined,
      'Alt+L': current ? () => serve(current) : undefined,
    },
    counter !== null,
  );

  if (!counter) return <CounterPicker />;

  return (
    <div className="staff-page desk-page">
      <header className="desk-page-header">
        <div>
          <Title order={1} size="h2">
            {t('desk.queue.title')}
          </Title>
          <Text c="dimmed">{today ? formatDay(today.day, lang) : t('app.loading')}</Text>
        </div>
        <Group gap="xs" className="queue-counter">
          <Text>
            {t('desk.queue.yourCounter')} <strong>{counter}</strong>
          </Text>
          <Button variant="subtle" size="compact-md" onClick={() => setCounter(null)}>
            {t('desk.queue.changeCounter')}
          </Button>
        </Group>
      </header>

      <div aria-live="polite" className="desk-live">
        {note && <DeskMessage note={note} />}
        {loadError && <DeskMessage note={{ tone: 'error', text: loadError }} />}
      </div>

      <Paper
        withBorder
        radius="md"
        p="md"
        component="section"
        className="queue-current"
        aria-labelledby="queue-current"
      >
        <div className="queue-current-number">
          <Title order={2} size="h4" id="queue-current">
            {t('desk.queue.currentAt', { counter })}
          </Title>
          {current ? (
            <p className="queue-big-number" data-testid="queue-current-ticket">
              {current.ticket}
              <span className="queue-current-time">
                {t('desk.queue.calledAt', { time: current.calledAt ? formatClock(current.calledAt, lang) : '' })}
              </span>
            </p>
          ) : (
            <Text className="queue-none">{t('desk.queue.noneCalled')}</Text>
          )}
        </div>
        <div className="queue-actions">
          <Button
            size="md"
            onClick={() => void callNext()}
            loading={busy === 'next'}
            leftSection={<IconSpeakerphone aria-hidden size={20} />}
            rightSection={<ShortcutKey shortcut="Alt+N" />}
            aria-keyshortcuts="Alt+N"
          >
            {t('desk.queue.callNext')}
          </Button>
          <Button
            size="md"
            variant="default"
            disabled={!current}
            onClick={() => current && void recall(current)}
            loading={busy === 'recall'}
            leftSection={<IconRepeat aria-hidden size={20} />}
            rightSection={<ShortcutKey shortcut="Alt+U" />}
            aria-keyshortcuts="Alt+U"
          >
            {t('desk.queue.recall')}
          </Button>
          <Button
            size="md"
            variant="default"
            disabled={!current}
            onClick={() => current && void skip(current)}
            loading={busy === 'skip'}
            leftSection={<IconPlayerSkipForward aria-hidden size={20} />}
            rightSection={<ShortcutKey shortcut="Alt+W" />}
            aria-keyshortcuts="Alt+W"
          >
            {t('desk.queue.skip')}
          </Button>
          <Button
            size="md"
            variant="light"
            disabled={!current}
            onClick={() => current && serve(current)}
            leftSection={<IconUserCheck aria-hidden size={20} />}
            rightSection={<ShortcutKey shortcut="Alt+L" />}
            aria-keyshortcuts="Alt+L"
          >
            {t('desk.queue.serve')}
          </Button>
        </div>
      </Paper>

      {today ? (
        <div className="queue-columns">
          <TicketColumn
            id="waiting"
            title={t('desk.queue.waiting', { count: today.waiting.length })}
            tickets={today.waiting}
            empty={t('desk.queue.emptyWaiting')}
            detail={(ticket) => t('desk.queue.takenAt', { time: formatClock(ticket.takenAt, lang) })}
          />
          <TicketColumn
            id="called"
            title={t('desk.queue.calledList', { count: today.called.length })}
            tickets={today.called}
            empty={t('desk.queue.emptyCalled')}
            detail={(ticket) => ticket.counter ?? ''}
            highlight={(ticket) => ticket.counter === counter}
            action={(ticket) => (
              <Button size="compact-sm" variant="default" onClick={() => serve(ticket)}>
                {t('desk.queue.serveShort')}
                <span className="desk-sr-only"> {ticket.ticket}</span>
              </Button>
            )}
          />
          <TicketColumn
            id="served"
            title={t('desk.queue.served', { count: today.served.length })}
            tickets={today.served}
            empty={t('desk.queue.emptyServed')}
            detail={(ticket) => (ticket.consultationId ? t('desk.queue.logged') : t('desk.queue.notLogged'))}
            action={(ticket) =>
              ticket.consultationId ? null : (
                <Button size="compact-sm" variant="default" onClick={() => serve(ticket)}>
                  {t('desk.queue.logNow')}
                  <span className="desk-sr-only"> {ticket.ticket}</span>
                </Button>
              )
            }
          />
          <TicketColumn
            id="skipped"
            title={t('desk.queue.skippedList', { count: today.skipped.length })}
            tickets={today.skipped}
            empty={t('desk.queue.emptySkipped')}
            action={(ticket) => (
              <Button size="compact-sm" variant="default" onClick={() => void recall(ticket)}>
                {t('desk.queue.recallShort')}
                <span className="desk-sr-only"> {ticket.ticket}</span>
              </Button>
            )}
          />
        </div>
      ) : (
        !loadError && <Loader aria-label={t('app.loading')} />
      )}

      <Group gap="sm" className="queue-poll" aria-live="polite">
        <Text size="sm" c="dimmed">
          {polling.paused
            ? t('desk.queue.pollPaused')
            : t('desk.queue.pollOn', {
                seconds: POLL_MS / 1000,
                time: polling.lastLoadedAt ? formatClock(polling.lastLoadedAt.toISOString(), lang) : '–',
              })}
        </Text>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconRefresh aria-hidden size={16} />}
          onClick={polling.refresh}
        >
          {t('desk.queue.refresh')}
        </Button>
      </Group>
    </div>
  );
}

function TicketColumn({
  id,
  title,
  tickets,
  empty,
  detail,
  highlight,
  action,
}: {
  id: string;
  title: string;
  tickets: DeskTicket[];
  empty: string;
  detail?: (ticket: DeskTicket) => string;
  highlight?: (ticket: DeskTicket) => boolean;
  action?: (ticket: DeskTicket) => ReactNode;
}) {
  const headingId = `queue-${id}`;
  return (
    <section className="queue-column" aria-labelledby={headingId}>
      <Title order={2} size="h5" id={headingId} className="queue-column-title">
        {title}
      </Title>
      {tickets.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <ul className="queue-list">
          {tickets.map((ticket) => (
            <li key={ticket.id} className={highlight?.(ticket) ? 'queue-item queue-item-mine' : 'queue-item'}>
              <span className="queue-item-number">{ticket.ticket}</span>
              {detail && <span className="queue-item-detail">{detail(ticket)}</span>}
              {action && <span className="queue-item-action">{action(ticket)}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CounterPicker() {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<string>(COUNTERS[0]);
  const ref = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCounter(choice);
  };
  return (
    <div className="staff-page desk-page">
      <header className="desk-page-header">
        <Title order={1} size="h2">
          {t('desk.queue.title')}
        </Title>
      </header>
      <Paper withBorder radius="md" p="lg" maw={480} component="section" aria-labelledby="queue-counter-title">
        <form onSubmit={submit}>
          <Title order={2} size="h4" id="queue-counter-title" mb="xs">
            {t('desk.queue.pickCounterTitle')}
          </Title>
          <Text mb="md">{t('desk.queue.pickCounterIntro')}</Text>
          <Group align="flex-end" gap="sm">
            <NativeSelect
              ref={ref}
              label={t('desk.queue.counterLabel')}
              data={[...COUNTERS]}
              value={choice}
              onChange={(e) => setChoice(e.currentTarget.value)}
            />
            <Button type="submit">{t('desk.queue.pickCounter')}</Button>
          </Group>
        </form>
      </Paper>
    </div>
  );
}
