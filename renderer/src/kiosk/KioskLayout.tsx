import { Button, Group, Text } from '@mantine/core';
import { IconLock, IconTextIncrease } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROUTES } from '../app/routes';
import { formatLongDate } from '../i18n/format';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { useNow } from '../ui/use-now';
import './kiosk.css';

/**
 * The public kiosk frame: screen settings on top, one idea in the middle, the date and a
 * discreet staff entrance at the bottom. Later kiosk screens (information tiles, articles,
 * queue numbers) render inside `children`.
 */
export function KioskLayout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const [largeText, setLargeText] = useState(false);

  // Scaling the root font size grows every rem-based size together, like a browser zoom.
  useEffect(() => {
    const root = document.documentElement;
    if (largeText) root.dataset.textSize = 'large';
    else delete root.dataset.textSize;
    return () => {
      delete root.dataset.textSize;
    };
  }, [largeText]);

  return (
    <div className="kiosk">
      <header className="kiosk-bar">
        <Text className="kiosk-brand" component="p">
          {t('app.name')}
        </Text>
        <Group gap="md" role="group" aria-label={t('kiosk.settings')}>
          <LanguageSwitch size="xl" />
          <Button
            size="xl"
            variant={largeText ? 'filled' : 'default'}
            aria-pressed={largeText}
            leftSection={<IconTextIncrease aria-hidden size={30} />}
            onClick={() => setLargeText((v) => !v)}
          >
            {t('kiosk.largeText')}
          </Button>
        </Group>
      </header>
      <main className="kiosk-main">{children}</main>
      <footer className="kiosk-bar kiosk-footer">
        <Text component="p" className="kiosk-date">
          {formatLongDate(now, i18n.resolvedLanguage ?? 'id')}
        </Text>
        <Button
          component="a"
          href={`#${ROUTES.login}`}
          size="xl"
          variant="subtle"
          color="gray"
          className="kiosk-staff-link"
          leftSection={<IconLock aria-hidden size={24} />}
        >
          {t('kiosk.staffLogin')}
        </Button>
      </footer>
    </div>
  );
}
