import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconLogin2, IconLogout } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../platform/api';
import { sessionGate, useSessionInterruption } from '../staff/session';
import { ChangePasswordForm } from './ChangePasswordForm';
import { PasswordField } from './PasswordField';
import './session.css';

/**
 * Wraps the staff shell. When the core says the session has ended (idle limit, absolute limit,
 * signed out elsewhere) or that the password must be changed, a lock screen covers the page.
 * The page stays mounted underneath (made `inert`), so a half-typed form survives; after the
 * officer signs in again the refused call is sent again by `staffApi`.
 */
export function SessionLock({
  username,
  displayName,
  onLogout,
  children,
}: {
  username: string;
  displayName: string;
  onLogout: () => void;
  children: ReactNode;
}) {
  const interruption = useSessionInterruption();
  // A sign-in that reveals a temporary password leads to the change step before unlocking.
  const [mustChange, setMustChange] = useState(false);
  const locked = interruption !== null;
  // Where the officer was typing, to put the cursor back there once the screen opens again.
  const lastFocus = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (locked) {
      lastFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      return;
    }
    setMustChange(false);
    lastFocus.current?.focus();
    lastFocus.current = null;
  }, [locked]);

  const leave = () => {
    sessionGate.resume(false);
    onLogout();
  };

  return (
    <>
      {/* Always the same wrapper element: swapping it would remount the page and lose the typing. */}
      <div className={locked ? 'session-content session-content-locked' : 'session-content'} inert={locked}>
        {children}
      </div>
      {interruption && (
        <div className="session-lock">
          <Paper
            withBorder
            radius="lg"
            p="xl"
            shadow="md"
            className="session-card"
            role="dialog"
            aria-modal="true"
            aria-labelledby="session-lock-title"
          >
            {interruption.kind === 'mustChangePassword' || mustChange ? (
              <ChangeStep displayName={displayName} onLeave={leave} />
            ) : (
              <UnlockStep
                username={username}
                displayName={displayName}
                message={interruption.message}
                onMustChange={() => setMustChange(true)}
                onLeave={leave}
              />
            )}
          </Paper>
        </div>
      )}
    </>
  );
}

function UnlockStep({
  username,
  displayName,
  message,
  onMustChange,
  onLeave,
}: {
  username: string;
  displayName: string;
  message: string;
  onMustChange: () => void;
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!password) {
      setError(t('session.required'));
      ref.current?.focus();
      return;
    }
    setBusy(true);
    const result = await api.call('auth.login', { username, password });
    setBusy(false);
    setPassword('');
    if (!result.ok) {
      setError(result.error.issues?.find((i) => i.path === 'password')?.message ?? null);
      setProblem(result.error.message);
      ref.current?.focus();
      return;
    }
    if (result.value.user.mustChangePassword) return onMustChange();
    sessionGate.resume(true);
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={busy}>
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap">
          <IconLock aria-hidden size={32} className="session-icon" />
          <div>
            <Text className="session-brand">{t('app.name')}</Text>
            <Title order={1} size="h2" id="session-lock-title">
              {t('session.lockTitle')}
            </Title>
          </div>
        </Group>
        <Text fw={600}>{message}</Text>
        <Text>{t('session.lockKept')}</Text>
        {problem && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            {problem}
          </Alert>
        )}
        <Text>
          {t('session.signedInAs')} <strong>{displayName}</strong> ({username})
        </Text>
        <PasswordField
          ref={ref}
          id="session-lock-password"
          label={t('session.password')}
          value={password}
          onChange={(e) => {
            setPassword(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          autoComplete="current-password"
          required
        />
        <Group justify="space-between">
          <Button variant="default" leftSection={<IconLogout aria-hidden size={18} />} onClick={onLeave}>
            {t('session.leave')}
          </Button>
          <Button type="submit" loading={busy} leftSection={<IconLogin2 aria-hidden size={18} />}>
            {t('session.unlock')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ChangeStep({ displayName, onLeave }: { displayName: string; onLeave: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text className="session-brand">{t('app.name')}</Text>
          <Title order={1} size="h2" id="session-lock-title">
            {t('session.changeTitle')}
          </Title>
        </div>
        <Button variant="default" leftSection={<IconLogout aria-hidden size={18} />} onClick={onLeave}>
          {t('session.leave')}
        </Button>
      </Group>
      <Text>{t('session.changeIntro', { name: displayName })}</Text>
      <ChangePasswordForm onDone={() => sessionGate.resume(true)} />
    </Stack>
  );
}
