import { Alert, Anchor, Button, Group, Loader, Table, Text } from '@mantine/core';
import { IconArrowLeft, IconLock, IconPrinter } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput, Result } from '../../../../electron/shared/contract';
import { useDocumentTitle } from '../../app/use-document-title';
import { InfoList } from '../../staff/InfoList';
import { useStaffSession } from '../../staff/session';
import { useStepUp } from '../../ui/use-step-up';
import { i18nVillageName } from '../../village/i18n-village-name';
import { actionLabel, detailWords, entityLabel, formatDetails } from '../audit/audit-labels';
import { DESK_ADMIN_PATHS, staffHref } from '../paths';
import { deskApi } from '../shared/client';
import { formatMoment } from '../shared/format';
import { LoadProblem } from '../shared/LoadProblem';
import { label } from '../shared/labels';

type Trail = MethodOutput<'people.trail'>;
type State =
  | { kind: 'loading' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; result: Extract<Result<Trail>, { ok: false }> }
  | { kind: 'ready'; trail: Trail };

/**
 * "Riwayat pemrosesan data": every recorded processing of one person's data, for a data-subject
 * request (UU 27/2022 tentang Pelindungan Data Pribadi). An export, so the core asks for the
 * password again. Printed with its own print stylesheet: the page chrome disappears.
 */
export function PersonTrailPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  useDocumentTitle(`${t('deskadmin.trail.title')} — Balai Migran`);
  const { user, village } = useStaffSession();
  const stepUp = useStepUp();
  const { run } = stepUp;
  const [state, setState] = useState<State>({ kind: 'loading' });
  const labels = useMemo(() => detailWords(t), [t]);

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    const result = await run(() => deskApi.call('people.trail', { id }));
    if (!result) setState({ kind: 'cancelled' });
    else if (result.ok) setState({ kind: 'ready', trail: result.value });
    else setState({ kind: 'failed', result });
  }, [id, run]);

  useEffect(() => {
    void load();
  }, [load]);

  const toolbar = (
    <Group className="da-no-print" justify="space-between" mb="md">
      <Anchor href={staffHref(DESK_ADMIN_PATHS.person(id))} className="da-back">
        <IconArrowLeft aria-hidden size={18} />
        {t('deskadmin.trail.back')}
      </Anchor>
      {state.kind === 'ready' && (
        <Button leftSection={<IconPrinter aria-hidden size={18} />} onClick={() => window.print()}>
          {t('deskadmin.trail.print')}
        </Button>
      )}
    </Group>
  );

  if (state.kind !== 'ready') {
    return (
      <div className="da-page">
        {toolbar}
        {state.kind === 'loading' && (
          <div className="da-chain" role="status">
            <Loader size="sm" />
            {t('deskadmin.trail.loading')}
          </div>
        )}
        {state.kind === 'cancelled' && (
          <Alert color="gray" variant="light" icon={<IconLock aria-hidden />} title={t('deskadmin.trail.needPassword')}>
            <Button mt="xs" variant="default" onClick={load}>
              {t('deskadmin.trail.tryAgain')}
            </Button>
          </Alert>
        )}
        {state.kind === 'failed' && <LoadProblem error={state.result.error} onRetry={load} />}
        {stepUp.dialog}
      </div>
    );
  }

  const { trail } = state;
  return (
    <div className="da-page">
      {toolbar}
      <article className="da-print-document" aria-labelledby="da-trail-title">
        <header className="da-print-header">
          <Text className="da-print-village">
            {t('app.name')} · {i18nVillageName(t, village)}
          </Text>
          <h1 id="da-trail-title" className="da-print-title">
            {t('deskadmin.trail.title')}
          </h1>
          <Text>{t('deskadmin.trail.basis')}</Text>
        </header>

        <InfoList
          items={[
            {
              label: t('deskadmin.trail.person'),
              value: trail.person?.fullName ?? t('deskadmin.trail.personGone'),
            },
            { label: t('deskadmin.person.nik'), value: trail.person?.nikMasked ?? '—' },
            { label: t('deskadmin.trail.personId'), value: <span className="da-mono">{trail.personId}</span> },
            { label: t('deskadmin.trail.exportedAt'), value: formatMoment(trail.exportedAt, lang) },
            { label: t('deskadmin.trail.exportedBy'), value: `${user.displayName} (${t(`staff.roles.${user.role}`)})` },
          ]}
        />

        <h2 className="da-print-h2">{t('deskadmin.person.consents')}</h2>
        {trail.consents.length === 0 ? (
          <Text>{t('deskadmin.person.noConsents')}</Text>
        ) : (
          <Table className="da-table da-print-table" withTableBorder verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('deskadmin.person.consentPurposes')}</Table.Th>
                <Table.Th scope="col">{t('deskadmin.person.consentGivenBy')}</Table.Th>
                <Table.Th scope="col">{t('deskadmin.person.consentMethod')}</Table.Th>
                <Table.Th scope="col">{t('deskadmin.person.consentGivenAt')}</Table.Th>
                <Table.Th scope="col">{t('deskadmin.trail.withdrawnAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trail.consents.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.purposes.map((p) => label.consentPurpose(t, p)).join(', ')}</Table.Td>
                  <Table.Td>{label.consentRelation(t, c.givenBy)}</Table.Td>
                  <Table.Td>{label.consentMethod(t, c.method)}</Table.Td>
                  <Table.Td>{formatMoment(c.givenAt, lang)}</Table.Td>
                  <Table.Td>{c.withdrawnAt ? formatMoment(c.withdrawnAt, lang) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}

        <h2 className="da-print-h2">{t('deskadmin.trail.events', { count: trail.events.length })}</h2>
        <Table className="da-table da-print-table" withTableBorder verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" className="da-num">
                {t('deskadmin.trail.no')}
              </Table.Th>
              <Table.Th scope="col">{t('deskadmin.audit.at')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.audit.actor')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.audit.action.label')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.audit.entity.label')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.audit.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {trail.events.map((e, i) => (
              <Table.Tr key={e.seq}>
                <Table.Td className="da-num">{i + 1}</Table.Td>
                <Table.Td className="da-nowrap">{formatMoment(e.at, lang)}</Table.Td>
                <Table.Td>{e.actorLabel}</Table.Td>
                <Table.Td>{actionLabel(t, e.action)}</Table.Td>
                <Table.Td>{entityLabel(t, e.entity)}</Table.Td>
                <Table.Td className="da-details">{formatDetails(e.details, labels)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {trail.truncated && <Text mt="sm">{t('deskadmin.trail.truncated', { count: trail.events.length })}</Text>}

        <footer className="da-print-footer">
          <Text size="sm">{t('deskadmin.trail.footer')}</Text>
          <div className="da-signature">
            <div>
              <Text>{t('deskadmin.trail.signOfficer')}</Text>
              <div className="da-signature-line" />
              <Text>{user.displayName}</Text>
            </div>
            <div>
              <Text>{t('deskadmin.trail.signSubject')}</Text>
              <div className="da-signature-line" />
              <Text>{trail.person?.fullName ?? ''}</Text>
            </div>
          </div>
        </footer>
      </article>
      {stepUp.dialog}
    </div>
  );
}
