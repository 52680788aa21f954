import { Group, Paper, Text, Title } from '@mantine/core';
import { IconBuildingCommunity, IconInfoCircle, IconUser } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/use-document-title';
import { formatLongDate } from '../i18n/format';
import { i18nVillageName } from '../village/i18n-village-name';
import { InfoList } from './InfoList';
import { useStaffSession } from './session';

/** The staff home: only facts the app really holds today (village, account, versions). */
export function StaffHome() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('staff.home.documentTitle'));
  const { user, village, health, region } = useStaffSession();

  return (
    <div className="staff-page">
      <header className="staff-page-header">
        <Title order={1} size="h2">
          {t('staff.home.greeting', { name: user.displayName })}
        </Title>
        <Text c="dimmed">{formatLongDate(new Date(), i18n.resolvedLanguage ?? 'id')}</Text>
      </header>
      <div className="staff-cards">
        <Card icon={<IconBuildingCommunity aria-hidden size={22} />} title={t('staff.home.village.title')}>
          <InfoList
            items={[
              { label: t('staff.home.village.name'), value: i18nVillageName(t, village) },
              { label: t('staff.home.village.code'), value: village.regionCode },
              ...(region
                ? [
                    {
                      label: t('staff.home.village.area'),
                      value: t('village.district', {
                        district: region.village.districtName ?? '',
                        regency: region.regencyName,
                      }),
                    },
                  ]
                : []),
              { label: t('staff.home.village.address'), value: village.address },
            ]}
          />
        </Card>
        <Card icon={<IconUser aria-hidden size={22} />} title={t('staff.home.account.title')}>
          <InfoList
            items={[
              { label: t('staff.home.account.name'), value: user.displayName },
              { label: t('staff.home.account.username'), value: user.username },
              { label: t('staff.home.account.role'), value: t(`staff.roles.${user.role}`) },
            ]}
          />
        </Card>
        <Card icon={<IconInfoCircle aria-hidden size={22} />} title={t('staff.home.about.title')}>
          <InfoList
            items={[
              { label: t('staff.home.about.version'), value: health.version },
              { label: t('staff.home.about.schema'), value: String(health.schemaVersion) },
            ]}
          />
        </Card>
      </div>
    </div>
  );
}

function Card({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={title}>
      <Group gap="xs" mb="sm" className="staff-card-title">
        {icon}
        <Title order={2} size="h4">
          {title}
        </Title>
      </Group>
      {children}
    </Paper>
  );
}
