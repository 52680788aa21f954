import { useTranslation } from 'react-i18next';
import type { CaseEvent } from '../../../../electron/shared/desk';
import { formatMoment } from '../shared/format';
import { label } from '../shared/labels';

/** The case's story, oldest first: who did what, when, and where it was referred. */
export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  return (
    <ol className="da-timeline" aria-label={t('deskadmin.caseDetail.timeline')}>
      {events.map((e) => (
        <li
          key={e.id}
          className="da-timeline-item"
          data-kind={e.statusTo ? 'status' : e.referralTo ? 'referral' : 'note'}
        >
          <div className="da-timeline-head">
            <time dateTime={e.at}>{formatMoment(e.at, lang)}</time>
            <span className="da-timeline-actor">{e.actor.displayName}</span>
          </div>
          {e.statusTo && (
            <p className="da-timeline-status">
              {e.statusFrom
                ? t('deskadmin.caseDetail.statusChanged', {
                    from: label.caseStatus(t, e.statusFrom),
                    to: label.caseStatus(t, e.statusTo),
                  })
                : t('deskadmin.caseDetail.statusSet', { to: label.caseStatus(t, e.statusTo) })}
            </p>
          )}
          {e.referralTo && (
            <p className="da-timeline-referral">
              {t('deskadmin.caseDetail.referredTo', { to: label.referral(t, e.referralTo) })}
            </p>
          )}
          {e.note && <p className="da-timeline-note">{e.note}</p>}
        </li>
      ))}
    </ol>
  );
}
