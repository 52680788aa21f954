import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n';

/**
 * Two plain buttons, each language named in itself, so someone who cannot read the current one
 * still finds theirs. `aria-pressed` tells screen readers which is on.
 */
export function LanguageSwitch({ size = 'sm' }: { size?: 'sm' | 'xl' }) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap={size === 'xl' ? 'sm' : 6} role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((lng) => {
        const active = i18n.resolvedLanguage === lng;
        return (
          <Button
            key={lng}
            lang={lng}
            size={size}
            // On the kiosk the choice must jump out; in the staff header it must not shout.
            variant={size === 'xl' ? (active ? 'filled' : 'default') : active ? 'light' : 'subtle'}
            aria-pressed={active}
            onClick={() => void i18n.changeLanguage(lng)}
          >
            {t(`language.${lng}`, { lng })}
          </Button>
        );
      })}
    </Group>
  );
}
