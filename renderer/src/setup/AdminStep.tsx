import { Button, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowLeft, IconCheck, IconShieldLock } from '@tabler/icons-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../ui/PasswordField';
import { FIELD_IDS, type SetupErrors, type SetupField, type SetupValues } from './setup-form';

interface Props {
  values: SetupValues;
  errors: SetupErrors;
  submitting: boolean;
  onChange: (patch: Partial<SetupValues>, fields: SetupField[]) => void;
  onBack: () => void;
  onSubmit: () => void;
}

export function AdminStep({ values, errors, submitting, onChange, onBack, onSubmit }: Props) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="setup-admin-heading" aria-busy={submitting}>
      <Title order={2} size="h3" id="setup-admin-heading">
        {t('setup.admin.heading')}
      </Title>
      <Text mt={4} mb="md">
        {t('setup.admin.intro')}
      </Text>
      <div className="setup-columns setup-columns-aside">
        <Stack gap="md">
          <TextInput
            id={FIELD_IDS['admin.username']}
            label={t('setup.admin.username')}
            description={t('setup.admin.usernameHint')}
            value={values.username}
            onChange={(e) => onChange({ username: e.currentTarget.value }, ['admin.username'])}
            required
            error={errors['admin.username']}
            size="md"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
          />
          <TextInput
            id={FIELD_IDS['admin.displayName']}
            label={t('setup.admin.displayName')}
            description={t('setup.admin.displayNameHint')}
            value={values.displayName}
            onChange={(e) => onChange({ displayName: e.currentTarget.value }, ['admin.displayName'])}
            required
            error={errors['admin.displayName']}
            size="md"
            autoComplete="name"
          />
          <Group grow align="flex-start">
            <PasswordField
              id={FIELD_IDS['admin.password']}
              label={t('setup.admin.password')}
              value={values.password}
              onChange={(e) => onChange({ password: e.currentTarget.value }, ['admin.password'])}
              required
              error={errors['admin.password']}
              size="md"
              autoComplete="new-password"
            />
            <PasswordField
              id={FIELD_IDS['admin.passwordConfirm']}
              label={t('setup.admin.passwordConfirm')}
              value={values.passwordConfirm}
              onChange={(e) => onChange({ passwordConfirm: e.currentTarget.value }, ['admin.passwordConfirm'])}
              required
              error={errors['admin.passwordConfirm']}
              size="md"
              autoComplete="new-password"
            />
          </Group>
        </Stack>

        {/* The rules sit beside the fields from the start: nobody should have to fail to learn them. */}
        <Paper className="setup-rules" radius="md" p="md" component="aside" aria-labelledby="setup-rules-title">
          <Group gap="xs" mb={6} wrap="nowrap">
            <IconShieldLock aria-hidden size={22} />
            <Text fw={700} id="setup-rules-title">
              {t('setup.admin.rulesTitle')}
            </Text>
          </Group>
          <List spacing={4}>
            <List.Item>{t('setup.admin.ruleLength')}</List.Item>
            <List.Item>{t('setup.admin.ruleCommon')}</List.Item>
            <List.Item>{t('setup.admin.ruleWords')}</List.Item>
          </List>
          <Text mt="sm">{t('setup.admin.ruleTip')}</Text>
        </Paper>
      </div>

      <Group justify="space-between" mt="lg">
        <Button
          variant="default"
          size="md"
          leftSection={<IconArrowLeft aria-hidden size={20} />}
          onClick={onBack}
          disabled={submitting}
        >
          {t('setup.admin.back')}
        </Button>
        <Button type="submit" size="md" loading={submitting} leftSection={<IconCheck aria-hidden size={20} />}>
          {t('setup.admin.submit')}
        </Button>
      </Group>
    </form>
  );
}
