import { Button, Checkbox, NativeSelect, TextInput } from '@mantine/core';
import { IconPhoneCall } from '@tabler/icons-react';
import { type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_METHOD_LABELS, CONTACT_METHODS, type ContactMethod } from '../../../../electron/shared/edukasi';
import { eduApi } from '../shared/client';
import { FormProblem, formatDay, jakartaToday, LoadProblem, Success, useLoad } from '../shared/reuse';

/** Contact-with-parent log for long-distance parenting: date, how, arranged by the house or not. */
export function ParentContactsPanel({ childId }: { childId: string }) {
  const { t, i18n } = useTranslation();
  const list = useLoad(useCallback(() => eduApi.call('parentContacts.list', { childId }), [childId]));
  const [date, setDate] = useState(jakartaToday());
  const [how, setHow] = useState<ContactMethod>('video_call');
  const [facilitated, setFacilitated] = useState(true);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await eduApi.call('parentContacts.add', {
      childId,
      date,
      how,
      facilitatedByHouse: facilitated,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.error.message);
      setDone(false);
      return;
    }
    setProblem(null);
    setDone(true);
    setNote('');
    list.reload();
  };

  return (
    <section className="edu-panel" aria-labelledby="edu-contacts">
      <h2 id="edu-contacts">{t('edukasi.detail.contacts')}</h2>
      <p>{t('edukasi.detail.contactsIntro')}</p>
      <form className="edu-form" onSubmit={submit} noValidate>
        {problem && <FormProblem message={problem} />}
        {done && <Success onClose={() => setDone(false)}>{t('edukasi.detail.contactSaved')}</Success>}
        <div className="edu-form-grid">
          <TextInput
            type="date"
            label={t('edukasi.detail.contactDate')}
            value={date}
            max={jakartaToday()}
            onChange={(e) => setDate(e.currentTarget.value)}
          />
          <NativeSelect
            label={t('edukasi.detail.how')}
            value={how}
            onChange={(e) => setHow(e.currentTarget.value as ContactMethod)}
            data={CONTACT_METHODS.map((m) => ({ value: m, label: CONTACT_METHOD_LABELS[m] }))}
          />
          <TextInput
            className="edu-wide"
            label={t('edukasi.detail.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Checkbox
            className="edu-wide"
            label={t('edukasi.detail.facilitated')}
            checked={facilitated}
            onChange={(e) => setFacilitated(e.currentTarget.checked)}
          />
        </div>
        <Button type="submit" variant="default" leftSection={<IconPhoneCall aria-hidden size={18} />} loading={busy}>
          {t('edukasi.detail.addContact')}
        </Button>
      </form>
      {list.error && <LoadProblem error={list.error} onRetry={list.reload} />}
      {list.value && list.value.items.length === 0 && <p>{t('edukasi.detail.noContacts')}</p>}
      {list.value && list.value.items.length > 0 && (
        <table className="edu-table da-mt">
          <caption className="da-visually-hidden">{t('edukasi.detail.contactsTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('edukasi.detail.date')}</th>
              <th scope="col">{t('edukasi.detail.how')}</th>
              <th scope="col">{t('edukasi.detail.facilitated')}</th>
              <th scope="col">{t('edukasi.detail.note')}</th>
            </tr>
          </thead>
          <tbody>
            {list.value.items.map((c) => (
              <tr key={c.id}>
                <td>{formatDay(c.date, i18n.language)}</td>
                <td>{CONTACT_METHOD_LABELS[c.how]}</td>
                <td>{c.facilitatedByHouse ? t('edukasi.common.yes') : t('edukasi.common.no')}</td>
                <td>{c.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
