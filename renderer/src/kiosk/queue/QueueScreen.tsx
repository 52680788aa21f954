import {
  IconHeartHandshake,
  IconMessageCircleQuestion,
  IconMoodKid,
  IconShieldLock,
  IconTicket,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUEUE_SERVICES, type QueueService, type QueueTicket } from '../../../../electron/shared/kiosk';
import { api } from '../../platform/api';
import { kioskPath } from '../kiosk-routes';
import { KioskScreen } from '../layout/KioskScreen';
import { PrintButtons } from '../print/PrintButtons';
import { PrintHead } from '../print/PrintHead';
import { formatDateTime } from '../shared/dates';
import { Note } from '../shared/Note';
import { ScreenFailed } from '../shared/ScreenStatus';
import './queue.css';

const SERVICE_ICONS: Record<QueueService, typeof IconTicket> = {
  konsultasi: IconMessageCircleQuestion,
  pengaduan: IconHeartHandshake,
  edukasi: IconMoodKid,
};

type State =
  | { kind: 'choose' }
  | { kind: 'taking'; service: QueueService }
  | { kind: 'ticket'; ticket: QueueTicket }
  | { kind: 'failed'; message: string };

/**
 * Ambil Nomor Antrian: pick a service, get today's number. No name is ever asked; the desk calls
 * the number. The ticket stays on this screen only until the visitor leaves it.
 */
export function QueueScreen() {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'choose' });

  const take = async (service: QueueService) => {
    setState({ kind: 'taking', service });
    const result = await api.call('queue.take', { service });
    setState(result.ok ? { kind: 'ticket', ticket: result.value } : { kind: 'failed', message: result.error.message });
  };

  return (
    <KioskScreen
      title={state.kind === 'ticket' ? t('kiosk.queue.ticketTitle') : t('kiosk.queue.title')}
      icon={<IconTicket aria-hidden size={44} />}
      parent={kioskPath.home}
      className="kiosk-queue"
    >
      {(state.kind === 'choose' || state.kind === 'taking') && (
        <>
          <h2 className="kiosk-section-title">{t('kiosk.queue.choose')}</h2>
          <div className="kiosk-choices kiosk-queue-services">
            {QUEUE_SERVICES.map(({ id }) => {
              const Icon = SERVICE_ICONS[id];
              return (
                <button
                  key={id}
                  type="button"
                  className="kiosk-choice"
                  disabled={state.kind === 'taking'}
                  aria-busy={state.kind === 'taking' && state.service === id}
                  onClick={() => void take(id)}
                >
                  <Icon aria-hidden size={48} />
                  <span className="kiosk-choice-text">
                    <span>{t(`kiosk.queue.service.${id}`)}</span>
                    <span className="kiosk-choice-hint">{t(`kiosk.queue.serviceHint.${id}`)}</span>
                  </span>
                </button>
              );
            })}
          </div>
          <Note tone="info" icon={<IconShieldLock aria-hidden size={32} />}>
            {t('kiosk.queue.noName')}
          </Note>
        </>
      )}
      {state.kind === 'failed' && <ScreenFailed message={state.message} onRetry={() => setState({ kind: 'choose' })} />}
      {state.kind === 'ticket' && <TicketView ticket={state.ticket} />}
    </KioskScreen>
  );
}

function TicketView({ ticket }: { ticket: QueueTicket }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <div className="kiosk-ticket print-sheet" role="status">
        <PrintHead />
        <p className="kiosk-ticket-label">{t('kiosk.queue.yourNumber')}</p>
        <p className="kiosk-ticket-number">{ticket.ticket}</p>
        <p className="kiosk-ticket-service">{t(`kiosk.queue.service.${ticket.service}`)}</p>
        <p className="kiosk-ticket-waiting">
          {ticket.waitingBefore === 0
            ? t('kiosk.queue.nobodyBefore')
            : t('kiosk.queue.waitingBefore', { n: ticket.waitingBefore })}
        </p>
        <p className="kiosk-ticket-time">
          {t('kiosk.queue.takenAt', { time: formatDateTime(ticket.takenAt, i18n.resolvedLanguage ?? 'id') })}
        </p>
        <p className="kiosk-ticket-wait">{t('kiosk.queue.wait')}</p>
      </div>
      <PrintButtons modes={['receipt-58', 'receipt-80']} short />
    </>
  );
}
