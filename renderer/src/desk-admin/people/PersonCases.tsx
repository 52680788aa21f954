import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DESK_ADMIN_PATHS, staffHref } from '../paths';
import { deskApi } from '../shared/client';
import { formatDayOf } from '../shared/format';
import { LoadProblem } from '../shared/LoadProblem';
import { label, RISK_COLOR, STATUS_COLOR } from '../shared/labels';
import { useLoad } from '../shared/use-load';

const SHOWN = 10;

/** The complaints this person is part of (as reporter, victim or otherwise), newest first. */
export function PersonCases({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  const fetcher = useCallback(() => deskApi.call('cases.list', { filters: { personId }, limit: SHOWN }), [personId]);
  const list = useLoad(fetcher);

  if (list.error) return <LoadProblem error={list.error} onRetry={list.reload} />;
  if (!list.value) return null;
  if (list.value.items.length === 0) return <Text className="da-empty">{t('deskadmin.person.noCases')}</Text>;
  return (
    <>
      <Table className="da-table" striped withTableBorder verticalSpacing="xs" aria-label={t('deskadmin.person.cases')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('deskadmin.cases.code')}</Table.Th>
            <Table.Th scope="col">{t('deskadmin.cases.kind')}</Table.Th>
            <Table.Th scope="col">{t('deskadmin.cases.risk')}</Table.Th>
            <Table.Th scope="col">{t('deskadmin.cases.status')}</Table.Th>
            <Table.Th scope="col">{t('deskadmin.cases.openedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.value.items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td className="da-nowrap">
                <Anchor href={staffHref(DESK_ADMIN_PATHS.case(c.id))} className="da-mono">
                  {c.referenceCode}
                </Anchor>
              </Table.Td>
              <Table.Td>{label.caseKind(t, c.kind)}</Table.Td>
              <Table.Td>
                <Badge className="da-badge" variant="light" color={RISK_COLOR[c.risk]}>
                  {label.caseRisk(t, c.risk)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Badge className="da-badge" variant="light" color={STATUS_COLOR[c.status]}>
                  {label.caseStatus(t, c.status)}
                </Badge>
              </Table.Td>
              <Table.Td className="da-nowrap">{formatDayOf(c.openedAt, lang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.value.nextCursor && (
        <Text size="sm" mt={4}>
          {t('deskadmin.person.moreCases', { count: SHOWN })}
        </Text>
      )}
    </>
  );
}
