import { Alert, Anchor, Button, Container, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconCircleCheck, IconClockPause, IconLogin2 } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { type Notice, useNotice } from '../app/notice';
import { ROUTES } from '../app/routes';
import { useDocumentTitle } from '../app/use-document-title';
import { api } from '../platform/api';
import { issuesByField } from '../platform/field-issues';
import { DemoBanner } from '../ui/DemoBanner';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { PasswordField } from '../ui/PasswordField';
import './login.css';

type Problem = { kind: 'throttled' | 'failed'; message: string };
const FIELDS = ['username', 'password'] as const;
type Field = (typeof FIELDS)[number];

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.documentTitle'));
  const [, navigate] = useLocation();
  const [pendingNotice, setPendingNotice] = useNotice();
  // The notice belongs to this visit of the page: take it, then clear it for the next screen.
  const [notice, setNotice] = useState<Notice | null>(pendingNotice);
  useEffect(() => {
    setPendingNotice(null);
  }, [setPendingNotice]);

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  // Keyboard-first: the cursor is in the first field when the page opens.
  useEffect(() => {
    usernameRef.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    setProblem(null);
    const missing: Partial<Record<Field, string>> = {};
    if (!username.trim()) missing.username = t('login.required');
    if (!password) missing.password = t('login.required');
    setErrors(missing);
    if (missing.username) return usernameRef.current?.focus();
    if (missing.password) return passwordRef.current?.focus();

    setSubmitting(true);
    // The token in the answer is not kept: the host holds the session (HttpOnly cookie or IPC).
    const result = await api.call('auth.login', { username, password });
    setSubmitting(false);
    if (result.ok) {
      navigate(ROUTES.staffHome);
      return;
    }
    const { fields } = issuesByField(result.error.issues ?? [], FIELDS);
    setErrors(fields);
    setProblem({ kind: result.error.code === 'RATE_LIMITED' ? 'throttled' : 'failed', message: result.error.message });
    setPassword('');
    passwordRef.current?.focus();
  };

  return (
    <div className="login-page">
      <DemoBanner />
      <Container size={520} py="xl">
        <Group justify="space-between" mb="lg">
          <Anchor href={`#${ROUTES.kiosk}`} className="login-back">
            <IconArrowLeft aria-hidden size={18} />
            {t('login.backToKiosk')}
          </Anchor>
          <LanguageSwitch />
        </Group>
        <Paper withBorder radius="lg" p="xl" shadow="sm" component="main">
          <form onSubmit={submit} noValidate aria-labelledby="login-title" aria-busy={submitting}>
            <Stack gap="md">
              <div>
                <Text className="login-brand">{t('app.name')}</Text>
                <Title order={1} id="login-title" size="h2">
                  {t('login.title')}
                </Title>
                <Text mt={4}>{t('login.intro')}</Text>
              </div>

              {notice && (
                <Alert
                  color={notice.tone === 'success' ? 'green' : 'balai'}
                  variant="light"
                  title={notice.tone === 'success' ? t('login.successTitle') : t('login.noticeTitle')}
                  icon={<IconCircleCheck aria-hidden />}
                >
                  {notice.text}
                </Alert>
              )}
              {problem && (
                <Alert
                  color={problem.kind === 'throttled' ? 'orange' : 'red'}
                  variant="light"
                  title={problem.kind === 'throttled' ? t('login.throttledTitle') : t('login.failedTitle')}
                  icon={
                    problem.kind === 'throttled' ? <IconClockPause aria-hidden /> : <IconAlertTriangle aria-hidden />
                  }
                >
                  {problem.message}
                </Alert>
              )}

              <TextInput
                ref={usernameRef}
                label={t('login.username')}
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
                error={errors.username}
                required
                size="md"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
              />
              <PasswordField
                ref={passwordRef}
                label={t('login.password')}
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={errors.password}
                required
                size="md"
                autoComplete="current-password"
              />
              <Button type="submit" size="md" loading={submitting} leftSection={<IconLogin2 aria-hidden size={20} />}>
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Container>
    </div>
  );
}
