import { Button, NativeSelect, TextInput } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildDetail, ParentRole } from '../../../../electron/shared/edukasi';
import { eduApi } from '../shared/client';
import { FormProblem } from '../shared/reuse';

/**
 * Links the child to a parent's migration record (Riwayat Migrasi). The educator cannot search
 * journeys (a desk permission), so the desk officer gives the record's ID.
 */
export function ParentLinkForm({ childId, onSaved }: { childId: string; onSaved: (child: ChildDetail) => void }) {
  const { t } = useTranslation();
  const [journeyId, setJourneyId] = useState('');
  const [role, setRole] = useState<ParentRole>('mother');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!journeyId.trim()) {
      setProblem(t('edukasi.common.required'));
      return;
    }
    setBusy(true);
    const result = await eduApi.call('children.linkParentAbroad', { childId, journeyId: journeyId.trim(), role });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    setProblem(null);
    setJourneyId('');
    onSaved(result.value);
  };

  return (
    <form className="edu-form da-mt" onSubmit={submit} noValidate aria-labelledby="edu-parent-link">
      <h3 id="edu-parent-link">{t('edukasi.detail.linkParent')}</h3>
      {problem && <FormProblem message={problem} />}
      <div className="edu-form-grid">
        <TextInput
          label={t('edukasi.detail.journeyId')}
          description={t('edukasi.detail.journeyHint')}
          value={journeyId}
          onChange={(e) => setJourneyId(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('edukasi.detail.parentRole')}
          value={role}
          onChange={(e) => setRole(e.currentTarget.value as ParentRole)}
          data={[
            { value: 'mother', label: t('edukasi.enrol.mother') },
            { value: 'father', label: t('edukasi.enrol.father') },
          ]}
        />
      </div>
      <Button type="submit" variant="default" leftSection={<IconLink aria-hidden size={18} />} loading={busy}>
        {t('edukasi.detail.link')}
      </Button>
    </form>
  );
}
