import { Anchor, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CARE_RELATION_LABELS,
  DOCUMENT_STATUS_LABELS,
  PARENT_ROLE_LABELS,
  SCHOOL_LEVEL_LABELS,
} from '../../../../electron/shared/edukasi';
import { useDocumentTitle } from '../../app/use-document-title';
import { countryName } from '../../desk-admin/shared/format';
import { EDUKASI_PATHS, groupPath } from '../paths';
import { eduApi } from '../shared/client';
import { formatDay, formatPhone, LoadProblem, staffHref, useLoad } from '../shared/reuse';
import { AttendanceHistoryPanel } from './AttendanceHistoryPanel';
import { CaregiverForm } from './CaregiverForm';
import { ParentContactsPanel } from './ParentContactsPanel';
import { ParentLinkForm } from './ParentLinkForm';
import '../shared/edukasi.css';

/** One child: details, consent, caregivers, parents abroad, groups, attendance and parent contacts. */
export function ChildDetailPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  // The window title never carries a child's name (it shows in the taskbar and screen shares).
  useDocumentTitle(`${t('edukasi.detail.title')} — Balai Migran`);
  const child = useLoad(useCallback(() => eduApi.call('children.get', { id }), [id]));
  const c = child.value;
  const back = (
    <Anchor href={staffHref(EDUKASI_PATHS.children)} className="da-back">
      <IconArrowLeft aria-hidden size={18} />
      {t('edukasi.detail.back')}
    </Anchor>
  );
  if (!c) {
    return (
      <div className="edu-page">
        {back}
        {child.error ? (
          <LoadProblem error={child.error} onRetry={child.reload} />
        ) : (
          <p>{t('edukasi.common.loading')}</p>
        )}
      </div>
    );
  }
  const day = (d: string | null) => formatDay(d, i18n.language);
  return (
    <div className="edu-page">
      <header className="da-page-header">
        {back}
        <Title order={1} size="h2">
          {c.fullName}
        </Title>
      </header>
      <div className="edu-columns edu-columns-even">
        <div>
          <section className="edu-panel" aria-labelledby="edu-profile">
            <h2 id="edu-profile">{t('edukasi.detail.profile')}</h2>
            <dl className="edu-info">
              <dt>{t('edukasi.detail.sex')}</dt>
              <dd>{c.sex === 'P' ? t('edukasi.enrol.female') : c.sex === 'L' ? t('edukasi.enrol.male') : '—'}</dd>
              <dt>{t('edukasi.detail.birthDate')}</dt>
              <dd>
                {day(c.birthDate)}
                {c.age !== null ? ` (${t('edukasi.common.years', { count: c.age })})` : ''}
              </dd>
              <dt>{t('edukasi.children.school')}</dt>
              <dd>{SCHOOL_LEVEL_LABELS[c.schoolLevel]}</dd>
              <dt>{t('edukasi.children.birthCertificate')}</dt>
              <dd>{DOCUMENT_STATUS_LABELS[c.birthCertificate]}</dd>
              <dt>{t('edukasi.children.kia')}</dt>
              <dd>{DOCUMENT_STATUS_LABELS[c.kia]}</dd>
              <dt>{t('edukasi.detail.bornAbroad')}</dt>
              <dd>{c.bornAbroad ? t('edukasi.common.yes') : t('edukasi.common.no')}</dd>
              <dt>{t('edukasi.detail.household')}</dt>
              <dd>{c.householdLabel ?? '—'}</dd>
              <dt>{t('edukasi.detail.enrolledOn')}</dt>
              <dd>{day(c.enrolledOn)}</dd>
              <dt>{t('edukasi.detail.groups')}</dt>
              <dd>
                {c.groups.length === 0
                  ? '—'
                  : c.groups.map((g, i) => (
                      <span key={g.id}>
                        {i > 0 ? ', ' : ''}
                        <a href={staffHref(groupPath(g.id))}>{g.name}</a>
                      </span>
                    ))}
              </dd>
            </dl>
          </section>
          <section className="edu-panel" aria-labelledby="edu-consent">
            <h2 id="edu-consent">{t('edukasi.detail.consent')}</h2>
            <dl className="edu-info">
              <dt>{t('edukasi.detail.consentBy')}</dt>
              <dd>{`${c.consent.givenByName ?? ''} · ${t(`edukasi.detail.giversShort.${c.consentGiver}`)}`}</dd>
              <dt>{t('edukasi.enrol.method')}</dt>
              <dd>{t(`edukasi.enrol.methods.${c.consent.method}`)}</dd>
              <dt>{t('edukasi.detail.consentEvidence')}</dt>
              <dd>{c.consent.evidenceRef ?? '—'}</dd>
              <dt>{t('edukasi.enrol.textVersion')}</dt>
              <dd>{c.consent.textVersion}</dd>
            </dl>
            {c.consent.withdrawnAt && (
              <p>
                <strong>
                  {t('edukasi.detail.consentWithdrawn', {
                    date: formatDay(c.consent.withdrawnAt.slice(0, 10), i18n.language),
                  })}
                </strong>
              </p>
            )}
          </section>
          <section className="edu-panel" aria-labelledby="edu-caregivers">
            <h2 id="edu-caregivers">{t('edukasi.detail.caregivers')}</h2>
            {c.caregivers.length === 0 ? (
              <p>{t('edukasi.detail.noCaregivers')}</p>
            ) : (
              <ul className="edu-list">
                {c.caregivers.map((g) => (
                  <li key={g.id}>
                    {`${g.fullName} — ${CARE_RELATION_LABELS[g.relation]}`}
                    {g.primary ? `, ${t('edukasi.detail.primary')}` : ''}
                    {g.courtAppointedGuardian ? `, ${t('edukasi.detail.guardian')}` : ''}
                    {g.phone ? ` · ${formatPhone(g.phone)}` : ''}
                  </li>
                ))}
              </ul>
            )}
            <CaregiverForm childId={c.id} onSaved={child.replace} />
          </section>
          <section className="edu-panel" aria-labelledby="edu-parents">
            <h2 id="edu-parents">{t('edukasi.detail.parentsAbroad')}</h2>
            {c.parentsAbroad.length === 0 ? (
              <p>{t('edukasi.detail.noParents')}</p>
            ) : (
              <ul className="edu-list">
                {c.parentsAbroad.map((p) => (
                  <li key={p.journeyId}>
                    {`${PARENT_ROLE_LABELS[p.role]}: ${p.fullName}${p.destination ? ` · ${countryName(p.destination, i18n.language)}` : ''}${
                      p.departedOn ? ` · ${day(p.departedOn)}` : ''
                    }`}
                  </li>
                ))}
              </ul>
            )}
            <ParentLinkForm childId={c.id} onSaved={child.replace} />
          </section>
        </div>
        <div>
          <AttendanceHistoryPanel personId={c.personId} />
          <ParentContactsPanel childId={c.id} />
        </div>
      </div>
    </div>
  );
}
