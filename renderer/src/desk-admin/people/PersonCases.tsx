import { Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseTable } from '../cases/CaseTable';
import { deskApi } from '../shared/client';
import { LoadProblem } from '../shared/LoadProblem';
import { useLoad } from '../shared/use-load';

const SHOWN = 10;

/** The complaints this person is part of (as reporter, victim or otherwise), newest first. */
export function PersonCases({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const fetcher = useCallback(() => deskApi.call('cases.list', { filters: { personId }, limit: SHOWN }), [personId]);
  const list = useLoad(fetcher);

  if (list.error) return <LoadProblem error={list.error} onRetry={list.reload} />;
  if (!list.value) return null;
  if (list.value.items.length === 0) return <Text className="da-empty">{t('deskadmin.person.noCases')}</Text>;
  return (
    <>
      <CaseTable
        items={list.value.items}
        columns={['code', 'kind', 'risk', 'status', 'openedAt']}
        label={t('deskadmin.person.cases')}
      />
      {list.value.nextCursor && (
        <Text size="sm" mt={4}>
          {t('deskadmin.person.moreCases', { count: SHOWN })}
        </Text>
      )}
    </>
  );
}
