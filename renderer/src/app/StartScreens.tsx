import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function StartLoading() {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" role="status" aria-label={t('app.loading')}>
      <Loader size="lg" />
    </Center>
  );
}

export function StartError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="xl">
      <Stack maw={560} gap="lg">
        <Alert color="red" variant="light" title={t('app.startFailed')} icon={<IconAlertTriangle aria-hidden />}>
          {message}
        </Alert>
        <Button size="lg" leftSection={<IconRefresh aria-hidden />} onClick={onRetry}>
          {t('app.retry')}
        </Button>
      </Stack>
    </Center>
  );
}
