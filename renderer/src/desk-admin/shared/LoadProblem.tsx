import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../electron/shared/errors';

/** A failed load: the core's sentence, and a way to try again. */
export function LoadProblem({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      title={t('deskadmin.common.loadFailed')}
      icon={<IconAlertTriangle aria-hidden />}
      role="alert"
    >
      <p className="da-alert-text">{error.message}</p>
      {onRetry && (
        <Button
          size="sm"
          variant="default"
          mt="xs"
          leftSection={<IconRefresh aria-hidden size={16} />}
          onClick={onRetry}
        >
          {t('app.retry')}
        </Button>
      )}
    </Alert>
  );
}
