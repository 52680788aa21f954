import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconKey } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../electron/shared/domain';
import { api } from '../platform/api';
import { issuesByField } from '../platform/field-issues';
import { PasswordField } from './PasswordField';

const FIELDS = ['currentPassword', 'newPassword', 'repeat'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Changes the signed-in officer's own password (auth.changePassword). Used after an admin reset
 * (the core refuses everything else until then) and from the lock screen. Calls the core
 * directly, not through the session lock: this form IS the way out of it.
 */
export function ChangePasswordForm({
  onDone,
  autoFocus = true,
}: {
  onDone: (user: User) => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: '', newPassword: '', repeat: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refs = {
    currentPassword: useRef<HTMLInputElement>(null),
    newPassword: useRef<HTMLInputElement>(null),
    repeat: useRef<HTMLInputElement>(null),
  };
  useEffect(() => {
    if (autoFocus) refs.currentPassword.current?.focus();
  }, [autoFocus, refs.currentPassword]);

  const change = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const show = (found: Partial<Record<Field, string>>) => {
    setErrors(found);
    const first = FIELDS.find((f) => found[f]);
    if (first) refs[first].current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const missing: Partial<Record<Field, string>> = {};
    for (const f of FIELDS) if (!values[f]) missing[f] = t('session.required');
    if (!missing.repeat && values.newPassword !== values.repeat) missing.repeat = t('session.passwordMismatch');
    if (Object.keys(missing).length > 0) return show(missing);
    setBusy(true);
    const result = await api.call('auth.changePassword', {
      currentPassword: values.currentPassword,
      newPassword: values.newPassword,
    });
    setBusy(false);
    if (result.ok) return onDone(result.value.user);
    const { fields, other } = issuesByField(result.error.issues ?? [], FIELDS);
    setProblem([result.error.message, ...other].join(' '));
    show(fields);
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={busy}>
      <Stack gap="sm">
        {problem && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            {problem}
          </Alert>
        )}
        <div className="session-rules">
          <Text fw={600}>{t('setup.admin.rulesTitle')}</Text>
          <List size="sm">
            <List.Item>{t('setup.admin.ruleLength')}</List.Item>
            <List.Item>{t('setup.admin.ruleCommon')}</List.Item>
            <List.Item>{t('setup.admin.ruleWords')}</List.Item>
          </List>
        </div>
        <PasswordField
          ref={refs.currentPassword}
          id="session-current-password"
          label={t('session.currentPassword')}
          description={t('session.currentPasswordHint')}
          value={values.currentPassword}
          onChange={(e) => change('currentPassword', e.currentTarget.value)}
          error={errors.currentPassword}
          autoComplete="current-password"
          required
        />
        <PasswordField
          ref={refs.newPassword}
          id="session-new-password"
          label={t('session.newPassword')}
          value={values.newPassword}
          onChange={(e) => change('newPassword', e.currentTarget.value)}
          error={errors.newPassword}
          autoComplete="new-password"
          required
        />
        <PasswordField
          ref={refs.repeat}
          id="session-repeat-password"
          label={t('session.repeatPassword')}
          value={values.repeat}
          onChange={(e) => change('repeat', e.currentTarget.value)}
          error={errors.repeat}
          autoComplete="new-password"
          required
        />
        <Button type="submit" loading={busy} leftSection={<IconKey aria-hidden size={18} />}>
          {t('session.changePassword')}
        </Button>
      </Stack>
    </form>
  );
}
