import { Anchor, Button, Loader, Stack } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title';
import { staffApi } from '../../staff/session';
import { DeskMessage } from '../DeskMessage';
import { DESK_PATHS, staffHref } from '../paths';
import { ConsultationForm, type FormMode } from './ConsultationForm';
import { type ConsultationValues, emptyValues, fromConsultation } from './form-state';
import '../desk.css';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; mode: FormMode; values: ConsultationValues; warning?: string };

/**
 * A new consultation, optionally for a queue ticket (queue.serve marks it served and gives
 * the prefill; asking again is harmless, so a reload of the page works too).
 */
export function NewConsultationPage({ ticketId }: { ticketId?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('desk.form.newDocumentTitle'));
  const [state, setState] = useState<Loaded>(
    ticketId ? { kind: 'loading' } : { kind: 'ready', mode: { kind: 'new', ticket: null }, values: emptyValues() },
  );

  const load = useCallback(async () => {
    if (!ticketId) return;
    setState({ kind: 'loading' });
    const result = await staffApi.call('queue.serve', { id: ticketId });
    if (result.ok) {
      const { ticket, prefill, suggestCase } = result.value;
      setState({
        kind: 'ready',
        mode: {
          kind: 'new',
          ticket: { id: ticket.id, label: ticket.ticket, service: ticket.serviceLabel, suggestCase },
        },
        values: emptyValues(prefill),
      });
    } else {
      // The consultation can still be logged; only the link to the ticket is lost.
      setState({
        kind: 'ready',
        mode: { kind: 'new', ticket: null },
        values: emptyValues(),
        warning: result.error.message,
      });
    }
  }, [ticketId]);
  useEffect(() => {
    void load();
  }, [load]);

  return <FormOrStatus state={state} onRetry={load} key={ticketId ?? 'new'} />;
}

export function EditConsultationPage({ id }: { id: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('desk.form.editDocumentTitle'));
  const [state, setState] = useState<Loaded>({ kind: 'loading' });
  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    const result = await staffApi.call('consultations.get', { id });
    setState(
      result.ok
        ? { kind: 'ready', mode: { kind: 'edit', consultation: result.value }, values: fromConsultation(result.value) }
        : { kind: 'failed', message: result.error.message },
    );
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);
  return <FormOrStatus state={state} onRetry={load} key={id} />;
}

function FormOrStatus({ state, onRetry }: { state: Loaded; onRetry: () => void }) {
  const { t } = useTranslation();
  if (state.kind === 'loading') {
    return (
      <div className="staff-page desk-page">
        <Loader aria-label={t('app.loading')} />
      </div>
    );
  }
  if (state.kind === 'failed') {
    return (
      <Stack className="staff-page desk-page" maw={640}>
        <DeskMessage note={{ tone: 'error', text: state.message }} />
        <Button onClick={onRetry} w="fit-content">
          {t('app.retry')}
        </Button>
        <Anchor href={staffHref(DESK_PATHS.consultations)}>{t('desk.list.backToList')}</Anchor>
      </Stack>
    );
  }
  return (
    <>
      {state.warning && (
        <div className="staff-page desk-page cf-page-warning">
          <DeskMessage note={{ tone: 'warning', text: t('desk.form.ticketFailed'), details: [state.warning] }} />
        </div>
      )}
      <ConsultationForm mode={state.mode} initial={state.values} />
    </>
  );
}
