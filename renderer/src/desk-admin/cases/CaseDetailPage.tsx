import { Anchor, Badge, Group, Paper, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotice } from '../../app/notice';
import { InfoList } from '../../staff/InfoList';
import { DESK_ADMIN_PATHS, staffHref } from '../paths';
import { deskApi } from '../shared/client';
import { formatDay, formatMoment } from '../shared/format';
import { LoadProblem } from '../shared/LoadProblem';
import { label, RISK_COLOR, STATUS_COLOR } from '../shared/labels';
import { PageHeader } from '../shared/PageHeader';
import { Success } from '../shared/Success';
import { useLoad } from '../shared/use-load';
import { CaseEventForm } from './CaseEventForm';
import { CaseTimeline } from './CaseTimeline';

/** One case: the code the family quotes, the facts, the timeline, and the next step. */
export function CaseDetailPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  const fetcher = useCallback(() => deskApi.call('cases.get', { id }), [id]);
  const loaded = useLoad(fetcher);
  const [pendingNotice, setPendingNotice] = useNotice();
  const [done, setDone] = useState<string | null>(pendingNotice?.text ?? null);
  useEffect(() => {
    setPendingNotice(null);
  }, [setPendingNotice]);

  const record = loaded.value;
  const back = { href: staffHref(DESK_ADMIN_PATHS.cases), label: t('deskadmin.cases.backToList') };
  if (!record) {
    return (
      <div className="da-page">
        <PageHeader title={t('deskadmin.caseDetail.title')} back={back} />
        {loaded.error && <LoadProblem error={loaded.error} onRetry={loaded.reload} />}
      </div>
    );
  }

  return (
    <div className="da-page">
      <PageHeader
        title={t('deskadmin.caseDetail.titleWithKind', { kind: label.caseKind(t, record.kind) })}
        back={back}
      />
      {done && <Success onClose={() => setDone(null)}>{done}</Success>}
      {loaded.error && <LoadProblem error={loaded.error} onRetry={loaded.reload} />}

      <div className="da-case-top">
        <section className="da-reference" aria-labelledby="da-reference-label">
          <Text id="da-reference-label" className="da-reference-label">
            {t('deskadmin.caseDetail.referenceCode')}
          </Text>
          <p className="da-reference-code">{record.referenceCode}</p>
          <Text size="sm">{t('deskadmin.caseDetail.referenceHint')}</Text>
        </section>
        <Paper withBorder p="md" radius="md" className="da-case-facts">
          <Group gap="xs" mb="sm">
            <Badge className="da-badge da-badge-lg" variant="light" color={STATUS_COLOR[record.status]}>
              {label.caseStatus(t, record.status)}
            </Badge>
            <Badge className="da-badge da-badge-lg" variant="light" color={RISK_COLOR[record.risk]}>
              {t('deskadmin.caseDetail.riskBadge', { risk: label.caseRisk(t, record.risk) })}
            </Badge>
          </Group>
          <InfoList
            items={[
              { label: t('deskadmin.cases.kind'), value: label.caseKind(t, record.kind) },
              { label: t('deskadmin.cases.openedAt'), value: formatMoment(record.openedAt, lang) },
              ...(record.resolvedAt
                ? [{ label: t('deskadmin.caseDetail.resolvedAt'), value: formatMoment(record.resolvedAt, lang) }]
                : []),
              ...(record.closedAt
                ? [{ label: t('deskadmin.caseDetail.closedAt'), value: formatMoment(record.closedAt, lang) }]
                : []),
              {
                label: t('deskadmin.cases.agency'),
                value: record.agency
                  ? t('deskadmin.caseDetail.agencyValue', {
                      name: record.agency.name,
                      number: record.agency.licenceNumber,
                    })
                  : t('deskadmin.caseDetail.noAgency'),
              },
              {
                label: t('deskadmin.caseDetail.people'),
                value:
                  record.people.length === 0 ? (
                    t('deskadmin.caseDetail.noPeople')
                  ) : (
                    <span className="da-inline-list">
                      {record.people.map((p) => (
                        <span key={p.personId}>
                          <Anchor href={staffHref(DESK_ADMIN_PATHS.person(p.personId))}>{p.name}</Anchor>{' '}
                          <Text span size="sm" c="dimmed">
                            ({label.casePersonRole(t, p.role)})
                          </Text>
                        </span>
                      ))}
                    </span>
                  ),
              },
            ]}
          />
        </Paper>
      </div>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="da-case-summary" mt="md">
        <Title order={2} size="h4" id="da-case-summary" mb={4}>
          {t('deskadmin.caseForm.summary')}
        </Title>
        <Text className="da-prewrap">{record.summary}</Text>
      </Paper>

      <div className="da-two-columns da-mt">
        <section aria-labelledby="da-case-timeline-title">
          <Title order={2} size="h4" id="da-case-timeline-title" mb="sm">
            {t('deskadmin.caseDetail.timeline')}
          </Title>
          <CaseTimeline events={record.events} />
          {record.followUps.length > 0 && (
            <>
              <Title order={3} size="h5" mt="md" mb={4}>
                {t('deskadmin.caseDetail.followUps')}
              </Title>
              <ul className="da-plain-list">
                {record.followUps.map((f) => (
                  <li key={f.id}>
                    {f.doneAt
                      ? t('deskadmin.caseDetail.followUpDone', { date: formatDay(f.dueOn, lang) })
                      : t('deskadmin.caseDetail.followUpDue', { date: formatDay(f.dueOn, lang) })}
                    {f.note ? ` — ${f.note}` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <CaseEventForm
          record={record}
          onSaved={(next, what) => {
            loaded.replace(next);
            setDone(what);
          }}
        />
      </div>
    </div>
  );
}
