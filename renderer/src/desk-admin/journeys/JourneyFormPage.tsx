import { Button, Group, NativeSelect, Paper, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import {
  JOURNEY_SCHEMES,
  JOURNEY_SECTORS,
  JOURNEY_STATUSES,
  type Journey,
  type JourneyScheme,
  type JourneySector,
  type JourneyStatus,
} from '../../../../electron/shared/desk';
import { useNotice } from '../../app/notice';
import { DESK_ADMIN_PATHS, staffHref } from '../paths';
import { AgencyPicker, type ChosenAgency } from '../shared/AgencyPicker';
import { deskApi } from '../shared/client';
import { FormProblem } from '../shared/FormProblem';
import { LoadProblem } from '../shared/LoadProblem';
import { label } from '../shared/labels';
import { PageHeader } from '../shared/PageHeader';
import { useLoad } from '../shared/use-load';
import { countryOptions } from './countries';
import {
  EMPTY_JOURNEY,
  JOURNEY_FIELDS,
  type JourneyField,
  type JourneyFormValues,
  journeyToValues,
  toJourneyCreate,
  toJourneyUpdate,
} from './journey-form';

type Errors = Partial<Record<JourneyField, string>>;

function chosenFromJourney(j: Journey): ChosenAgency | null {
  return j.agency
    ? { id: j.agency.id, name: j.agency.name, licenceNumber: j.agency.licenceNumber, status: j.agency.status }
    : null;
}

/**
 * Riwayat migrasi of one person: a new episode, or an edit of one. The core checks the order of
 * the dates (permission → departure → return) and its messages land next to each date.
 */
export function JourneyFormPage({ personId, journeyId }: { personId: string; journeyId?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  const [, navigate] = useLocation();
  const [, setNotice] = useNotice();
  const personFetcher = useCallback(() => deskApi.call('people.get', { id: personId }), [personId]);
  const person = useLoad(personFetcher);
  const [journey, setJourney] = useState<Journey | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [values, setValues] = useState<JourneyFormValues>(EMPTY_JOURNEY);
  const [agency, setAgency] = useState<ChosenAgency | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<{ message: string; details: string[]; stale: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const refs = useRef<Partial<Record<JourneyField, HTMLElement | null>>>({});
  const countries = useMemo(() => countryOptions(lang), [lang]);

  const loadJourney = useCallback(async () => {
    if (!journeyId) return;
    const result = await deskApi.call('journeys.get', { id: journeyId });
    if (!result.ok) return setLoadError(result.error.message);
    setJourney(result.value);
    setValues(journeyToValues(result.value));
    setAgency(chosenFromJourney(result.value));
    setProblem(null);
    setErrors({});
  }, [journeyId]);

  useEffect(() => {
    void loadJourney();
  }, [loadJourney]);

  useEffect(() => {
    if (!journeyId || journey) refs.current.status?.focus();
  }, [journeyId, journey]);

  const set = (field: JourneyField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const show = (found: Errors) => {
    setErrors(found);
    const first = JOURNEY_FIELDS.find((f) => found[f]);
    if (first) refs.current[first]?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!values.status) return show({ status: t('deskadmin.journeyForm.chooseStatus') });
    const input = { ...values, agencyId: agency?.id ?? null };
    setBusy(true);
    const result =
      journeyId && journey
        ? await deskApi.call('journeys.update', toJourneyUpdate(journeyId, journey.version, input))
        : await deskApi.call('journeys.create', toJourneyCreate(personId, input));
    setBusy(false);
    if (result.ok) {
      setNotice({
        tone: 'success',
        text: journeyId ? t('deskadmin.journeyForm.updated') : t('deskadmin.journeyForm.created'),
      });
      navigate(DESK_ADMIN_PATHS.person(personId));
      return;
    }
    const found: Errors = {};
    const other: string[] = [];
    for (const issue of result.error.issues ?? []) {
      if ((JOURNEY_FIELDS as readonly string[]).includes(issue.path))
        found[issue.path as JourneyField] ??= issue.message;
      else other.push(issue.message);
    }
    setProblem({ message: result.error.message, details: other, stale: result.error.code === 'CONFLICT' });
    show(found);
  };

  const name = person.value?.person.fullName ?? journey?.personName ?? '';
  const title = journeyId ? t('deskadmin.journeyForm.editTitle') : t('deskadmin.journeyForm.newTitle');
  const dateField = (field: JourneyField, hint?: string) => (
    <TextInput
      ref={(el) => {
        refs.current[field] = el;
      }}
      type="date"
      label={t(`deskadmin.journeyForm.${field}` as 'deskadmin.journeyForm.departedOn')}
      description={hint}
      value={values[field] as string}
      onChange={(e) => set(field, e.currentTarget.value)}
      error={errors[field]}
    />
  );

  return (
    <div className="da-page">
      <PageHeader
        title={name ? `${title}: ${name}` : title}
        intro={t('deskadmin.journeyForm.intro')}
        back={{ href: staffHref(DESK_ADMIN_PATHS.person(personId)), label: t('deskadmin.journeyForm.back') }}
      />
      {person.error && <LoadProblem error={person.error} onRetry={person.reload} />}
      {loadError && <FormProblem message={loadError} />}
      <form onSubmit={submit} noValidate aria-busy={busy} aria-label={title}>
        {problem && (
          <div className="da-stack">
            <FormProblem message={problem.message} details={problem.details} />
            {problem.stale && (
              <div>
                <Button variant="default" onClick={loadJourney}>
                  {t('deskadmin.journeyForm.reload')}
                </Button>
              </div>
            )}
          </div>
        )}
        <div className="da-two-columns">
          <Paper withBorder p="lg" radius="md" className="da-stack">
            <Title order={2} size="h4">
              {t('deskadmin.journeyForm.where')}
            </Title>
            <div className="da-form-grid">
              <NativeSelect
                ref={(el) => {
                  refs.current.status = el;
                }}
                label={t('deskadmin.journeyForm.status')}
                value={values.status}
                onChange={(e) => set('status', e.currentTarget.value as JourneyStatus | '')}
                error={errors.status}
                required
                data={[
                  { value: '', label: t('deskadmin.journeyForm.chooseStatus') },
                  ...JOURNEY_STATUSES.map((s) => ({ value: s, label: label.journeyStatus(t, s) })),
                ]}
              />
              <NativeSelect
                ref={(el) => {
                  refs.current.destination = el;
                }}
                label={t('deskadmin.journeyForm.destination')}
                value={values.destination}
                onChange={(e) => set('destination', e.currentTarget.value)}
                error={errors.destination}
                data={[
                  { value: '', label: t('deskadmin.journeyForm.noDestination') },
                  { group: t('deskadmin.journeyForm.commonDestinations'), items: countries.common },
                  { group: t('deskadmin.journeyForm.otherDestinations'), items: countries.others },
                ]}
              />
              <TextInput
                ref={(el) => {
                  refs.current.job = el;
                }}
                label={t('deskadmin.journeyForm.job')}
                description={t('deskadmin.journeyForm.jobHint')}
                value={values.job}
                onChange={(e) => set('job', e.currentTarget.value)}
                error={errors.job}
                maxLength={100}
              />
              <NativeSelect
                ref={(el) => {
                  refs.current.sector = el;
                }}
                label={t('deskadmin.journeyForm.sector')}
                value={values.sector}
                onChange={(e) => set('sector', e.currentTarget.value as JourneySector | '')}
                error={errors.sector}
                data={[
                  { value: '', label: t('deskadmin.journeyForm.unknown') },
                  ...JOURNEY_SECTORS.map((s) => ({ value: s, label: label.journeySector(t, s) })),
                ]}
              />
              <NativeSelect
                ref={(el) => {
                  refs.current.scheme = el;
                }}
                label={t('deskadmin.journeyForm.scheme')}
                description={t('deskadmin.journeyForm.schemeHint')}
                value={values.scheme}
                onChange={(e) => set('scheme', e.currentTarget.value as JourneyScheme | '')}
                error={errors.scheme}
                data={[
                  { value: '', label: t('deskadmin.journeyForm.unknown') },
                  ...JOURNEY_SCHEMES.map((s) => ({ value: s, label: label.journeyScheme(t, s) })),
                ]}
              />
            </div>
            <AgencyPicker
              label={t('deskadmin.journeyForm.agency')}
              value={agency}
              onChange={(a) => {
                setAgency(a);
                setErrors((e) => ({ ...e, agencyId: undefined }));
              }}
              error={errors.agencyId}
            />
          </Paper>
          <Paper withBorder p="lg" radius="md" className="da-stack">
            <Title order={2} size="h4">
              {t('deskadmin.journeyForm.when')}
            </Title>
            <Text size="sm">{t('deskadmin.journeyForm.datesHint')}</Text>
            {dateField('familyPermissionAcknowledgedOn', t('deskadmin.journeyForm.permissionHint'))}
            <div className="da-form-grid">
              {dateField('departedOn')}
              {dateField('expectedReturnOn', t('deskadmin.journeyForm.expectedReturnHint'))}
              {dateField('returnedOn')}
            </div>
            <Textarea
              ref={(el) => {
                refs.current.note = el;
              }}
              label={t('deskadmin.journeyForm.note')}
              value={values.note}
              onChange={(e) => set('note', e.currentTarget.value)}
              error={errors.note}
              autosize
              minRows={2}
              maxRows={5}
              maxLength={500}
            />
          </Paper>
        </div>
        <Group justify="flex-end" mt="md">
          <Button component="a" href={staffHref(DESK_ADMIN_PATHS.person(personId))} variant="default">
            {t('deskadmin.common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={busy}
            disabled={!!journeyId && !journey}
            leftSection={<IconDeviceFloppy aria-hidden size={18} />}
          >
            {t('deskadmin.journeyForm.submit')}
          </Button>
        </Group>
      </form>
    </div>
  );
}
