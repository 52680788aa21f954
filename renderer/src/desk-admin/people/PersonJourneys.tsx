import { Anchor, Button, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DESK_ADMIN_PATHS, staffHref } from '../paths';
import { deskApi } from '../shared/client';
import { countryName, formatDay } from '../shared/format';
import { LoadProblem } from '../shared/LoadProblem';
import { label } from '../shared/labels';
import { useLoad } from '../shared/use-load';

/** A person's migration episodes, newest first, with a way to record another. */
export function PersonJourneys({ personId, canChange }: { personId: string; canChange: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  const fetcher = useCallback(() => deskApi.call('journeys.listByPerson', { personId }), [personId]);
  const journeys = useLoad(fetcher);

  return (
    <div className="da-stack">
      {journeys.error && <LoadProblem error={journeys.error} onRetry={journeys.reload} />}
      {journeys.value && journeys.value.items.length === 0 && (
        <Text className="da-empty">{t('deskadmin.person.noJourneys')}</Text>
      )}
      {journeys.value && journeys.value.items.length > 0 && (
        <Table
          className="da-table"
          striped
          withTableBorder
          verticalSpacing="xs"
          aria-label={t('deskadmin.person.journeys')}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('deskadmin.journeyForm.status')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.journeyForm.destination')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.journeyForm.job')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.journeyForm.scheme')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.journeys.agency')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.journeys.permission')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.journeys.departed')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.journeys.expectedReturn')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.journeys.returned')}</Table.Th>
              <Table.Th scope="col">
                <span className="da-visually-hidden">{t('deskadmin.users.colActions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {journeys.value.items.map((j) => (
              <Table.Tr key={j.id}>
                <Table.Td>{label.journeyStatus(t, j.status)}</Table.Td>
                <Table.Td>{countryName(j.destination, lang) || '—'}</Table.Td>
                <Table.Td>{j.job ?? '—'}</Table.Td>
                <Table.Td>{j.scheme ? label.journeyScheme(t, j.scheme) : '—'}</Table.Td>
                <Table.Td>{j.agency?.name ?? '—'}</Table.Td>
                <Table.Td className="da-nowrap">{formatDay(j.familyPermissionAcknowledgedOn, lang) || '—'}</Table.Td>
                <Table.Td className="da-nowrap">{formatDay(j.departedOn, lang) || '—'}</Table.Td>
                <Table.Td className="da-nowrap">{formatDay(j.expectedReturnOn, lang) || '—'}</Table.Td>
                <Table.Td className="da-nowrap">{formatDay(j.returnedOn, lang) || '—'}</Table.Td>
                <Table.Td>
                  {canChange && (
                    <Anchor href={staffHref(DESK_ADMIN_PATHS.journeyEdit(personId, j.id))}>
                      {t('deskadmin.person.editJourney')}
                      <span className="da-visually-hidden">
                        {' '}
                        {t('deskadmin.person.journeyTo', { country: countryName(j.destination, lang) || '—' })}
                      </span>
                    </Anchor>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canChange && (
        <div>
          <Button
            component="a"
            href={staffHref(DESK_ADMIN_PATHS.journeyNew(personId))}
            variant="light"
            leftSection={<IconPlus aria-hidden size={18} />}
          >
            {t('deskadmin.person.addJourney')}
          </Button>
        </div>
      )}
    </div>
  );
}
