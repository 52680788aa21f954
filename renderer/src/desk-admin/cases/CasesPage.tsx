import { Button, NativeSelect, Text, TextInput } from '@mantine/core';
import { IconBuildingStore, IconFilePlus, IconSearch } from '@tabler/icons-react';
import { type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { CASE_KINDS, CASE_RISKS, CASE_STATUSES } from '../../../../electron/shared/desk';
import { DESK_ADMIN_PATHS, staffHref } from '../paths';
import { deskApi } from '../shared/client';
import { LoadProblem } from '../shared/LoadProblem';
import { label } from '../shared/labels';
import { PageHeader } from '../shared/PageHeader';
import { PagerBar } from '../shared/PagerBar';
import { usePager } from '../shared/pager';
import { useLoad } from '../shared/use-load';
import { CaseTable } from './CaseTable';
import { type CaseFilterValues, caseListInput, hasCaseFilters, NO_CASE_FILTERS, parseCaseFilter } from './case-filters';

/** Pengaduan / Kasus: newest first, filtered by status, kind and risk, a page at a time. */
export function CasesPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [filters, setFilters] = useState<CaseFilterValues>(NO_CASE_FILTERS);
  const pager = usePager<string>();
  const fetcher = useCallback(
    () => deskApi.call('cases.list', caseListInput(filters, pager.cursor)),
    [filters, pager.cursor],
  );
  const cases = useLoad(fetcher);

  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);

  const setFilter = <K extends keyof CaseFilterValues>(key: K, raw: string) => {
    setFilters((f) => ({ ...f, [key]: parseCaseFilter(key, raw) }));
    pager.reset();
  };

  const openByCode = async (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim()) return setCodeError(t('deskadmin.common.required'));
    setOpening(true);
    const result = await deskApi.call('cases.get', { referenceCode: code.trim() });
    setOpening(false);
    if (result.ok) return navigate(DESK_ADMIN_PATHS.case(result.value.id));
    setCodeError(result.error.issues?.[0]?.message ?? result.error.message);
  };

  const all = t('deskadmin.common.all');
  return (
    <div className="da-page">
      <PageHeader
        title={t('deskadmin.cases.title')}
        intro={t('deskadmin.cases.intro')}
        actions={
          <>
            <Button
              component="a"
              href={staffHref(DESK_ADMIN_PATHS.casesByAgency)}
              variant="default"
              leftSection={<IconBuildingStore aria-hidden size={18} />}
            >
              {t('deskadmin.cases.byAgencyLink')}
            </Button>
            <Button
              component="a"
              href={staffHref(DESK_ADMIN_PATHS.caseNew)}
              leftSection={<IconFilePlus aria-hidden size={18} />}
            >
              {t('deskadmin.cases.new')}
            </Button>
          </>
        }
      />

      <div className="da-toolbar">
        <form onSubmit={openByCode} noValidate className="da-code-search">
          <TextInput
            label={t('deskadmin.cases.openByCode')}
            placeholder="KNG-2611-7QK"
            value={code}
            onChange={(e) => {
              setCode(e.currentTarget.value);
              setCodeError(null);
            }}
            error={codeError}
            autoCapitalize="characters"
            spellCheck={false}
            className="da-code-input"
          />
          <Button type="submit" variant="default" loading={opening} leftSection={<IconSearch aria-hidden size={16} />}>
            {t('deskadmin.cases.open')}
          </Button>
        </form>
        <fieldset className="da-filters">
          <legend className="da-visually-hidden">{t('deskadmin.common.filters')}</legend>
          <NativeSelect
            label={t('deskadmin.cases.status')}
            value={filters.status}
            onChange={(e) => setFilter('status', e.currentTarget.value)}
            data={[
              { value: '', label: all },
              ...CASE_STATUSES.map((s) => ({ value: s, label: label.caseStatus(t, s) })),
            ]}
          />
          <NativeSelect
            label={t('deskadmin.cases.kind')}
            value={filters.kind}
            onChange={(e) => setFilter('kind', e.currentTarget.value)}
            data={[{ value: '', label: all }, ...CASE_KINDS.map((k) => ({ value: k, label: label.caseKind(t, k) }))]}
          />
          <NativeSelect
            label={t('deskadmin.cases.risk')}
            value={filters.risk}
            onChange={(e) => setFilter('risk', e.currentTarget.value)}
            data={[{ value: '', label: all }, ...CASE_RISKS.map((r) => ({ value: r, label: label.caseRisk(t, r) }))]}
          />
        </fieldset>
      </div>

      {cases.error && <LoadProblem error={cases.error} onRetry={cases.reload} />}
      {cases.value && cases.value.items.length === 0 && (
        <Text className="da-empty">
          {hasCaseFilters(filters) ? t('deskadmin.cases.emptyFiltered') : t('deskadmin.cases.emptyAll')}
        </Text>
      )}
      {cases.value && cases.value.items.length > 0 && (
        <CaseTable
          items={cases.value.items}
          columns={['code', 'kind', 'risk', 'status', 'agency', 'openedAt', 'updatedAt']}
          label={t('deskadmin.cases.tableLabel')}
          busy={cases.status === 'loading'}
        />
      )}
      <PagerBar
        label={t('deskadmin.cases.pagerLabel')}
        page={pager.page}
        hasNext={!!cases.value?.nextCursor}
        loading={cases.status === 'loading'}
        onPrevious={pager.previous}
        onNext={() => cases.value?.nextCursor && pager.next(cases.value.nextCursor)}
      />
    </div>
  );
}
