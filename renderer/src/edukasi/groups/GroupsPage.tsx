import { Button, NativeSelect, NumberInput, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_AUDIENCE_LABELS, GROUP_AUDIENCES, type GroupAudience } from '../../../../electron/shared/edukasi';
import { issuesByField } from '../../platform/field-issues';
import { groupPath } from '../paths';
import { eduApi } from '../shared/client';
import { FormProblem, formatDay, LoadProblem, PageHeader, Success, staffHref, useLoad } from '../shared/reuse';
import '../shared/edukasi.css';

const FIELDS = ['name', 'audience', 'ageMin', 'ageMax', 'note'] as const;
type Field = (typeof FIELDS)[number];

/** Kelompok: the groups, and a form to create one (children by age band, caregivers, returnees). */
export function GroupsPage() {
  const { t, i18n } = useTranslation();
  const list = useLoad(useCallback(() => eduApi.call('groups.list', {}), []));
  const [name, setName] = useState('');
  const [audience, setAudience] = useState<GroupAudience>('children');
  const [ageMin, setAgeMin] = useState<number | string>('');
  const [ageMax, setAgeMax] = useState<number | string>('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<{ message: string; details: string[] } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!name.trim()) {
      setErrors({ name: t('edukasi.common.required') });
      return;
    }
    setBusy(true);
    const result = await eduApi.call('groups.create', {
      name: name.trim(),
      audience,
      ...(typeof ageMin === 'number' ? { ageMin } : {}),
      ...(typeof ageMax === 'number' ? { ageMax } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      const split = issuesByField(result.error.issues ?? [], FIELDS);
      setErrors(split.fields);
      setProblem({ message: result.error.message, details: split.other });
      return;
    }
    setErrors({});
    setProblem(null);
    setName('');
    setDone(t('edukasi.groups.created', { name: result.value.name }));
    list.reload();
  };

  return (
    <div className="edu-page">
      <PageHeader title={t('edukasi.groups.title')} intro={t('edukasi.groups.intro')} />
      <div className="edu-columns">
        <section className="edu-panel" aria-labelledby="edu-group-new">
          <h2 id="edu-group-new">{t('edukasi.groups.create')}</h2>
          <form className="edu-form" onSubmit={submit} noValidate>
            {problem && <FormProblem message={problem.message} details={problem.details} />}
            <TextInput
              label={t('edukasi.groups.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
              required
            />
            <NativeSelect
              label={t('edukasi.groups.audience')}
              value={audience}
              onChange={(e) => setAudience(e.currentTarget.value as GroupAudience)}
              data={GROUP_AUDIENCES.map((a) => ({ value: a, label: GROUP_AUDIENCE_LABELS[a] }))}
              error={errors.audience}
            />
            <div className="edu-form-grid">
              <NumberInput
                label={t('edukasi.groups.ageMin')}
                value={ageMin}
                onChange={setAgeMin}
                min={0}
                max={17}
                error={errors.ageMin}
              />
              <NumberInput
                label={t('edukasi.groups.ageMax')}
                value={ageMax}
                onChange={setAgeMax}
                min={0}
                max={17}
                error={errors.ageMax}
              />
            </div>
            <Button type="submit" leftSection={<IconPlus aria-hidden size={18} />} loading={busy}>
              {t('edukasi.groups.create')}
            </Button>
          </form>
        </section>
        <section>
          {done && <Success onClose={() => setDone(null)}>{done}</Success>}
          {list.error && <LoadProblem error={list.error} onRetry={list.reload} />}
          {list.value && list.value.items.length === 0 && <p className="edu-empty">{t('edukasi.groups.none')}</p>}
          {list.value && list.value.items.length > 0 && (
            <table className="edu-table">
              <caption>{t('edukasi.groups.tableLabel')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('edukasi.groups.name')}</th>
                  <th scope="col">{t('edukasi.groups.audience')}</th>
                  <th scope="col">{t('edukasi.groups.members')}</th>
                  <th scope="col">{t('edukasi.groups.lastActivity')}</th>
                </tr>
              </thead>
              <tbody>
                {list.value.items.map((g) => (
                  <tr key={g.id}>
                    <td>
                      <a href={staffHref(groupPath(g.id))}>{g.name}</a>
                    </td>
                    <td>
                      {GROUP_AUDIENCE_LABELS[g.audience]}
                      {g.ageMin !== null || g.ageMax !== null ? ` (${g.ageMin ?? 0}–${g.ageMax ?? 17})` : ''}
                    </td>
                    <td className="edu-num">{g.memberCount}</td>
                    <td>{g.lastActivityOn ? formatDay(g.lastActivityOn, i18n.language) : t('edukasi.alerts.never')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </div>
  );
}
