import { Alert, Button, Container, List, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconBuildingCommunity, IconUserShield } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../electron/shared/contract';
import { useDocumentTitle } from '../app/use-document-title';
import { api } from '../platform/api';
import { issuesByField } from '../platform/field-issues';
import { AdminStep } from './AdminStep';
import {
  checkAdminStep,
  checkVillageStep,
  FIELD_IDS,
  firstErrorField,
  SETUP_FIELDS,
  type SetupErrors,
  type SetupField,
  type SetupValues,
  toSetupInput,
  VILLAGE_FIELDS,
} from './setup-form';
import { VillageStep } from './VillageStep';
import './setup.css';

export type RegionList = MethodOutput<'setup.regions'>;

interface Failure {
  message: string;
  details: string[];
  /** Setup was finished meanwhile (another window): offer the way to the login screen. */
  alreadyDone: boolean;
}

const DEFAULT_VILLAGE_NAME = 'Kenanga';

/**
 * First start: the village profile, then the first admin. Shown instead of every other screen
 * until it succeeds. The server checks everything again; its messages appear next to the field.
 */
export function SetupWizard({ onDone }: { onDone: (alreadyDone: boolean) => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('setup.documentTitle'));
  const [step, setStep] = useState(0);
  const [regions, setRegions] = useState<RegionList | null>(null);
  const [values, setValues] = useState<SetupValues>({
    regionCode: null,
    villageName: DEFAULT_VILLAGE_NAME,
    address: '',
    username: '',
    displayName: '',
    password: '',
    passwordConfirm: '',
  });
  const [errors, setErrors] = useState<SetupErrors>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [focusField, setFocusField] = useState<{ field: SetupField } | null>(null);

  useEffect(() => {
    let live = true;
    void api.call('setup.regions').then((result) => {
      if (!live) return;
      if (result.ok) {
        setRegions(result.value);
        setValues((v) => ({ ...v, regionCode: v.regionCode ?? result.value.suggestedCode }));
      } else {
        setFailure({ message: result.error.message, details: [], alreadyDone: false });
      }
    });
    return () => {
      live = false;
    };
  }, []);

  // Runs after the step with the field is on screen.
  useEffect(() => {
    if (focusField) document.getElementById(FIELD_IDS[focusField.field])?.focus();
  }, [focusField]);

  const messages = {
    required: t('setup.errors.required'),
    chooseRegion: t('setup.errors.chooseRegion'),
    passwordMismatch: t('setup.errors.passwordMismatch'),
  };

  const change = (patch: Partial<SetupValues>, fields: SetupField[]) => {
    setValues((v) => ({ ...v, ...patch }));
    // A field the person is fixing stops shouting at them.
    setErrors((e) => {
      const next = { ...e };
      for (const f of fields) delete next[f];
      return next;
    });
  };

  const showErrors = (next: SetupErrors) => {
    setErrors(next);
    const first = firstErrorField(next);
    if (first) {
      if ((VILLAGE_FIELDS as readonly string[]).includes(first)) setStep(0);
      setFocusField({ field: first });
    }
  };

  const submitVillage = () => {
    setFailure(null);
    const found = checkVillageStep(values, messages);
    if (firstErrorField(found)) return showErrors(found);
    setStep(1);
  };

  const submitAdmin = async () => {
    setFailure(null);
    const found = { ...checkVillageStep(values, messages), ...checkAdminStep(values, messages) };
    if (firstErrorField(found)) return showErrors(found);
    setSubmitting(true);
    const result = await api.call('setup.complete', toSetupInput(values));
    setSubmitting(false);
    if (result.ok) return onDone(false);
    const { fields, other } = issuesByField(result.error.issues ?? [], SETUP_FIELDS);
    setFailure({
      message: result.error.message,
      details: other,
      alreadyDone: result.error.code === 'CONFLICT',
    });
    showErrors(fields);
  };

  return (
    <div className="setup-page">
      {/* Sized so each step, errors included, fits a 1366×768 screen without scrolling. */}
      <Container size={1040} py="lg">
        <Stack gap="md">
          <header>
            <Text className="setup-brand">{t('app.name')}</Text>
            <Title order={1} size="h2">
              {t('setup.title')}
            </Title>
            <Text mt={4}>{t('setup.intro')}</Text>
          </header>

          <Stepper active={step} onStepClick={(s) => s < step && setStep(s)} allowNextStepsSelect={false} size="sm">
            <Stepper.Step
              label={t('setup.stepVillage')}
              description={t('setup.stepVillageHint')}
              icon={<IconBuildingCommunity aria-hidden size={20} />}
            />
            <Stepper.Step
              label={t('setup.stepAdmin')}
              description={t('setup.stepAdminHint')}
              icon={<IconUserShield aria-hidden size={20} />}
            />
          </Stepper>

          {failure && (
            // The server's sentence is the title; a body only when there is more to say or do.
            <Alert color="red" variant="light" title={failure.message} icon={<IconAlertTriangle aria-hidden />}>
              {(failure.details.length > 0 || failure.alreadyDone) && (
                <Stack gap={6}>
                  {failure.details.length > 0 && (
                    <List>
                      {failure.details.map((d) => (
                        <List.Item key={d}>{d}</List.Item>
                      ))}
                    </List>
                  )}
                  {failure.alreadyDone && (
                    <Button onClick={() => onDone(true)} w="fit-content">
                      {t('setup.goToLogin')}
                    </Button>
                  )}
                </Stack>
              )}
            </Alert>
          )}

          <Paper withBorder radius="lg" p="lg" shadow="xs">
            {step === 0 ? (
              <VillageStep
                regions={regions}
                values={values}
                errors={errors}
                onChange={change}
                onSubmit={submitVillage}
              />
            ) : (
              <AdminStep
                values={values}
                errors={errors}
                submitting={submitting}
                onChange={change}
                onBack={() => setStep(0)}
                onSubmit={submitAdmin}
              />
            )}
          </Paper>
        </Stack>
      </Container>
    </div>
  );
}
