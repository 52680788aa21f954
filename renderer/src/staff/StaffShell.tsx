import { Button, Group, NavLink, Text } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { ROUTES } from '../app/routes';
import { DemoBanner } from '../ui/DemoBanner';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { i18nVillageName } from '../village/i18n-village-name';
import { navFor } from './navigation';
import { useStaffSession } from './session';
import './staff.css';

/** Header (village, account, logout), the menu, and the page. Plain CSS grid: no injected styles. */
export function StaffShell({ children, onLogout }: { children: ReactNode; onLogout: () => void }) {
  const { t } = useTranslation();
  const { user, village } = useStaffSession();
  const [location] = useLocation();

  return (
    <div className="staff-shell">
      <DemoBanner className="staff-demo" />
      <header className="staff-header">
        <div className="staff-title">
          <Text className="staff-app-name">{t('app.name')}</Text>
          <Text className="staff-village">{i18nVillageName(t, village)}</Text>
        </div>
        <Group gap="md" wrap="nowrap">
          <LanguageSwitch />
          <div className="staff-account">
            <Text fw={600} lh={1.2}>
              {user.displayName}
            </Text>
            <Text size="sm" c="dimmed" lh={1.2}>
              {t(`staff.roles.${user.role}`)}
            </Text>
          </div>
          <Button variant="default" leftSection={<IconLogout aria-hidden size={18} />} onClick={onLogout}>
            {t('staff.logout')}
          </Button>
        </Group>
      </header>
      <nav className="staff-nav" aria-label={t('staff.navLabel')}>
        {navFor(user.role).map((item) => {
          const active = location === item.path;
          const Icon = item.icon;
          return (
            <NavLink
              key={item.path}
              href={`#${ROUTES.staffHome}${item.path === '/' ? '' : item.path}`}
              label={t(item.labelKey)}
              leftSection={<Icon aria-hidden size={20} />}
              active={active}
              aria-current={active ? 'page' : undefined}
              variant="filled"
            />
          );
        })}
      </nav>
      <main className="staff-main">{children}</main>
    </div>
  );
}
