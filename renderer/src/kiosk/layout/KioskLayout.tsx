import { Button } from '@mantine/core';
import { IconDoorExit, IconLock, IconShieldLock, IconTextIncrease } from '@tabler/icons-react';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ROUTES } from '../../app/routes';
import { formatLongDate } from '../../i18n/format';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { useNow } from '../../ui/use-now';
import { villageDisplayName } from '../../village/village-name';
import { kioskPath } from '../kiosk-routes';
import { resetVisitor, updateVisitor, useVisitor } from '../session/visitor';
import { KioskLink } from '../shared/KioskLink';
import { useKioskProfile } from '../shared/profile';
import './kiosk.css';

/**
 * The public kiosk frame, the same on every kiosk screen: who runs this kiosk and the screen
 * settings (language, larger text, "Selesai") on top, one idea in the middle, the date, where to
 * ask a person, and a discreet staff entrance at the bottom. On the home screen the brand is the
 * page's h1; on other screens each screen names itself.
 */
export function KioskLayout({ children, home = false }: { children: ReactNode; home?: boolean }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const profile = useKioskProfile();
  const largeText = useVisitor((s) => s.largeText);

  // Scaling the root font size grows every rem-based size together, like a browser zoom.
  useEffect(() => {
    const root = document.documentElement;
    if (largeText) root.dataset.textSize = 'large';
    else delete root.dataset.textSize;
    return () => {
      delete root.dataset.textSize;
    };
  }, [largeText]);

  const village =
    profile.villageName &&
    villageDisplayName(profile.villageName, profile.regionCode ?? '', (kind, name) => t(`village.${kind}`, { name }));
  const Brand = home ? 'h1' : 'p';

  return (
    <div className="kiosk">
      <header className="kiosk-bar kiosk-header">
        <div className="kiosk-brand-block">
          <Brand className="kiosk-brand">
            <span>{t('app.name')}</span>
            {village && <span className="kiosk-village"> · {village}</span>}
          </Brand>
          <p className="kiosk-tagline">{t('app.tagline')}</p>
          {profile.demo && <p className="kiosk-demo">{t('kiosk.demo')}</p>}
        </div>
        <fieldset className="kiosk-controls" aria-label={t('kiosk.settings')}>
          <LanguageSwitch size="xl" />
          <Button
            size="xl"
            variant={largeText ? 'filled' : 'default'}
            aria-pressed={largeText}
            leftSection={<IconTextIncrease aria-hidden size={30} />}
            onClick={() => updateVisitor((s) => ({ ...s, largeText: !s.largeText }))}
          >
            {t('kiosk.largeText')}
          </Button>
          <Button
            size="xl"
            // Found at a glance on every screen: its own strong colour (white on red 9: 5.9:1).
            color="red.9"
            leftSection={<IconDoorExit aria-hidden size={30} />}
            onClick={resetVisitor}
          >
            {t('kiosk.finish')}
          </Button>
        </fieldset>
      </header>
      <main className="kiosk-main">{children}</main>
      <footer className="kiosk-bar kiosk-footer">
        <p className="kiosk-date">{formatLongDate(now, i18n.resolvedLanguage ?? 'id')}</p>
        <p className="kiosk-ask">{t('kiosk.askOfficer')}</p>
        <div className="kiosk-footer-links">
          <KioskLink to={kioskPath.category('privasi')} className="kiosk-quiet-link">
            <IconShieldLock aria-hidden size={24} />
            {t('kiosk.privacyLink')}
          </KioskLink>
          <a href={`#${ROUTES.login}`} className="kiosk-quiet-link kiosk-staff-link">
            <IconLock aria-hidden size={24} />
            {t('kiosk.staffLogin')}
          </a>
        </div>
      </footer>
    </div>
  );
}
