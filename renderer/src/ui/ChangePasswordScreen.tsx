import { Alert, Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../electron/shared/domain';
import { useDocumentTitle } from '../app/use-document-title';
import { ChangePasswordForm } from './ChangePasswordForm';
import './session.css';

/**
 * First screen of an account whose password an admin has just set or reset: the core answers
 * every other staff call with FORBIDDEN until its owner picks their own password.
 */
export function ChangePasswordScreen({
  displayName,
  onDone,
  onLogout,
}: {
  displayName: string;
  onDone: (user: User) => void;
  onLogout: () => void;
}) {
  const { t } = useTranslation();
  useDocumentTitle(t('session.changeDocumentTitle'));
  return (
    <div className="session-page">
      <Paper withBorder radius="lg" p="xl" shadow="sm" component="main" className="session-card">
        <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
          <div>
            <Text className="session-brand">{t('app.name')}</Text>
            <Title order={1} size="h2">
              {t('session.changeTitle')}
            </Title>
          </div>
          <Button variant="default" leftSection={<IconLogout aria-hidden size={18} />} onClick={onLogout}>
            {t('staff.logout')}
          </Button>
        </Group>
        <Alert color="balai" variant="light" icon={<IconInfoCircle aria-hidden />} mb="md">
          {t('session.changeIntro', { name: displayName })}
        </Alert>
        <ChangePasswordForm onDone={onDone} />
      </Paper>
    </div>
  );
}
