import { Anchor, Badge, Table, Tabs, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCalendarDue, IconPlaneDeparture } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { JOURNEY_LIST_KINDS, type JourneyListKind } from '../../../../electron/shared/desk';
import { DESK_ADMIN_PATHS, staffHref } from '../paths';
import { PersonFinder } from '../people/PersonFinder';
import { deskApi } from '../shared/client';
import { countryName, formatDay, formatMonth, jakartaToday } from '../shared/format';
import { LoadProblem } from '../shared/LoadProblem';
import { label } from '../shared/labels';
import { PageHeader } from '../shared/PageHeader';
import { PagerBar } from '../shared/PagerBar';
import { useLoad } from '../shared/use-load';

/** The core returns up to 500 rows per list; the screen shows them a page at a time. */
export const JOURNEYS_PER_PAGE = 25;

const ICONS = {
  departing_this_month: IconPlaneDeparture,
  contract_ending_3_months: IconCalendarDue,
  non_procedural_suspected: IconAlertTriangle,
} as const;

/**
 * Riwayat Migrasi: the village's monitoring lists (UU 18/2017 Pasal 42). A person's own
 * episodes are recorded on their page; this screen finds who needs attention.
 */
export function JourneyListsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  const [, navigate] = useLocation();
  const [kind, setKind] = useState<JourneyListKind>('departing_this_month');
  const [month, setMonth] = useState(() => jakartaToday().slice(0, 7));
  const [page, setPage] = useState(1);
  const fetcher = useCallback(
    () => deskApi.call('journeys.lists', kind === 'departing_this_month' && month ? { kind, month } : { kind }),
    [kind, month],
  );
  const list = useLoad(fetcher);
  const value = list.value && list.value.kind === kind ? list.value : null;
  const shown = value?.items.slice((page - 1) * JOURNEYS_PER_PAGE, page * JOURNEYS_PER_PAGE) ?? [];

  const period = () => {
    if (!value?.from || !value.to) return t('deskadmin.journeys.periodNone');
    if (kind === 'departing_this_month')
      return t('deskadmin.journeys.periodMonth', { month: formatMonth(month, lang) });
    return t('deskadmin.journeys.periodRange', { from: formatDay(value.from, lang), to: formatDay(value.to, lang) });
  };

  return (
    <div className="da-page">
      <PageHeader title={t('deskadmin.journeys.title')} intro={t('deskadmin.journeys.intro')} />
      <div className="da-toolbar">
        <PersonFinder
          label={t('deskadmin.journeys.findPerson')}
          hint={t('deskadmin.journeys.findPersonHint')}
          pickLabel={t('deskadmin.journeys.openPerson')}
          onPick={(p) => navigate(DESK_ADMIN_PATHS.person(p.id))}
        />
      </div>

      <Tabs
        value={kind}
        onChange={(v) => {
          if (!v) return;
          setKind(v as JourneyListKind);
          setPage(1);
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('deskadmin.journeys.listsLabel')}>
          {JOURNEY_LIST_KINDS.map((k) => {
            const Icon = ICONS[k];
            return (
              <Tabs.Tab key={k} value={k} leftSection={<Icon aria-hidden size={18} />} className="da-tab">
                {t(`deskadmin.journeys.kind.${k}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {JOURNEY_LIST_KINDS.map((k) => (
          <Tabs.Panel key={k} value={k} pt="md">
            <div className="da-list-head">
              <Text fw={600}>{period()}</Text>
              {k === 'departing_this_month' && (
                <TextInput
                  type="month"
                  label={t('deskadmin.journeys.month')}
                  value={month}
                  onChange={(e) => {
                    setMonth(e.currentTarget.value);
                    setPage(1);
                  }}
                  className="da-month-input"
                />
              )}
              <Text size="sm">{t(`deskadmin.journeys.explain.${k}`)}</Text>
            </div>
            {list.error && <LoadProblem error={list.error} onRetry={list.reload} />}
            {value && value.items.length === 0 && <Text className="da-empty">{t('deskadmin.journeys.empty')}</Text>}
            {value && value.items.length > 0 && (
              <Table
                className="da-table"
                striped
                withTableBorder
                verticalSpacing="xs"
                aria-label={t(`deskadmin.journeys.kind.${k}`)}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('deskadmin.journeys.name')}</Table.Th>
                    <Table.Th scope="col">{t('deskadmin.journeyForm.status')}</Table.Th>
                    <Table.Th scope="col">{t('deskadmin.journeyForm.destination')}</Table.Th>
                    <Table.Th scope="col">{t('deskadmin.journeyForm.job')}</Table.Th>
                    <Table.Th scope="col">{t('deskadmin.journeyForm.scheme')}</Table.Th>
                    <Table.Th scope="col">{t('deskadmin.journeys.agency')}</Table.Th>
                    <Table.Th scope="col">{t('deskadmin.journeys.departed')}</Table.Th>
                    <Table.Th scope="col">{t('deskadmin.journeys.expectedReturn')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((j) => (
                    <Table.Tr key={j.id}>
                      <Table.Td className="da-nowrap">
                        <Anchor href={staffHref(DESK_ADMIN_PATHS.person(j.personId))} fw={600}>
                          {j.personName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{label.journeyStatus(t, j.status)}</Table.Td>
                      <Table.Td>{countryName(j.destination, lang) || '—'}</Table.Td>
                      <Table.Td>{j.job ?? '—'}</Table.Td>
                      <Table.Td>
                        {j.scheme === 'non_procedural_suspected' ? (
                          <Badge className="da-badge" variant="light" color="red">
                            {label.journeyScheme(t, j.scheme)}
                          </Badge>
                        ) : j.scheme ? (
                          label.journeyScheme(t, j.scheme)
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                      <Table.Td>{j.agency?.name ?? '—'}</Table.Td>
                      <Table.Td className="da-nowrap">{formatDay(j.departedOn, lang) || '—'}</Table.Td>
                      <Table.Td className="da-nowrap">{formatDay(j.expectedReturnOn, lang) || '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {value && (
              <PagerBar
                label={t('deskadmin.journeys.pagerLabel')}
                page={page}
                hasNext={value.items.length > page * JOURNEYS_PER_PAGE}
                onPrevious={() => setPage((p) => Math.max(1, p - 1))}
                onNext={() => setPage((p) => p + 1)}
              />
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </div>
  );
}
