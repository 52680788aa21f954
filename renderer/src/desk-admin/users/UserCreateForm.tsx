import { Button, Group, NativeSelect, Paper, Text, TextInput, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLES, type StaffRole } from '../../../../electron/shared/domain';
import type { UserSummary } from '../../../../electron/shared/users';
import { issuesByField } from '../../platform/field-issues';
import { PasswordField } from '../../ui/PasswordField';
import { deskApi } from '../shared/client';
import { FormProblem } from '../shared/FormProblem';

const FIELDS = ['username', 'displayName', 'role', 'password'] as const;
type Field = (typeof FIELDS)[number];

interface Values {
  username: string;
  displayName: string;
  role: StaffRole | '';
  password: string;
}

const EMPTY: Values = { username: '', displayName: '', role: '', password: '' };

/** New staff account: who, which role (in Indonesian), and a first password to hand over. */
export function UserCreateForm({
  onCreated,
  onCancel,
}: {
  onCreated: (user: UserSummary) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<{ message: string; details: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const refs = {
    username: useRef<HTMLInputElement>(null),
    displayName: useRef<HTMLInputElement>(null),
    role: useRef<HTMLSelectElement>(null),
    password: useRef<HTMLInputElement>(null),
  };
  useEffect(() => {
    refs.username.current?.focus();
  }, [refs.username]);

  const set = (patch: Partial<Values>, field: Field) => {
    setValues((v) => ({ ...v, ...patch }));
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
    for (const f of FIELDS) if (!values[f].trim()) missing[f] = t('deskadmin.common.required');
    if (!values.role) missing.role = t('deskadmin.users.chooseRole');
    if (FIELDS.some((f) => missing[f])) return show(missing);

    setBusy(true);
    const result = await deskApi.call('users.create', { ...values, role: values.role as StaffRole });
    setBusy(false);
    if (result.ok) {
      setValues(EMPTY);
      onCreated(result.value.user);
      return;
    }
    const { fields, other } = issuesByField(result.error.issues ?? [], FIELDS);
    setProblem({ message: result.error.message, details: other });
    show(fields);
  };

  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="section"
      aria-labelledby="da-user-create-title"
      className="da-panel"
    >
      <form onSubmit={submit} noValidate aria-busy={busy}>
        <Title order={2} size="h3" id="da-user-create-title" mb="xs">
          {t('deskadmin.users.createTitle')}
        </Title>
        <Text mb="md">{t('deskadmin.users.createIntro')}</Text>
        {problem && <FormProblem message={problem.message} details={problem.details} />}
        <div className="da-form-grid">
          <TextInput
            ref={refs.username}
            label={t('deskadmin.users.username')}
            description={t('deskadmin.users.usernameHint')}
            value={values.username}
            onChange={(e) => set({ username: e.currentTarget.value }, 'username')}
            error={errors.username}
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
          />
          <TextInput
            ref={refs.displayName}
            label={t('deskadmin.users.displayName')}
            description={t('deskadmin.users.displayNameHint')}
            value={values.displayName}
            onChange={(e) => set({ displayName: e.currentTarget.value }, 'displayName')}
            error={errors.displayName}
            required
            autoComplete="off"
          />
          <NativeSelect
            ref={refs.role}
            label={t('deskadmin.users.role')}
            description={values.role ? t(`deskadmin.users.roleHint.${values.role}`) : t('deskadmin.users.roleHintNone')}
            value={values.role}
            onChange={(e) => set({ role: e.currentTarget.value as StaffRole | '' }, 'role')}
            error={errors.role}
            required
            data={[
              { value: '', label: t('deskadmin.users.chooseRole') },
              ...STAFF_ROLES.map((r) => ({ value: r, label: t(`staff.roles.${r}`) })),
            ]}
          />
          <PasswordField
            ref={refs.password}
            label={t('deskadmin.users.firstPassword')}
            description={t('deskadmin.users.firstPasswordHint')}
            value={values.password}
            onChange={(e) => set({ password: e.currentTarget.value }, 'password')}
            error={errors.password}
            required
            autoComplete="new-password"
          />
        </div>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t('deskadmin.common.cancel')}
          </Button>
          <Button type="submit" loading={busy} leftSection={<IconUserPlus aria-hidden size={18} />}>
            {t('deskadmin.users.createSubmit')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
