import { Button, Checkbox, NativeSelect, TextInput } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import {
  CHILD_CONSENT_GIVERS,
  type ChildConsentGiver,
  DOCUMENT_STATUS_LABELS,
  DOCUMENT_STATUSES,
  type DocumentStatus,
  EDUKASI_CONSENT_PURPOSES,
  type EdukasiConsentPurpose,
  type ParentRole,
  SCHOOL_LEVEL_LABELS,
  SCHOOL_LEVELS,
  type SchoolLevel,
} from '../../../../electron/shared/edukasi';
import { CONSENT_METHODS, type ConsentMethod } from '../../../../electron/shared/people';
import { issuesByField } from '../../platform/field-issues';
import { childPath, EDUKASI_PATHS } from '../paths';
import { eduApi } from '../shared/client';
import { FormProblem, jakartaToday, PageHeader, staffHref } from '../shared/reuse';
import '../shared/edukasi.css';

const FIELDS = [
  'consent.givenBy',
  'consent.parentRole',
  'consent.givenByName',
  'consent.method',
  'consent.evidenceRef',
  'consent.purposes',
  'consent.textVersion',
  'person.fullName',
  'person.sex',
  'person.birthDate',
  'birthCertificate',
  'kia',
  'schoolLevel',
  'household.label',
] as const;
type Field = (typeof FIELDS)[number];

const parentGiver = (g: ChildConsentGiver) => g === 'parent_abroad' || g === 'parent_home';

/**
 * Enrolment, consent first (UU PDP Pasal 25): the consent section comes before the child's own
 * data, and the core refuses an enrolment without it. A household is created first when named.
 */
export function EnrolPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [givenBy, setGivenBy] = useState<ChildConsentGiver>('parent_abroad');
  const [parentRole, setParentRole] = useState<ParentRole>('mother');
  const [givenByName, setGivenByName] = useState('');
  const [method, setMethod] = useState<ConsentMethod>('recorded_call');
  const [evidenceRef, setEvidenceRef] = useState('');
  const [purposes, setPurposes] = useState<EdukasiConsentPurpose[]>(['rumah_edukasi']);
  const [textVersion, setTextVersion] = useState('2026-01');
  const [fullName, setFullName] = useState('');
  const [sex, setSex] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [birthCertificate, setBirthCertificate] = useState<DocumentStatus>('unknown');
  const [kia, setKia] = useState<DocumentStatus>('unknown');
  const [bornAbroad, setBornAbroad] = useState(false);
  const [schoolLevel, setSchoolLevel] = useState<SchoolLevel>('sd');
  const [household, setHousehold] = useState({ label: '', dusun: '', rt: '', rw: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<{ message: string; details: string[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const required = t('edukasi.common.required');
    const missing: Partial<Record<Field, string>> = {};
    if (!givenByName.trim()) missing['consent.givenByName'] = required;
    if (!evidenceRef.trim()) missing['consent.evidenceRef'] = required;
    if (!fullName.trim()) missing['person.fullName'] = required;
    if (!sex) missing['person.sex'] = required;
    if (!birthDate) missing['person.birthDate'] = required;
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      setProblem({ message: t('edukasi.enrol.fixErrors'), details: [] });
      return;
    }
    setBusy(true);
    let householdId: string | undefined;
    if (household.label.trim()) {
      const created = await eduApi.call('households.create', {
        label: household.label.trim(),
        ...(household.dusun.trim() ? { dusun: household.dusun.trim() } : {}),
        ...(household.rt.trim() ? { rt: household.rt.trim() } : {}),
        ...(household.rw.trim() ? { rw: household.rw.trim() } : {}),
      });
      if (!created.ok) {
        setBusy(false);
        setErrors({ 'household.label': created.error.issues?.[0]?.message ?? created.error.message });
        setProblem({ message: created.error.message, details: [] });
        return;
      }
      householdId = created.value.household.id;
    }
    const result = await eduApi.call('children.enrol', {
      person: { kind: 'new', fullName: fullName.trim(), sex: sex as 'L' | 'P', birthDate },
      ...(householdId ? { householdId } : {}),
      consent: {
        givenBy,
        ...(parentGiver(givenBy) ? { parentRole } : {}),
        givenByName: givenByName.trim(),
        method,
        evidenceRef: evidenceRef.trim(),
        purposes,
        textVersion: textVersion.trim(),
      },
      birthCertificate,
      kia,
      bornAbroad,
      schoolLevel,
      enrolledOn: jakartaToday(),
    });
    setBusy(false);
    if (!result.ok) {
      const split = issuesByField(result.error.issues ?? [], FIELDS);
      setErrors(split.fields);
      setProblem({ message: result.error.message, details: split.other });
      return;
    }
    navigate(childPath(result.value.child.id));
  };

  const togglePurpose = (p: EdukasiConsentPurpose, on: boolean) =>
    // Rumah Edukasi itself is what is being consented to: it stays ticked.
    setPurposes((list) => (on ? [...new Set([...list, p])] : list.filter((x) => x !== p || x === 'rumah_edukasi')));

  return (
    <div className="edu-page da-narrow">
      <PageHeader
        title={t('edukasi.enrol.title')}
        back={{ href: staffHref(EDUKASI_PATHS.children), label: t('edukasi.enrol.back') }}
      />
      <form onSubmit={submit} noValidate>
        {problem && <FormProblem message={problem.message} details={problem.details} />}
        <fieldset className="edu-fieldset">
          <legend>{t('edukasi.enrol.consentTitle')}</legend>
          <p className="edu-law">{t('edukasi.enrol.consentLaw')}</p>
          <div className="edu-form-grid">
            <NativeSelect
              className="edu-wide"
              label={t('edukasi.enrol.givenBy')}
              value={givenBy}
              onChange={(e) => setGivenBy(e.currentTarget.value as ChildConsentGiver)}
              data={CHILD_CONSENT_GIVERS.map((g) => ({ value: g, label: t(`edukasi.enrol.givers.${g}`) }))}
              error={errors['consent.givenBy']}
            />
            {parentGiver(givenBy) && (
              <NativeSelect
                label={t('edukasi.enrol.parentRole')}
                value={parentRole}
                onChange={(e) => setParentRole(e.currentTarget.value as ParentRole)}
                data={[
                  { value: 'mother', label: t('edukasi.enrol.mother') },
                  { value: 'father', label: t('edukasi.enrol.father') },
                ]}
              />
            )}
            <TextInput
              label={t('edukasi.enrol.givenByName')}
              value={givenByName}
              onChange={(e) => setGivenByName(e.currentTarget.value)}
              error={errors['consent.givenByName']}
              required
            />
            <NativeSelect
              label={t('edukasi.enrol.method')}
              value={method}
              onChange={(e) => setMethod(e.currentTarget.value as ConsentMethod)}
              data={CONSENT_METHODS.map((m) => ({ value: m, label: t(`edukasi.enrol.methods.${m}`) }))}
              error={errors['consent.method']}
            />
            <TextInput
              label={t('edukasi.enrol.evidenceRef')}
              description={t('edukasi.enrol.evidenceHint')}
              value={evidenceRef}
              onChange={(e) => setEvidenceRef(e.currentTarget.value)}
              error={errors['consent.evidenceRef']}
              required
            />
            <TextInput
              label={t('edukasi.enrol.textVersion')}
              value={textVersion}
              onChange={(e) => setTextVersion(e.currentTarget.value)}
              error={errors['consent.textVersion']}
            />
            <Checkbox.Group
              className="edu-wide"
              label={t('edukasi.enrol.purposes')}
              value={purposes}
              error={errors['consent.purposes']}
            >
              <div className="edu-choice">
                {EDUKASI_CONSENT_PURPOSES.map((p) => (
                  <Checkbox
                    key={p}
                    value={p}
                    label={t(`edukasi.enrol.purposeLabels.${p}`)}
                    checked={purposes.includes(p)}
                    onChange={(e) => togglePurpose(p, e.currentTarget.checked)}
                  />
                ))}
              </div>
            </Checkbox.Group>
          </div>
        </fieldset>
        <fieldset className="edu-fieldset">
          <legend>{t('edukasi.enrol.childTitle')}</legend>
          <div className="edu-form-grid">
            <TextInput
              className="edu-wide"
              label={t('edukasi.enrol.fullName')}
              value={fullName}
              onChange={(e) => setFullName(e.currentTarget.value)}
              error={errors['person.fullName']}
              required
              autoComplete="off"
            />
            <NativeSelect
              label={t('edukasi.enrol.sex')}
              value={sex}
              onChange={(e) => setSex(e.currentTarget.value)}
              data={[
                { value: '', label: '—' },
                { value: 'P', label: t('edukasi.enrol.female') },
                { value: 'L', label: t('edukasi.enrol.male') },
              ]}
              error={errors['person.sex']}
              required
            />
            <TextInput
              type="date"
              label={t('edukasi.enrol.birthDate')}
              value={birthDate}
              max={jakartaToday()}
              onChange={(e) => setBirthDate(e.currentTarget.value)}
              error={errors['person.birthDate']}
              required
            />
            <NativeSelect
              label={t('edukasi.enrol.birthCertificate')}
              value={birthCertificate}
              onChange={(e) => setBirthCertificate(e.currentTarget.value as DocumentStatus)}
              data={DOCUMENT_STATUSES.map((s) => ({ value: s, label: DOCUMENT_STATUS_LABELS[s] }))}
              error={errors.birthCertificate}
            />
            <NativeSelect
              label={t('edukasi.enrol.kia')}
              value={kia}
              onChange={(e) => setKia(e.currentTarget.value as DocumentStatus)}
              data={DOCUMENT_STATUSES.map((s) => ({ value: s, label: DOCUMENT_STATUS_LABELS[s] }))}
              error={errors.kia}
            />
            <NativeSelect
              label={t('edukasi.enrol.schoolLevel')}
              value={schoolLevel}
              onChange={(e) => setSchoolLevel(e.currentTarget.value as SchoolLevel)}
              data={SCHOOL_LEVELS.map((s) => ({ value: s, label: SCHOOL_LEVEL_LABELS[s] }))}
              error={errors.schoolLevel}
            />
            <Checkbox
              mt="lg"
              label={t('edukasi.enrol.bornAbroad')}
              checked={bornAbroad}
              onChange={(e) => setBornAbroad(e.currentTarget.checked)}
            />
          </div>
        </fieldset>
        <fieldset className="edu-fieldset">
          <legend>{t('edukasi.enrol.familyTitle')}</legend>
          <p>{t('edukasi.enrol.familyIntro')}</p>
          <div className="edu-form-grid">
            <TextInput
              className="edu-wide"
              label={t('edukasi.enrol.householdLabel')}
              description={t('edukasi.enrol.householdHint')}
              value={household.label}
              onChange={(e) => setHousehold({ ...household, label: e.currentTarget.value })}
              error={errors['household.label']}
            />
            <TextInput
              label={t('edukasi.enrol.dusun')}
              value={household.dusun}
              onChange={(e) => setHousehold({ ...household, dusun: e.currentTarget.value })}
            />
            <div className="edu-form-grid">
              <TextInput
                label={t('edukasi.enrol.rt')}
                value={household.rt}
                onChange={(e) => setHousehold({ ...household, rt: e.currentTarget.value })}
              />
              <TextInput
                label={t('edukasi.enrol.rw')}
                value={household.rw}
                onChange={(e) => setHousehold({ ...household, rw: e.currentTarget.value })}
              />
            </div>
          </div>
        </fieldset>
        <Button type="submit" size="md" leftSection={<IconUserPlus aria-hidden size={20} />} loading={busy}>
          {t('edukasi.enrol.submit')}
        </Button>
      </form>
    </div>
  );
}
