import { Button, NativeSelect, Radio, TextInput } from '@mantine/core';
import { IconLink, IconSearch } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildDetail, JourneyBrief, ParentRole } from '../../../../electron/shared/edukasi';
import { countryName } from '../../desk-admin/shared/format';
import { eduApi } from '../shared/client';
import { FormProblem, formatDay } from '../shared/reuse';

/**
 * Links the child to a parent's migration record (Riwayat Migrasi), found by the parent's name.
 * The search shows only what linking needs (name, country, status, departure); the desk keeps
 * the rest of the record.
 */
export function ParentLinkForm({ childId, onSaved }: { childId: string; onSaved: (child: ChildDetail) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  const [q, setQ] = useState('');
  const [found, setFound] = useState<JourneyBrief[] | null>(null);
  const [journeyId, setJourneyId] = useState('');
  const [role, setRole] = useState<ParentRole>('mother');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<'search' | 'link' | null>(null);

  const search = async () => {
    setBusy('search');
    const result = await eduApi.call('children.parentCandidates', { childId, q });
    setBusy(null);
    if (!result.ok) {
      setProblem(result.error.issues?.[0]?.message ?? result.error.message);
      return;
    }
    setProblem(null);
    setFound(result.value.items);
    setJourneyId(result.value.items.length === 1 ? result.value.items[0].journeyId : '');
  };

  const link = async (event: FormEvent) => {
    event.preventDefault();
    if (!journeyId) {
      setProblem(t('edukasi.detail.pickParent'));
      return;
    }
    setBusy('link');
    const result = await eduApi.call('children.linkParentAbroad', { childId, journeyId, role });
    setBusy(null);
    if (!result.ok) {
      setProblem(result.error.issues?.[0]?.message ?? result.error.message);
      return;
    }
    setProblem(null);
    setQ('');
    setFound(null);
    setJourneyId('');
    onSaved(result.value);
  };

  const describe = (j: JourneyBrief) =>
    [
      j.destination ? countryName(j.destination, lang) : null,
      t(`deskadmin.journeyStatus.${j.status}`),
      j.departedOn ? t('edukasi.detail.departedOn', { date: formatDay(j.departedOn, lang) }) : null,
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <form className="edu-form da-mt" onSubmit={link} noValidate aria-labelledby="edu-parent-link">
      <h3 id="edu-parent-link">{t('edukasi.detail.linkParent')}</h3>
      {problem && <FormProblem message={problem} />}
      <div className="edu-form-grid">
        <TextInput
          label={t('edukasi.detail.parentSearch')}
          description={t('edukasi.detail.parentSearchHint')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter searches here; the form's own submit is the link button.
            if (e.key === 'Enter') {
              e.preventDefault();
              void search();
            }
          }}
        />
        <div className="edu-search-button">
          <Button
            variant="default"
            leftSection={<IconSearch aria-hidden size={18} />}
            loading={busy === 'search'}
            onClick={() => void search()}
          >
            {t('edukasi.detail.parentSearchButton')}
          </Button>
        </div>
      </div>
      {found && found.length === 0 && <p className="edu-empty">{t('edukasi.detail.noParentFound')}</p>}
      {found && found.length > 0 && (
        <Radio.Group
          label={t('edukasi.detail.parentFound', { count: found.length })}
          value={journeyId}
          onChange={setJourneyId}
          className="edu-candidates"
        >
          {found.map((j) => (
            <Radio key={j.journeyId} value={j.journeyId} label={j.fullName} description={describe(j)} />
          ))}
        </Radio.Group>
      )}
      {found && found.length > 0 && (
        <>
          <NativeSelect
            label={t('edukasi.detail.parentRole')}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as ParentRole)}
            data={[
              { value: 'mother', label: t('edukasi.enrol.mother') },
              { value: 'father', label: t('edukasi.enrol.father') },
            ]}
            className="edu-role"
          />
          <Button type="submit" leftSection={<IconLink aria-hidden size={18} />} loading={busy === 'link'}>
            {t('edukasi.detail.link')}
          </Button>
        </>
      )}
    </form>
  );
}
