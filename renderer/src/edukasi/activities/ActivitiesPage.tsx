import { Button, NativeSelect, Text, TextInput } from '@mantine/core';
import { IconClipboardCheck, IconPlus } from '@tabler/icons-react';
import { type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KIND_LABELS, ACTIVITY_KINDS, type ActivityKind } from '../../../../electron/shared/edukasi';
import { issuesByField } from '../../platform/field-issues';
import { useStaffSession } from '../../staff/session';
import { rollCallPath } from '../paths';
import { eduApi } from '../shared/client';
import {
  FormProblem,
  formatDay,
  jakartaToday,
  LoadProblem,
  PageHeader,
  Success,
  staffHref,
  useLoad,
} from '../shared/reuse';
import '../shared/edukasi.css';

const FIELDS = ['groupId', 'date', 'startTime', 'endTime', 'kind', 'title', 'facilitator', 'place'] as const;
type Field = (typeof FIELDS)[number];

/** Kegiatan & Absensi: create an activity (today by default) and open the roll call of any activity on a date. */
export function ActivitiesPage() {
  const { t, i18n } = useTranslation();
  const { user } = useStaffSession();
  const today = jakartaToday();
  const [day, setDay] = useState(today);
  const groups = useLoad(useCallback(() => eduApi.call('groups.list', {}), []));
  const list = useLoad(useCallback(() => eduApi.call('activities.list', { from: day, to: day }), [day]));

  const [form, setForm] = useState<Record<Field, string>>({
    groupId: '',
    date: today,
    startTime: '15:00',
    endTime: '16:30',
    kind: 'belajar_kelompok',
    title: '',
    facilitator: user.displayName,
    place: 'Rumah Edukasi',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<{ message: string; details: string[] } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (f: Field) => (value: string) => setForm((s) => ({ ...s, [f]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Partial<Record<Field, string>> = {};
    for (const f of ['title', 'facilitator', 'place', 'startTime', 'endTime'] as const) {
      if (!form[f].trim()) missing[f] = t('edukasi.common.required');
    }
    setErrors(missing);
    setDone(null);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    const result = await eduApi.call('activities.create', {
      ...(form.groupId ? { groupId: form.groupId } : {}),
      date: form.date || undefined,
      startTime: form.startTime,
      endTime: form.endTime,
      kind: form.kind as ActivityKind,
      title: form.title.trim(),
      facilitator: form.facilitator.trim(),
      place: form.place.trim(),
    });
    setBusy(false);
    if (!result.ok) {
      const split = issuesByField(result.error.issues ?? [], FIELDS);
      setErrors(split.fields);
      setProblem({ message: result.error.message, details: split.other });
      return;
    }
    setProblem(null);
    setDone(t('edukasi.activities.created', { title: result.value.title }));
    setForm((s) => ({ ...s, title: '' }));
    if (result.value.date === day) list.reload();
    else setDay(result.value.date);
  };

  return (
    <div className="edu-page">
      <PageHeader title={t('edukasi.activities.title')} intro={t('edukasi.activities.intro')} />
      <div className="edu-columns">
        <section className="edu-panel" aria-labelledby="edu-activity-new">
          <h2 id="edu-activity-new">{t('edukasi.activities.create')}</h2>
          <form className="edu-form" onSubmit={submit} noValidate>
            {problem && <FormProblem message={problem.message} details={problem.details} />}
            <NativeSelect
              label={t('edukasi.activities.group')}
              value={form.groupId}
              onChange={(e) => set('groupId')(e.currentTarget.value)}
              error={errors.groupId}
              data={[
                { value: '', label: t('edukasi.activities.noGroup') },
                ...(groups.value?.items ?? []).map((g) => ({ value: g.id, label: g.name })),
              ]}
            />
            <TextInput
              type="date"
              label={t('edukasi.activities.date')}
              value={form.date}
              max={today}
              onChange={(e) => set('date')(e.currentTarget.value)}
              error={errors.date}
            />
            <div className="edu-form-grid">
              <TextInput
                type="time"
                label={t('edukasi.activities.startTime')}
                value={form.startTime}
                onChange={(e) => set('startTime')(e.currentTarget.value)}
                error={errors.startTime}
                required
              />
              <TextInput
                type="time"
                label={t('edukasi.activities.endTime')}
                value={form.endTime}
                onChange={(e) => set('endTime')(e.currentTarget.value)}
                error={errors.endTime}
                required
              />
            </div>
            <NativeSelect
              label={t('edukasi.activities.kind')}
              value={form.kind}
              onChange={(e) => set('kind')(e.currentTarget.value)}
              error={errors.kind}
              data={ACTIVITY_KINDS.map((k) => ({ value: k, label: ACTIVITY_KIND_LABELS[k] }))}
            />
            <TextInput
              label={t('edukasi.activities.activityTitle')}
              value={form.title}
              onChange={(e) => set('title')(e.currentTarget.value)}
              error={errors.title}
              required
            />
            <TextInput
              label={t('edukasi.activities.facilitator')}
              value={form.facilitator}
              onChange={(e) => set('facilitator')(e.currentTarget.value)}
              error={errors.facilitator}
              required
            />
            <TextInput
              label={t('edukasi.activities.place')}
              value={form.place}
              onChange={(e) => set('place')(e.currentTarget.value)}
              error={errors.place}
              required
            />
            <Button type="submit" leftSection={<IconPlus aria-hidden size={18} />} loading={busy}>
              {t('edukasi.activities.create')}
            </Button>
          </form>
        </section>
        <section aria-labelledby="edu-activity-list">
          {done && <Success onClose={() => setDone(null)}>{done}</Success>}
          <div className="edu-toolbar">
            <TextInput
              type="date"
              label={t('edukasi.activities.listDate')}
              value={day}
              onChange={(e) => e.currentTarget.value && setDay(e.currentTarget.value)}
            />
          </div>
          <h2 id="edu-activity-list" className="da-visually-hidden">
            {t('edukasi.activities.tableLabel')}
          </h2>
          {list.error && <LoadProblem error={list.error} onRetry={list.reload} />}
          {list.value && list.value.items.length === 0 && <p className="edu-empty">{t('edukasi.activities.none')}</p>}
          {list.value && list.value.items.length > 0 && (
            <table className="edu-table">
              <caption>{`${t('edukasi.activities.tableLabel')}: ${formatDay(day, i18n.language)}`}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('edukasi.activities.number')}</th>
                  <th scope="col">{t('edukasi.activities.time')}</th>
                  <th scope="col">{t('edukasi.activities.activityTitle')}</th>
                  <th scope="col">{t('edukasi.activities.group')}</th>
                  <th scope="col">{t('edukasi.activities.marked')}</th>
                  <th scope="col">
                    <span className="da-visually-hidden">{t('edukasi.activities.rollCall')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.value.items.map((a) => {
                  const time = `${a.startTime}–${a.endTime}`;
                  return (
                    <tr key={a.id}>
                      <td className="edu-num">{a.numberInDay}</td>
                      <td>{time}</td>
                      <td>
                        {a.title}
                        <Text size="xs" c="dimmed">
                          {`${ACTIVITY_KIND_LABELS[a.kind]} · ${a.place}`}
                        </Text>
                      </td>
                      <td>{a.groupName ?? t('edukasi.activities.noGroup')}</td>
                      <td>
                        {a.marked > 0
                          ? t('edukasi.activities.markedValue', { attended: a.attended, marked: a.marked })
                          : t('edukasi.activities.notMarked')}
                      </td>
                      <td>
                        <Button
                          component="a"
                          size="sm"
                          href={staffHref(rollCallPath(a.id))}
                          leftSection={<IconClipboardCheck aria-hidden size={18} />}
                          aria-label={t('edukasi.activities.rollCallLabel', { title: a.title, time })}
                        >
                          {t('edukasi.activities.rollCall')}
                        </Button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </div>
  );
}
