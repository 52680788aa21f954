import { Button, Group, Input, NativeSelect, Paper, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import {
  CASE_KINDS,
  CASE_PERSON_ROLES,
  CASE_RISKS,
  type CaseKind,
  type CasePersonRole,
  type CaseRisk,
} from '../../../../electron/shared/desk';
import { useNotice } from '../../app/notice';
import { DESK_ADMIN_PATHS, staffHref } from '../paths';
import { PersonFinder } from '../people/PersonFinder';
import { AgencyPicker, type ChosenAgency } from '../shared/AgencyPicker';
import { deskApi } from '../shared/client';
import { FormProblem } from '../shared/FormProblem';
import { jakartaToday } from '../shared/format';
import { label } from '../shared/labels';
import { PageHeader } from '../shared/PageHeader';
import {
  CASE_FORM_FIELDS,
  type CaseFormField,
  type CaseFormValues,
  caseIssueField,
  checkCaseForm,
  EMPTY_CASE_FORM,
  toCaseCreateInput,
} from './case-form';

/** Catat pengaduan: what happened, how urgent, who is involved, which P3MI. */
export function CaseCreatePage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [, setNotice] = useNotice();
  const [values, setValues] = useState<CaseFormValues>(EMPTY_CASE_FORM);
  const [agency, setAgency] = useState<ChosenAgency | null>(null);
  const [errors, setErrors] = useState<Partial<Record<CaseFormField, string>>>({});
  const [problem, setProblem] = useState<{ message: string; details: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const kindRef = useRef<HTMLSelectElement>(null);
  const riskRef = useRef<HTMLSelectElement>(null);
  const summaryRef = useRef<HTMLTextAreaElement>(null);
  const followUpRef = useRef<HTMLInputElement>(null);
  const focusTargets: Partial<Record<CaseFormField, { current: HTMLElement | null }>> = {
    kind: kindRef,
    risk: riskRef,
    summary: summaryRef,
    'followUp.dueOn': followUpRef,
  };
  useEffect(() => {
    kindRef.current?.focus();
  }, []);

  const set = (patch: Partial<CaseFormValues>, field: CaseFormField) => {
    setValues((v) => ({ ...v, ...patch }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const show = (found: Partial<Record<CaseFormField, string>>) => {
    setErrors(found);
    const first = CASE_FORM_FIELDS.find((f) => found[f]);
    if (first) focusTargets[first]?.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const found = checkCaseForm(values, {
      chooseKind: t('deskadmin.caseForm.chooseKind'),
      chooseRisk: t('deskadmin.caseForm.chooseRisk'),
      required: t('deskadmin.common.required'),
    });
    if (Object.keys(found).length > 0) return show(found);
    setBusy(true);
    const result = await deskApi.call('cases.create', toCaseCreateInput({ ...values, agencyId: agency?.id ?? null }));
    setBusy(false);
    if (result.ok) {
      setNotice({ tone: 'success', text: t('deskadmin.caseForm.created', { code: result.value.referenceCode }) });
      navigate(DESK_ADMIN_PATHS.case(result.value.id));
      return;
    }
    const fields: Partial<Record<CaseFormField, string>> = {};
    const other: string[] = [];
    for (const issue of result.error.issues ?? []) {
      const field = caseIssueField(issue.path);
      if (field) fields[field] ??= issue.message;
      else other.push(issue.message);
    }
    setProblem({ message: result.error.message, details: other });
    show(fields);
  };

  const setRole = (personId: string, role: CasePersonRole) =>
    set({ people: values.people.map((p) => (p.personId === personId ? { ...p, role } : p)) }, 'people');

  return (
    <div className="da-page">
      <PageHeader
        title={t('deskadmin.caseForm.title')}
        intro={t('deskadmin.caseForm.intro')}
        back={{ href: staffHref(DESK_ADMIN_PATHS.cases), label: t('deskadmin.cases.backToList') }}
      />
      <form onSubmit={submit} noValidate aria-busy={busy} aria-label={t('deskadmin.caseForm.title')}>
        {problem && <FormProblem message={problem.message} details={problem.details} />}
        <div className="da-two-columns">
          <Paper withBorder p="lg" radius="md" className="da-stack">
            <Title order={2} size="h4">
              {t('deskadmin.caseForm.what')}
            </Title>
            <NativeSelect
              ref={kindRef}
              label={t('deskadmin.cases.kind')}
              value={values.kind}
              onChange={(e) => set({ kind: e.currentTarget.value as CaseKind | '' }, 'kind')}
              error={errors.kind}
              required
              data={[
                { value: '', label: t('deskadmin.caseForm.chooseKind') },
                ...CASE_KINDS.map((k) => ({ value: k, label: label.caseKind(t, k) })),
              ]}
            />
            <NativeSelect
              ref={riskRef}
              label={t('deskadmin.cases.risk')}
              description={t('deskadmin.caseForm.riskHint')}
              value={values.risk}
              onChange={(e) => set({ risk: e.currentTarget.value as CaseRisk | '' }, 'risk')}
              error={errors.risk}
              required
              data={[
                { value: '', label: t('deskadmin.caseForm.chooseRisk') },
                ...CASE_RISKS.map((r) => ({ value: r, label: label.caseRisk(t, r) })),
              ]}
            />
            <Textarea
              ref={summaryRef}
              label={t('deskadmin.caseForm.summary')}
              description={t('deskadmin.caseForm.summaryHint')}
              value={values.summary}
              onChange={(e) => set({ summary: e.currentTarget.value }, 'summary')}
              error={errors.summary}
              required
              autosize
              minRows={3}
              maxRows={8}
              maxLength={1000}
            />
            <AgencyPicker
              label={t('deskadmin.caseForm.agency')}
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
              {t('deskadmin.caseForm.who')}
            </Title>
            <Input.Wrapper
              label={t('deskadmin.caseForm.people')}
              description={t('deskadmin.caseForm.peopleHint')}
              error={errors.people}
            >
              {values.people.length === 0 ? (
                <Text size="sm" mt={4}>
                  {t('deskadmin.caseForm.noPeople')}
                </Text>
              ) : (
                <ul className="da-people-list">
                  {values.people.map((p) => (
                    <li key={p.personId}>
                      <span className="da-people-name">{p.name}</span>
                      <NativeSelect
                        aria-label={t('deskadmin.caseForm.roleOf', { name: p.name })}
                        value={p.role}
                        onChange={(e) => setRole(p.personId, e.currentTarget.value as CasePersonRole)}
                        data={CASE_PERSON_ROLES.map((r) => ({ value: r, label: label.casePersonRole(t, r) }))}
                        size="sm"
                      />
                      <Button
                        variant="subtle"
                        color="red"
                        size="xs"
                        leftSection={<IconTrash aria-hidden size={14} />}
                        onClick={() =>
                          set({ people: values.people.filter((x) => x.personId !== p.personId) }, 'people')
                        }
                        aria-label={t('deskadmin.caseForm.removePerson', { name: p.name })}
                      >
                        {t('deskadmin.caseForm.remove')}
                      </Button>
                    </li>
                  ))}
                </ul>
              )}
            </Input.Wrapper>
            <PersonFinder
              label={t('deskadmin.caseForm.addPerson')}
              pickLabel={t('deskadmin.caseForm.add')}
              excludeIds={values.people.map((p) => p.personId)}
              onPick={(person) =>
                set(
                  {
                    people: [
                      ...values.people,
                      // The first person named is usually the one reporting.
                      {
                        personId: person.id,
                        name: person.fullName,
                        role: values.people.length === 0 ? 'reporter' : 'victim',
                      },
                    ],
                  },
                  'people',
                )
              }
            />
            <Title order={2} size="h4" mt="sm">
              {t('deskadmin.caseForm.followUp')}
            </Title>
            <div className="da-form-grid">
              <TextInput
                ref={followUpRef}
                type="date"
                label={t('deskadmin.caseForm.followUpOn')}
                description={t('deskadmin.caseForm.followUpHint')}
                min={jakartaToday()}
                value={values.followUpOn}
                onChange={(e) => set({ followUpOn: e.currentTarget.value }, 'followUp.dueOn')}
                error={errors['followUp.dueOn']}
              />
              <TextInput
                label={t('deskadmin.caseForm.followUpNote')}
                value={values.followUpNote}
                onChange={(e) => set({ followUpNote: e.currentTarget.value }, 'followUp.dueOn')}
                maxLength={300}
              />
            </div>
          </Paper>
        </div>
        <Group justify="flex-end" mt="md">
          <Button component="a" href={staffHref(DESK_ADMIN_PATHS.cases)} variant="default">
            {t('deskadmin.common.cancel')}
          </Button>
          <Button type="submit" loading={busy} leftSection={<IconDeviceFloppy aria-hidden size={18} />}>
            {t('deskadmin.caseForm.submit')}
          </Button>
        </Group>
      </form>
    </div>
  );
}
