import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle, IconLockCheck } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REAUTH_WINDOW_MINUTES } from '../../../electron/shared/users';
import { api } from '../platform/api';
import { AppDialog } from './AppDialog';
import { PasswordField } from './PasswordField';

/**
 * Asks for the signed-in user's password again (auth.confirmPassword) before an export or a
 * deletion. A wrong password is named next to the field; the core throttles repeated failures.
 */
export function StepUpDialog({ onConfirmed, onCancel }: { onConfirmed: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!password) {
      setFieldError(t('deskadmin.common.required'));
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    const result = await api.call('auth.confirmPassword', { password });
    setBusy(false);
    if (result.ok) {
      onConfirmed();
      return;
    }
    const issue = result.error.issues?.find((i) => i.path === 'password');
    setFieldError(issue?.message ?? null);
    if (!issue) setProblem(result.error.message);
    setPassword('');
    inputRef.current?.focus();
  };

  return (
    <AppDialog title={t('deskadmin.stepUp.title')} onClose={onCancel} initialFocus={inputRef} busy={busy}>
      <form onSubmit={submit} noValidate aria-busy={busy}>
        <div className="app-dialog-body">
          <p>{t('deskadmin.stepUp.intro', { minutes: REAUTH_WINDOW_MINUTES })}</p>
          {problem && (
            <Alert color="red" variant="light" mb="sm" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {problem}
            </Alert>
          )}
          <PasswordField
            ref={inputRef}
            label={t('deskadmin.stepUp.password')}
            value={password}
            onChange={(e) => {
              setPassword(e.currentTarget.value);
              setFieldError(null);
            }}
            error={fieldError}
            required
            autoComplete="current-password"
          />
        </div>
        <div className="app-dialog-actions">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t('deskadmin.common.cancel')}
          </Button>
          <Button type="submit" loading={busy} leftSection={<IconLockCheck aria-hidden size={18} />}>
            {t('deskadmin.stepUp.submit')}
          </Button>
        </div>
      </form>
    </AppDialog>
  );
}
