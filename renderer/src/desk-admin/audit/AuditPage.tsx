import { Anchor, Button, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DESK_ADMIN_PATHS, staffHref } from '../paths';
import { deskApi } from '../shared/client';
import { formatMoment } from '../shared/format';
import { LoadProblem } from '../shared/LoadProblem';
import { PageHeader } from '../shared/PageHeader';
import { PagerBar } from '../shared/PagerBar';
import { usePager } from '../shared/pager';
import { useLoad } from '../shared/use-load';
import { type AuditFilterValues, auditListInput, NO_AUDIT_FILTERS } from './audit-filters';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, actionLabel, detailWords, entityLabel, formatDetails } from './audit-labels';
import { ChainStatus } from './ChainStatus';

/** Log audit (admin): who did what to which record, newest first, and whether the chain is whole. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  const [filters, setFilters] = useState<AuditFilterValues>(NO_AUDIT_FILTERS);
  const pager = usePager<number>();
  const fetcher = useCallback(
    () => deskApi.call('audit.list', auditListInput(filters, pager.cursor)),
    [filters, pager.cursor],
  );
  const rows = useLoad(fetcher);
  const usersFetcher = useCallback(() => deskApi.call('users.list'), []);
  const users = useLoad(usersFetcher);
  const labels = useMemo(() => detailWords(t), [t]);

  const setFilter = (key: keyof AuditFilterValues, value: string) => {
    setFilters((f) => ({ ...f, [key]: value }));
    pager.reset();
  };

  const all = t('deskadmin.common.all');
  const filtered = Object.values(filters).some(Boolean);
  return (
    <div className="da-page">
      <PageHeader title={t('deskadmin.audit.title')} intro={t('deskadmin.audit.intro')} />
      <ChainStatus />

      <fieldset className="da-filters da-audit-filters">
        <legend className="da-visually-hidden">{t('deskadmin.common.filters')}</legend>
        <NativeSelect
          label={t('deskadmin.audit.action.label')}
          value={filters.action}
          onChange={(e) => setFilter('action', e.currentTarget.value)}
          data={[{ value: '', label: all }, ...AUDIT_ACTIONS.map((a) => ({ value: a, label: actionLabel(t, a) }))]}
        />
        <NativeSelect
          label={t('deskadmin.audit.entity.label')}
          value={filters.entity}
          onChange={(e) => setFilter('entity', e.currentTarget.value)}
          data={[{ value: '', label: all }, ...AUDIT_ENTITIES.map((en) => ({ value: en, label: entityLabel(t, en) }))]}
        />
        <NativeSelect
          label={t('deskadmin.audit.actor')}
          value={filters.actorUserId}
          onChange={(e) => setFilter('actorUserId', e.currentTarget.value)}
          data={[
            { value: '', label: all },
            ...(users.value?.users ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` })),
          ]}
        />
        <TextInput
          type="date"
          label={t('deskadmin.audit.from')}
          value={filters.from}
          onChange={(e) => setFilter('from', e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('deskadmin.audit.to')}
          value={filters.to}
          onChange={(e) => setFilter('to', e.currentTarget.value)}
        />
        {filtered && (
          <Button
            variant="subtle"
            className="da-filter-reset"
            leftSection={<IconFilterOff aria-hidden size={16} />}
            onClick={() => {
              setFilters(NO_AUDIT_FILTERS);
              pager.reset();
            }}
          >
            {t('deskadmin.common.clearFilters')}
          </Button>
        )}
      </fieldset>

      {rows.error && <LoadProblem error={rows.error} onRetry={rows.reload} />}
      {rows.value && rows.value.items.length === 0 && <Text className="da-empty">{t('deskadmin.audit.empty')}</Text>}
      {rows.value && rows.value.items.length > 0 && (
        <Table
          className="da-table da-table-compact"
          striped
          withTableBorder
          verticalSpacing={4}
          aria-label={t('deskadmin.audit.tableLabel')}
          aria-busy={rows.status === 'loading'}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" className="da-num">
                {t('deskadmin.audit.seq')}
              </Table.Th>
              <Table.Th scope="col">{t('deskadmin.audit.at')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.audit.actor')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.audit.action.label')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.audit.entity.label')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.audit.subject')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.audit.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.value.items.map((e) => (
              <Table.Tr key={e.seq}>
                <Table.Td className="da-num da-mono">{e.seq}</Table.Td>
                <Table.Td className="da-nowrap">{formatMoment(e.at, lang)}</Table.Td>
                <Table.Td>{e.actorLabel}</Table.Td>
                <Table.Td>{actionLabel(t, e.action)}</Table.Td>
                <Table.Td>{entityLabel(t, e.entity)}</Table.Td>
                <Table.Td className="da-nowrap">
                  {e.subjectPersonId ? (
                    <Anchor href={staffHref(DESK_ADMIN_PATHS.person(e.subjectPersonId))}>
                      {t('deskadmin.audit.openPerson')}
                    </Anchor>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td className="da-details">{formatDetails(e.details, labels)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <PagerBar
        label={t('deskadmin.audit.pagerLabel')}
        page={pager.page}
        hasNext={rows.value?.nextCursor != null}
        loading={rows.status === 'loading'}
        onPrevious={pager.previous}
        onNext={() => rows.value?.nextCursor != null && pager.next(rows.value.nextCursor)}
      />
    </div>
  );
}
