import { Paper, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMessageCircleQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/use-document-title';
import { KioskLayout } from './KioskLayout';

/**
 * The kiosk's first screen. For now it only welcomes and points to the service desk: the
 * information tiles arrive with the content feature, and nothing here leads to an empty page.
 */
export function KioskHome() {
  const { t } = useTranslation();
  useDocumentTitle(t('kiosk.documentTitle'));
  return (
    <KioskLayout>
      <section className="kiosk-hero" aria-labelledby="kiosk-title">
        <Text className="kiosk-welcome">{t('kiosk.welcome')}</Text>
        <Title order={1} id="kiosk-title" className="kiosk-title">
          {t('app.name')}
        </Title>
        <Text className="kiosk-tagline">{t('app.tagline')}</Text>
        <Paper className="kiosk-help" withBorder radius="lg" p="xl">
          <ThemeIcon size={88} radius="xl" variant="light" aria-hidden>
            <IconMessageCircleQuestion size={56} />
          </ThemeIcon>
          <div>
            <Text className="kiosk-help-question">{t('kiosk.intro')}</Text>
            <Text>{t('kiosk.askOfficer')}</Text>
          </div>
        </Paper>
      </section>
    </KioskLayout>
  );
}
