import { Alert, Anchor, Table, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES } from '../../../../electron/shared/desk';
import { DESK_ADMIN_PATHS, staffHref } from '../paths';
import { deskApi } from '../shared/client';
import { LoadProblem } from '../shared/LoadProblem';
import { label } from '../shared/labels';
import { PageHeader } from '../shared/PageHeader';
import { useLoad } from '../shared/use-load';
import { CaseTable } from './CaseTable';

/**
 * Complaints per P3MI (cases.byAgency): which companies families complain about. Staff only:
 * a count is not a verdict, so it never goes to the kiosk.
 */
export function CasesByAgencyPage({ agencyId }: { agencyId?: string }) {
  const { t } = useTranslation();
  const fetcher = useCallback(() => deskApi.call('cases.byAgency', agencyId ? { agencyId } : {}), [agencyId]);
  const loaded = useLoad(fetcher);
  const value = loaded.value;

  const staffOnly = (
    <Alert variant="light" color="gray" icon={<IconLock aria-hidden />} mb="md">
      {t('deskadmin.byAgency.staffOnly')}
    </Alert>
  );

  if (agencyId) {
    const one = value && 'agency' in value ? value : null;
    return (
      <div className="da-page">
        <PageHeader
          title={one ? one.agency.name : t('deskadmin.byAgency.title')}
          intro={one ? t('deskadmin.byAgency.licence', { number: one.agency.licenceNumber }) : undefined}
          back={{ href: staffHref(DESK_ADMIN_PATHS.casesByAgency), label: t('deskadmin.byAgency.back') }}
        />
        {staffOnly}
        {loaded.error && <LoadProblem error={loaded.error} onRetry={loaded.reload} />}
        {one && (
          <>
            <dl className="da-counts">
              <div>
                <dt>{t('deskadmin.byAgency.total')}</dt>
                <dd>{one.counts.total}</dd>
              </div>
              {CASE_STATUSES.map((s) => (
                <div key={s}>
                  <dt>{label.caseStatus(t, s)}</dt>
                  <dd>{one.counts[s]}</dd>
                </div>
              ))}
            </dl>
            {one.byKind.length > 0 && (
              <>
                <Title order={2} size="h4" mt="md" mb="xs">
                  {t('deskadmin.byAgency.byKind')}
                </Title>
                <ul className="da-plain-list">
                  {one.byKind.map((k) => (
                    <li key={k.kind}>
                      {label.caseKind(t, k.kind)}: <strong>{k.count}</strong>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <Title order={2} size="h4" mt="md" mb="xs">
              {t('deskadmin.byAgency.cases')}
            </Title>
            <CaseTable items={one.cases} columns={['code', 'kind', 'status', 'openedAt']} />
          </>
        )}
      </div>
    );
  }

  const list = value && 'agencies' in value ? value.agencies : null;
  return (
    <div className="da-page">
      <PageHeader
        title={t('deskadmin.byAgency.title')}
        intro={t('deskadmin.byAgency.intro')}
        back={{ href: staffHref(DESK_ADMIN_PATHS.cases), label: t('deskadmin.cases.backToList') }}
      />
      {staffOnly}
      {loaded.error && <LoadProblem error={loaded.error} onRetry={loaded.reload} />}
      {list && list.length === 0 && <Text className="da-empty">{t('deskadmin.byAgency.empty')}</Text>}
      {list && list.length > 0 && (
        <Table
          className="da-table"
          striped
          withTableBorder
          verticalSpacing="xs"
          aria-label={t('deskadmin.byAgency.title')}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('deskadmin.byAgency.agency')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.byAgency.licenceCol')}</Table.Th>
              <Table.Th scope="col" className="da-num">
                {t('deskadmin.byAgency.total')}
              </Table.Th>
              <Table.Th scope="col" className="da-num">
                {t('deskadmin.byAgency.open')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((row) => (
              <Table.Tr key={row.agency.id}>
                <Table.Td>
                  <Anchor href={staffHref(DESK_ADMIN_PATHS.casesOfAgency(row.agency.id))}>{row.agency.name}</Anchor>
                </Table.Td>
                <Table.Td className="da-mono">{row.agency.licenceNumber}</Table.Td>
                <Table.Td className="da-num">{row.total}</Table.Td>
                <Table.Td className="da-num">{row.open}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}
