import { Alert, Badge, Button, Group, List, Paper, Text, Title } from '@mantine/core';
import { IconFileText, IconTrash, IconUserX } from '@tabler/icons-react';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonReference } from '../../../../electron/shared/people';
import { useNotice } from '../../app/notice';
import { InfoList } from '../../staff/InfoList';
import { useStaffSession } from '../../staff/session';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useStepUp } from '../../ui/use-step-up';
import { i18nVillageName } from '../../village/i18n-village-name';
import { DESK_ADMIN_PATHS, staffHref } from '../paths';
import { deskApi } from '../shared/client';
import { FormProblem } from '../shared/FormProblem';
import { formatDay, formatMoment, formatPhone } from '../shared/format';
import { LoadProblem } from '../shared/LoadProblem';
import { PageHeader } from '../shared/PageHeader';
import { Success } from '../shared/Success';
import { useLoad } from '../shared/use-load';
import { ConsentList } from './ConsentList';
import { PersonCases } from './PersonCases';
import { PersonConsultations } from './PersonConsultations';
import { PersonJourneys } from './PersonJourneys';
import { describeReferences } from './references';

type Removal = { outcome: 'deleted' | 'anonymised'; references: PersonReference[] };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id} className="da-section">
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/**
 * One person's record: masked NIK and details, consents, migration episodes, and the data
 * subject's rights (UU PDP): the processing trail (admin) and deletion, which the core turns
 * into anonymisation when other records still point at the person.
 */
export function PersonPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  const { user, village } = useStaffSession();
  const fetcher = useCallback(() => deskApi.call('people.get', { id }), [id]);
  const loaded = useLoad(fetcher);
  const stepUp = useStepUp();
  const [pendingNotice, setPendingNotice] = useNotice();
  const [done, setDone] = useState<string | null>(pendingNotice?.text ?? null);
  useEffect(() => {
    setPendingNotice(null);
  }, [setPendingNotice]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);

  const remove = async () => {
    setConfirmDelete(false);
    setRemoveError(null);
    setRemoving(true);
    const result = await stepUp.run(() => deskApi.call('people.delete', { id }));
    setRemoving(false);
    if (!result) return; // cancelled at the password prompt: nothing happened
    if (!result.ok) return setRemoveError(result.error.message);
    setDone(null);
    setRemoval(result.value);
    if (result.value.outcome === 'anonymised') loaded.reload();
  };

  const back = { href: staffHref(DESK_ADMIN_PATHS.journeys), label: t('deskadmin.person.back') };

  if (removal?.outcome === 'deleted') {
    return (
      <div className="da-page">
        <PageHeader title={t('deskadmin.person.deletedTitle')} back={back} />
        <Success>{t('deskadmin.person.deleted')}</Success>
      </div>
    );
  }

  const data = loaded.value;
  if (!data) {
    return (
      <div className="da-page">
        <PageHeader title={t('deskadmin.person.title')} back={back} />
        {loaded.error && <LoadProblem error={loaded.error} onRetry={loaded.reload} />}
      </div>
    );
  }

  const { person, consents } = data;
  const anonymised = !!person.anonymisedAt;
  const isDesk = user.role === 'admin' || user.role === 'desk_officer';
  const none = '—';
  return (
    <div className="da-page">
      <PageHeader
        title={person.fullName}
        intro={anonymised ? undefined : t('deskadmin.person.intro')}
        back={back}
        actions={
          anonymised && (
            <Badge className="da-badge da-badge-lg" variant="light" color="gray">
              {t('deskadmin.person.anonymisedBadge')}
            </Badge>
          )
        }
      />
      {done && <Success onClose={() => setDone(null)}>{done}</Success>}
      {removal?.outcome === 'anonymised' && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconUserX aria-hidden />}
          title={t('deskadmin.person.anonymisedTitle')}
          role="status"
          mb="md"
        >
          <Text>{t('deskadmin.person.anonymisedWhy')}</Text>
          <List mt={4}>
            {describeReferences(t, removal.references).map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
          <Text mt={4}>{t('deskadmin.person.anonymisedWhat')}</Text>
        </Alert>
      )}
      {loaded.error && <LoadProblem error={loaded.error} onRetry={loaded.reload} />}

      <div className="da-person-grid">
        <Section id="da-person-details" title={t('deskadmin.person.details')}>
          <InfoList
            items={[
              { label: t('deskadmin.person.nik'), value: <span className="da-mono">{person.nikMasked ?? none}</span> },
              {
                label: t('deskadmin.person.sex'),
                value: person.sex ? t(`deskadmin.person.sexValue.${person.sex}`) : none,
              },
              { label: t('deskadmin.person.birthDate'), value: formatDay(person.birthDate, lang) || none },
              { label: t('deskadmin.person.phone'), value: formatPhone(person.phone) || none },
              {
                label: t('deskadmin.person.address'),
                value:
                  [
                    person.dusun,
                    person.rt || person.rw ? `RT ${person.rt ?? '-'}/RW ${person.rw ?? '-'}` : null,
                    // The office's own village by name; elsewhere the Kemendagri code.
                    person.regionCode === village.regionCode ? i18nVillageName(t, village) : person.regionCode,
                  ]
                    .filter(Boolean)
                    .join(' · ') || none,
              },
              { label: t('deskadmin.person.note'), value: person.note ?? none },
              { label: t('deskadmin.person.recordedAt'), value: formatMoment(person.createdAt, lang) },
              { label: t('deskadmin.person.updatedAt'), value: formatMoment(person.updatedAt, lang) },
            ]}
          />
          <Text size="sm" mt="sm" c="dimmed">
            {t('deskadmin.person.nikMaskedHint')}
          </Text>
        </Section>

        <Section id="da-person-consents" title={t('deskadmin.person.consents')}>
          <ConsentList
            consents={consents}
            canWithdraw={!anonymised}
            onWithdrawn={() => {
              setDone(t('deskadmin.person.withdrawn'));
              loaded.reload();
            }}
          />
        </Section>
      </div>

      {isDesk && (
        <Section id="da-person-journeys" title={t('deskadmin.person.journeys')}>
          <PersonJourneys personId={person.id} canChange={!anonymised} />
        </Section>
      )}
      {isDesk && (
        <Section id="da-person-consultations" title={t('deskadmin.person.consultations')}>
          <PersonConsultations personId={person.id} />
        </Section>
      )}
      {isDesk && (
        <Section id="da-person-cases" title={t('deskadmin.person.cases')}>
          <PersonCases personId={person.id} />
        </Section>
      )}

      <Section id="da-person-rights" title={t('deskadmin.person.rights')}>
        <Text mb="sm">{t('deskadmin.person.rightsIntro')}</Text>
        {removeError && <FormProblem message={removeError} />}
        <Group gap="sm">
          {user.role === 'admin' && (
            <Button
              component="a"
              href={staffHref(DESK_ADMIN_PATHS.personTrail(person.id))}
              variant="default"
              leftSection={<IconFileText aria-hidden size={18} />}
            >
              {t('deskadmin.person.trail')}
            </Button>
          )}
          {isDesk && !anonymised && (
            <Button
              color="red.8"
              variant="outline"
              leftSection={<IconTrash aria-hidden size={18} />}
              onClick={() => setConfirmDelete(true)}
              loading={removing}
            >
              {t('deskadmin.person.delete')}
            </Button>
          )}
        </Group>
      </Section>

      {confirmDelete && (
        <ConfirmDialog
          title={t('deskadmin.person.deleteTitle', { name: person.fullName })}
          confirmLabel={t('deskadmin.person.deleteAction')}
          tone="danger"
          onCancel={() => setConfirmDelete(false)}
          onConfirm={remove}
        >
          <p>{t('deskadmin.person.deleteRule')}</p>
          <p>{t('deskadmin.person.deleteAnonymise')}</p>
          <p>{t('deskadmin.person.deletePassword')}</p>
        </ConfirmDialog>
      )}
      {stepUp.dialog}
    </div>
  );
}
