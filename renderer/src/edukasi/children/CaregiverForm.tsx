import { Button, Checkbox, NativeSelect, TextInput } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CARE_RELATION_LABELS,
  CARE_RELATIONS,
  type CareRelation,
  type ChildDetail,
} from '../../../../electron/shared/edukasi';
import { CONSENT_METHODS, type ConsentMethod } from '../../../../electron/shared/people';
import { eduApi } from '../shared/client';
import { FormProblem } from '../shared/reuse';

/** Adds a caregiver (a new adult, with their own consent) to the child's care arrangements. */
export function CaregiverForm({ childId, onSaved }: { childId: string; onSaved: (child: ChildDetail) => void }) {
  const { t } = useTranslation();
  const [fullName, setFullName] = useState('');
  const [phone, setPhone] = useState('');
  const [relation, setRelation] = useState<CareRelation>('grandmother');
  const [method, setMethod] = useState<ConsentMethod>('written');
  const [evidenceRef, setEvidenceRef] = useState('');
  const [primary, setPrimary] = useState(true);
  const [guardian, setGuardian] = useState(false);
  const [problem, setProblem] = useState<{ message: string; details: string[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!fullName.trim()) {
      setProblem({ message: t('edukasi.common.required'), details: [t('edukasi.detail.caregiverName')] });
      return;
    }
    setBusy(true);
    const result = await eduApi.call('caregivers.add', {
      childId,
      person: { kind: 'new', fullName: fullName.trim(), ...(phone.trim() ? { phone: phone.trim() } : {}) },
      consent: { method, ...(evidenceRef.trim() ? { evidenceRef: evidenceRef.trim() } : {}), textVersion: '2026-01' },
      relation,
      primary,
      courtAppointedGuardian: guardian,
    });
    setBusy(false);
    if (!result.ok) {
      setProblem({ message: result.error.message, details: (result.error.issues ?? []).map((i) => i.message) });
      return;
    }
    setProblem(null);
    setFullName('');
    setPhone('');
    setEvidenceRef('');
    onSaved(result.value);
  };

  return (
    <form className="edu-form da-mt" onSubmit={submit} noValidate aria-labelledby="edu-caregiver-new">
      <h3 id="edu-caregiver-new">{t('edukasi.detail.addCaregiver')}</h3>
      {problem && <FormProblem message={problem.message} details={problem.details} />}
      <div className="edu-form-grid">
        <TextInput
          label={t('edukasi.detail.caregiverName')}
          value={fullName}
          onChange={(e) => setFullName(e.currentTarget.value)}
          required
        />
        <TextInput
          label={t('edukasi.detail.caregiverPhone')}
          value={phone}
          onChange={(e) => setPhone(e.currentTarget.value)}
          inputMode="tel"
        />
        <NativeSelect
          label={t('edukasi.detail.relation')}
          value={relation}
          onChange={(e) => setRelation(e.currentTarget.value as CareRelation)}
          data={CARE_RELATIONS.map((r) => ({ value: r, label: CARE_RELATION_LABELS[r] }))}
        />
        <NativeSelect
          label={t('edukasi.detail.caregiverConsent')}
          value={method}
          onChange={(e) => setMethod(e.currentTarget.value as ConsentMethod)}
          data={CONSENT_METHODS.map((m) => ({ value: m, label: t(`edukasi.enrol.methods.${m}`) }))}
        />
        <TextInput
          label={t('edukasi.detail.caregiverEvidence')}
          value={evidenceRef}
          onChange={(e) => setEvidenceRef(e.currentTarget.value)}
        />
        <div className="edu-choice">
          <Checkbox
            label={t('edukasi.detail.isPrimary')}
            checked={primary}
            onChange={(e) => setPrimary(e.currentTarget.checked)}
          />
          <Checkbox
            label={t('edukasi.detail.isGuardian')}
            checked={guardian}
            onChange={(e) => setGuardian(e.currentTarget.checked)}
          />
        </div>
      </div>
      <Button type="submit" variant="default" leftSection={<IconUserPlus aria-hidden size={18} />} loading={busy}>
        {t('edukasi.detail.addCaregiver')}
      </Button>
    </form>
  );
}
