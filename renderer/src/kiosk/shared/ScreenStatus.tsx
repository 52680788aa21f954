import { Button, Loader } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <div className="kiosk-status" role="status">
      <Loader size="lg" aria-hidden />
      <p>{t('kiosk.common.loading')}</p>
    </div>
  );
}

/** The core's own Indonesian message, and a way to try again; the visitor can always ask the officer. */
export function ScreenFailed({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="kiosk-status kiosk-status-failed" role="alert">
      <IconAlertTriangle aria-hidden size={56} />
      <p className="kiosk-status-title">{t('kiosk.common.failedTitle')}</p>
      <p>{message}</p>
      <p>{t('kiosk.common.askOfficer')}</p>
      {onRetry && (
        <Button size="xl" leftSection={<IconRefresh aria-hidden size={28} />} onClick={onRetry}>
          {t('kiosk.common.retry')}
        </Button>
      )}
    </div>
  );
}
