import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppDialog } from './AppDialog';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  tone?: 'default' | 'danger';
  busy?: boolean;
  /** The server's refusal, shown inside the dialog so the person can decide again. */
  error?: string | null;
}

/**
 * "Are you sure?" before a destructive or hard-to-undo step. The keyboard starts on "Batal":
 * pressing Enter by habit must not delete anything.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  tone = 'default',
  busy = false,
  error,
}: Props) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <AppDialog title={title} onClose={onCancel} initialFocus={cancelRef} tone={tone} busy={busy}>
      <div className="app-dialog-body">{children}</div>
      {error && (
        <Alert color="red" variant="light" mt="sm" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {error}
        </Alert>
      )}
      <div className="app-dialog-actions">
        <Button ref={cancelRef} variant="default" onClick={onCancel} disabled={busy}>
          {t('deskadmin.common.cancel')}
        </Button>
        <Button color={tone === 'danger' ? 'red.8' : undefined} onClick={onConfirm} loading={busy}>
          {confirmLabel}
        </Button>
      </div>
    </AppDialog>
  );
}
