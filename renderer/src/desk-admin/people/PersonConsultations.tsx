import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { TOPIC_LABELS } from '../../../../electron/shared/desk';
import { consultationPath } from '../../desk/paths';
import { staffHref } from '../paths';
import { deskApi } from '../shared/client';
import { formatMoment } from '../shared/format';
import { LoadProblem } from '../shared/LoadProblem';
import { useLoad } from '../shared/use-load';

const SHOWN = 10;

/** The person's latest consultations (consultations.list by person), linked to the desk's own page. */
export function PersonConsultations({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  const fetcher = useCallback(
    () => deskApi.call('consultations.list', { filters: { personId }, limit: SHOWN }),
    [personId],
  );
  const list = useLoad(fetcher);

  if (list.error) return <LoadProblem error={list.error} onRetry={list.reload} />;
  if (!list.value) return null;
  if (list.value.items.length === 0) return <Text className="da-empty">{t('deskadmin.person.noConsultations')}</Text>;
  return (
    <>
      <Table
        className="da-table"
        striped
        withTableBorder
        verticalSpacing="xs"
        aria-label={t('deskadmin.person.consultations')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('deskadmin.person.consultationAt')}</Table.Th>
            <Table.Th scope="col">{t('deskadmin.person.consultationTopics')}</Table.Th>
            <Table.Th scope="col">{t('deskadmin.person.consultationSummary')}</Table.Th>
            <Table.Th scope="col">{t('deskadmin.person.consentStatus')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.value.items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td className="da-nowrap">
                <Anchor href={staffHref(consultationPath(c.id))}>{formatMoment(c.at, lang)}</Anchor>
              </Table.Td>
              <Table.Td>{c.topics.map((topic) => TOPIC_LABELS[topic]).join(', ')}</Table.Td>
              <Table.Td>{c.summaryPreview || '—'}</Table.Td>
              <Table.Td>
                <Badge className="da-badge" variant="light" color={c.status === 'closed' ? 'gray' : 'balai'}>
                  {t(`deskadmin.consultationStatus.${c.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.value.nextCursor && (
        <Text size="sm" mt={4}>
          {t('deskadmin.person.moreConsultations', { count: SHOWN })}
        </Text>
      )}
    </>
  );
}
