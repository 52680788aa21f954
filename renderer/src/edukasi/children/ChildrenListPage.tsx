import { Button, NativeSelect, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHILD_LIST_STATUSES,
  type ChildListStatus,
  DOCUMENT_STATUS_LABELS,
  SCHOOL_LEVEL_LABELS,
} from '../../../../electron/shared/edukasi';
import { childPath, EDUKASI_PATHS } from '../paths';
import { eduApi } from '../shared/client';
import { formatDay, LoadProblem, PageHeader, PagerBar, staffHref, useLoad, usePager } from '../shared/reuse';
import '../shared/edukasi.css';

const PAGE_SIZE = 25;

/** Anak: search by name, filter by status, keyset pages of 25. */
export function ChildrenListPage() {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ChildListStatus>('active');
  const pager = usePager<string>();
  const { reset } = pager;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new search or filter starts at page 1
  useEffect(() => reset(), [search, status, reset]);
  const list = useLoad(
    useCallback(
      () => eduApi.call('children.list', { q: search || undefined, status, limit: PAGE_SIZE, cursor: pager.cursor }),
      [search, status, pager.cursor],
    ),
  );

  // A role without access gets the core's sentence and nothing to fill in.
  if (list.error?.code === 'FORBIDDEN') {
    return (
      <div className="edu-page">
        <PageHeader title={t('edukasi.children.title')} />
        <LoadProblem error={list.error} />
      </div>
    );
  }

  return (
    <div className="edu-page">
      <PageHeader
        title={t('edukasi.children.title')}
        intro={t('edukasi.children.intro')}
        actions={
          <Button component="a" href={staffHref(EDUKASI_PATHS.enrol)} leftSection={<IconPlus aria-hidden size={18} />}>
            {t('edukasi.children.enrol')}
          </Button>
        }
      />
      <form
        className="edu-toolbar"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          setSearch(q.trim());
        }}
      >
        <TextInput
          label={t('edukasi.children.search')}
          description={t('edukasi.children.searchHint')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={320}
        />
        <NativeSelect
          label={t('edukasi.children.status')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as ChildListStatus)}
          data={CHILD_LIST_STATUSES.map((s) => ({ value: s, label: t(`edukasi.children.statuses.${s}`) }))}
        />
        <Button type="submit" variant="default" leftSection={<IconSearch aria-hidden size={18} />}>
          {t('edukasi.detail.show')}
        </Button>
      </form>
      {list.error && <LoadProblem error={list.error} onRetry={list.reload} />}
      {list.value && list.value.items.length === 0 && <p className="edu-empty">{t('edukasi.children.none')}</p>}
      {list.value && list.value.items.length > 0 && (
        <table className="edu-table">
          <caption className="da-visually-hidden">{t('edukasi.children.tableLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('edukasi.children.name')}</th>
              <th scope="col">{t('edukasi.children.age')}</th>
              <th scope="col">{t('edukasi.children.school')}</th>
              <th scope="col">{t('edukasi.children.birthCertificate')}</th>
              <th scope="col">{t('edukasi.children.kia')}</th>
              <th scope="col">{t('edukasi.children.household')}</th>
              <th scope="col">{t('edukasi.children.enrolledOn')}</th>
            </tr>
          </thead>
          <tbody>
            {list.value.items.map((c) => (
              <tr key={c.id}>
                <td>
                  <a href={staffHref(childPath(c.id))}>{c.fullName}</a>
                  {!c.consentActive && <div>{t('edukasi.children.withdrawn')}</div>}
                  {c.leftOn && <div>{t('edukasi.children.leftOn', { date: formatDay(c.leftOn, i18n.language) })}</div>}
                </td>
                <td className="edu-num">{c.age ?? ''}</td>
                <td>{SCHOOL_LEVEL_LABELS[c.schoolLevel]}</td>
                <td>{DOCUMENT_STATUS_LABELS[c.birthCertificate]}</td>
                <td>{DOCUMENT_STATUS_LABELS[c.kia]}</td>
                <td>{c.householdLabel ?? ''}</td>
                <td>{formatDay(c.enrolledOn, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <PagerBar
        page={pager.page}
        hasNext={Boolean(list.value?.nextCursor)}
        loading={list.status === 'loading'}
        onPrevious={pager.previous}
        onNext={() => list.value?.nextCursor && pager.next(list.value.nextCursor)}
        label={t('edukasi.children.pagerLabel')}
      />
    </div>
  );
}
