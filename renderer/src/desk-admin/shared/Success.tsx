import { Alert, CloseButton } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What just happened, in one sentence, until the person dismisses it or does something else. */
export function Success({ children, onClose }: { children: ReactNode; onClose?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="green"
      variant="light"
      icon={<IconCircleCheck aria-hidden />}
      role="status"
      className="da-success"
      withCloseButton={false}
    >
      <div className="da-success-row">
        <div>{children}</div>
        {onClose && <CloseButton aria-label={t('deskadmin.common.dismiss')} onClick={onClose} />}
      </div>
    </Alert>
  );
}
