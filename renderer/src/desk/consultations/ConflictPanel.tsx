import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryNamer } from './countries';
import type { ConsultationValues, Group as ValueGroup } from './form-state';

export interface ConflictState {
  /** The core's sentence: saved by someone else, nothing lost, load the newest and save again. */
  message: string;
  /** The newest stored version, once loaded. */
  latest: ConsultationValues | null;
  /** Parts both officers changed: shown side by side until the officer picks. */
  conflicts: ValueGroup[];
  /** Parts only the other officer changed: taken over, and said so. */
  updated: ValueGroup[];
  loading: boolean;
}

/**
 * Shown when a save answers CONFLICT. The typed form stays as it is; "Muat ulang data terbaru"
 * brings the newest version next to it, so the officer sees both before saving again.
 */
export function ConflictPanel({
  state,
  typed,
  onReload,
  onTake,
}: {
  state: ConflictState;
  typed: ConsultationValues;
  onReload: () => void;
  onTake: (groups: ValueGroup[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  const country = useMemo(() => countryNamer(lang), [lang]);
  const describe = (v: ConsultationValues, g: ValueGroup) => describeGroup(t, country, v, g);

  return (
    <Paper withBorder radius="md" p="md" className="cf-conflict" role="alert" aria-labelledby="cf-conflict-title">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <IconAlertTriangle aria-hidden size={22} className="cf-conflict-icon" />
        <div className="cf-conflict-body">
          <Title order={2} size="h4" id="cf-conflict-title">
            {t('desk.conflict.title')}
          </Title>
          <Text fw={600}>{state.message}</Text>
          {!state.latest ? (
            <Button
              mt="xs"
              onClick={onReload}
              loading={state.loading}
              leftSection={<IconRefresh aria-hidden size={18} />}
            >
              {t('desk.conflict.reload')}
            </Button>
          ) : (
            <>
              {state.updated.length > 0 && (
                <Text mt="xs">
                  {t('desk.conflict.updated', { parts: state.updated.map((g) => t(`desk.groups.${g}`)).join(', ') })}
                </Text>
              )}
              {state.conflicts.length === 0 ? (
                <Text mt="xs">{t('desk.conflict.noClash')}</Text>
              ) : (
                <>
                  <Text mt="xs">{t('desk.conflict.clash')}</Text>
                  <table className="cf-conflict-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('desk.conflict.part')}</th>
                        <th scope="col">{t('desk.conflict.yours')}</th>
                        <th scope="col">{t('desk.conflict.latest')}</th>
                        <th scope="col">
                          <span className="desk-sr-only">{t('desk.conflict.choice')}</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {state.conflicts.map((g) => (
                        <tr key={g}>
                          <th scope="row">{t(`desk.groups.${g}`)}</th>
                          <td>{describe(typed, g)}</td>
                          <td>{state.latest ? describe(state.latest, g) : ''}</td>
                          <td>
                            <Button size="compact-sm" variant="default" onClick={() => onTake([g])}>
                              {t('desk.conflict.takeLatest')}
                              <span className="desk-sr-only"> ({t(`desk.groups.${g}`)})</span>
                            </Button>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  <Button mt="xs" size="compact-md" variant="default" onClick={() => onTake(state.conflicts)}>
                    {t('desk.conflict.takeAll')}
                  </Button>
                </>
              )}
            </>
          )}
        </div>
      </Group>
    </Paper>
  );
}

function describeGroup(t: TFunction, country: (code: string) => string, v: ConsultationValues, g: ValueGroup): string {
  const none = t('desk.conflict.empty');
  switch (g) {
    case 'channel':
      return t(`desk.channels.${v.channel}`);
    case 'visitor':
      return v.visitorMode === 'anonymous'
        ? t('desk.conflict.anonymous', { label: v.anonymousLabel })
        : (v.person?.fullName ?? none);
    case 'relation':
      return v.relation ? t(`desk.relations.${v.relation}`) : none;
    case 'topics':
      return v.topics.map((topic) => t(`desk.topics.${topic}`)).join(', ') || none;
    case 'destination':
      return v.destination ? country(v.destination) : none;
    case 'summary':
      return v.summary.trim() || none;
    case 'flags':
      return (
        [
          v.nonProcedural ? t('desk.flags.nonProcedural') : '',
          v.traffickingSuspected ? t('desk.flags.traffickingSuspected') : '',
        ]
          .filter(Boolean)
          .join(', ') || none
      );
    case 'referrals':
      return (
        v.referrals
          .map((r) =>
            r === 'other' ? `${t('desk.referrals.other')}: ${v.referralOtherNote}` : t(`desk.referrals.${r}`),
          )
          .join(', ') || none
      );
    case 'status':
      return t(`desk.statuses.${v.status}`);
  }
}
