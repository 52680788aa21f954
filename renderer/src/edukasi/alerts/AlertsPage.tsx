import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { CARE_RELATION_LABELS, GROUP_AUDIENCE_LABELS } from '../../../../electron/shared/edukasi';
import { childPath, groupPath } from '../paths';
import { eduApi } from '../shared/client';
import { formatDay, formatPhone, LoadProblem, PageHeader, staffHref, useLoad } from '../shared/reuse';
import '../shared/edukasi.css';

/** Peringatan: children absent N times in a row (to visit the family), and groups idle this week. */
export function AlertsPage() {
  const { t, i18n } = useTranslation();
  const absences = useLoad(useCallback(() => eduApi.call('alerts.consecutiveAbsences', {}), []));
  const idle = useLoad(useCallback(() => eduApi.call('alerts.groupsWithoutActivity', {}), []));
  const day = (d: string | null) => (d ? formatDay(d, i18n.language) : t('edukasi.alerts.never'));
  const a = absences.value;
  const g = idle.value;

  return (
    <div className="edu-page">
      <PageHeader title={t('edukasi.alerts.title')} intro={t('edukasi.alerts.intro')} />
      <section className="edu-panel" aria-labelledby="edu-absences">
        <h2 id="edu-absences">{t('edukasi.alerts.absencesTitle', { threshold: a?.threshold ?? 3 })}</h2>
        {absences.error && <LoadProblem error={absences.error} onRetry={absences.reload} />}
        {a && <p>{a.rule.replace('N kegiatan', `${a.threshold} kegiatan`)}</p>}
        {a && a.items.length === 0 && <p className="edu-empty">{t('edukasi.alerts.noAbsences')}</p>}
        {a && a.items.length > 0 && (
          <table className="edu-table">
            <caption className="da-visually-hidden">{t('edukasi.alerts.absencesTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('edukasi.children.name')}</th>
                <th scope="col">{t('edukasi.alerts.absentDates')}</th>
                <th scope="col">{t('edukasi.alerts.lastAttended')}</th>
                <th scope="col">{t('edukasi.detail.groups')}</th>
                <th scope="col">{t('edukasi.alerts.caregiver')}</th>
              </tr>
            </thead>
            <tbody>
              {a.items.map((c) => (
                <tr key={c.childId}>
                  <td>
                    <a href={staffHref(childPath(c.childId))}>{c.fullName}</a>
                    {c.householdLabel && <div>{c.householdLabel}</div>}
                  </td>
                  <td>{c.absentDates.map((d) => formatDay(d, i18n.language)).join(', ')}</td>
                  <td>{day(c.lastAttendedOn)}</td>
                  <td>{c.groups.join(', ')}</td>
                  <td>
                    {c.primaryCaregiver
                      ? `${c.primaryCaregiver.fullName} (${CARE_RELATION_LABELS[c.primaryCaregiver.relation]})${
                          c.primaryCaregiver.phone ? ` · ${formatPhone(c.primaryCaregiver.phone)}` : ''
                        }`
                      : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="edu-panel" aria-labelledby="edu-idle-groups">
        <h2 id="edu-idle-groups">
          {g
            ? t('edukasi.alerts.groupsTitle', {
                from: formatDay(g.weekStart, i18n.language),
                to: formatDay(g.weekEnd, i18n.language),
              })
            : t('edukasi.alerts.groupsTable')}
        </h2>
        {idle.error && <LoadProblem error={idle.error} onRetry={idle.reload} />}
        {g && g.items.length === 0 && <p className="edu-empty">{t('edukasi.alerts.noGroups')}</p>}
        {g && g.items.length > 0 && (
          <table className="edu-table">
            <caption className="da-visually-hidden">{t('edukasi.alerts.groupsTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('edukasi.groups.name')}</th>
                <th scope="col">{t('edukasi.groups.audience')}</th>
                <th scope="col">{t('edukasi.groups.lastActivity')}</th>
              </tr>
            </thead>
            <tbody>
              {g.items.map((x) => (
                <tr key={x.id}>
                  <td>
                    <a href={staffHref(groupPath(x.id))}>{x.name}</a>
                  </td>
                  <td>{GROUP_AUDIENCE_LABELS[x.audience]}</td>
                  <td>{day(x.lastActivityOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
