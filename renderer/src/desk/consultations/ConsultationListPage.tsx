import { Badge, Button, Checkbox, Group, Loader, NativeSelect, Table, Text, TextInput, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconFilter, IconPlus } from '@tabler/icons-react';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import {
  CONSULTATION_STATUSES,
  CONSULTATION_TOPICS,
  type ConsultationListItem,
} from '../../../../electron/shared/desk';
import { useDocumentTitle } from '../../app/use-document-title';
import { issuesByField } from '../../platform/field-issues';
import { staffApi } from '../../staff/session';
import { ShortcutKey } from '../../ui/ShortcutKey';
import { DeskMessage } from '../DeskMessage';
import { formatMoment, jakartaToday } from '../format';
import { consultationPath, DESK_PATHS, staffHref } from '../paths';
import { useShortcuts } from '../shortcuts';
import {
  currentCursor,
  EMPTY_FILTERS,
  firstPage,
  type ListFilterValues,
  nextPage,
  type PageTrail,
  PERIODS,
  type Period,
  pageNumber,
  previousPage,
  toListInput,
} from './list-filters';
import '../desk.css';
import './consultation-list.css';

const FILTER_FIELDS = ['filters.from', 'filters.to', 'filters.q'] as const;

/** "Konsultasi": the latest first, filtered by period, status, topic, flags and words; paged by cursor. */
export function ConsultationListPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  useDocumentTitle(t('desk.list.documentTitle'));
  const [, navigate] = useLocation();
  const [form, setForm] = useState<ListFilterValues>(EMPTY_FILTERS);
  const [applied, setApplied] = useState<ListFilterValues>(EMPTY_FILTERS);
  const [trail, setTrail] = useState<PageTrail>(firstPage);
  const [items, setItems] = useState<ConsultationListItem[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<(typeof FILTER_FIELDS)[number], string>>>({});

  const load = useCallback(async (filters: ListFilterValues, pages: PageTrail) => {
    setLoading(true);
    const result = await staffApi.call(
      'consultations.list',
      toListInput(filters, jakartaToday(), currentCursor(pages)),
    );
    setLoading(false);
    if (result.ok) {
      setItems(result.value.items);
      setNext(result.value.nextCursor);
      setError(null);
      setFieldErrors({});
    } else {
      setError(result.error.message);
      setFieldErrors(issuesByField(result.error.issues ?? [], FILTER_FIELDS).fields);
    }
  }, []);

  useEffect(() => {
    void load(applied, trail);
  }, [load, applied, trail]);

  const apply = (event?: FormEvent) => {
    event?.preventDefault();
    setApplied(form);
    setTrail(firstPage());
  };
  const reset = () => {
    setForm(EMPTY_FILTERS);
    setApplied(EMPTY_FILTERS);
    setTrail(firstPage());
  };
  const set = (patch: Partial<ListFilterValues>) => setForm((f) => ({ ...f, ...patch }));

  useShortcuts({ 'Alt+B': () => navigate(DESK_PATHS.newConsultation) });

  return (
    <div className="staff-page desk-page">
      <header className="desk-page-header">
        <Title order={1} size="h2">
          {t('desk.list.title')}
        </Title>
        <Button
          component="a"
          href={staffHref(DESK_PATHS.newConsultation)}
          leftSection={<IconPlus aria-hidden size={18} />}
          rightSection={<ShortcutKey shortcut="Alt+B" />}
          aria-keyshortcuts="Alt+B"
        >
          {t('desk.list.new')}
        </Button>
      </header>

      <form className="cl-filters" onSubmit={apply} aria-label={t('desk.list.filters')}>
        <NativeSelect
          label={t('desk.list.period')}
          data={PERIODS.map((p) => ({ value: p, label: t(`desk.periods.${p}`) }))}
          value={form.period}
          onChange={(e) => set({ period: e.currentTarget.value as Period })}
        />
        {form.period === 'custom' && (
          <>
            <TextInput
              type="date"
              label={t('desk.list.from')}
              value={form.from}
              onChange={(e) => set({ from: e.currentTarget.value })}
              error={fieldErrors['filters.from']}
            />
            <TextInput
              type="date"
              label={t('desk.list.to')}
              value={form.to}
              onChange={(e) => set({ to: e.currentTarget.value })}
              error={fieldErrors['filters.to']}
            />
          </>
        )}
        <NativeSelect
          label={t('desk.list.status')}
          data={[
            { value: '', label: t('desk.list.allStatuses') },
            ...CONSULTATION_STATUSES.map((s) => ({ value: s, label: t(`desk.statuses.${s}`) })),
          ]}
          value={form.status}
          onChange={(e) => set({ status: e.currentTarget.value as ListFilterValues['status'] })}
        />
        <NativeSelect
          label={t('desk.list.topic')}
          data={[
            { value: '', label: t('desk.list.allTopics') },
            ...CONSULTATION_TOPICS.map((topic) => ({ value: topic, label: t(`desk.topics.${topic}`) })),
          ]}
          value={form.topic}
          onChange={(e) => set({ topic: e.currentTarget.value as ListFilterValues['topic'] })}
        />
        <TextInput
          label={t('desk.list.search')}
          placeholder={t('desk.list.searchPlaceholder')}
          value={form.q}
          onChange={(e) => set({ q: e.currentTarget.value })}
          error={fieldErrors['filters.q']}
          className="cl-search"
        />
        <Checkbox
          label={t('desk.list.flagged')}
          checked={form.flagged}
          onChange={(e) => set({ flagged: e.currentTarget.checked })}
          className="cl-flagged"
        />
        <Group gap="xs" className="cl-filter-buttons">
          <Button type="submit" leftSection={<IconFilter aria-hidden size={18} />}>
            {t('desk.list.apply')}
          </Button>
          <Button variant="default" onClick={reset}>
            {t('desk.list.reset')}
          </Button>
        </Group>
      </form>

      <div aria-live="polite" className="desk-live">
        {error && <DeskMessage note={{ tone: 'error', text: error }} />}
      </div>

      <div className="cl-table-wrap" aria-busy={loading}>
        {items === null ? (
          <Loader aria-label={t('app.loading')} />
        ) : items.length === 0 ? (
          <Text className="cl-empty">{t('desk.list.empty')}</Text>
        ) : (
          <Table className="desk-table cl-table" striped highlightOnHover withTableBorder verticalSpacing={6}>
            <Table.Caption className="desk-sr-only">
              {t('desk.list.caption', { page: pageNumber(trail) })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('desk.list.colTime')}</Table.Th>
                <Table.Th scope="col">{t('desk.list.colVisitor')}</Table.Th>
                <Table.Th scope="col">{t('desk.list.colTopics')}</Table.Th>
                <Table.Th scope="col">{t('desk.list.colStatus')}</Table.Th>
                <Table.Th scope="col">{t('desk.list.colOfficer')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td className="cl-time">{formatMoment(c.at, lang)}</Table.Td>
                  <Table.Td>
                    <a href={staffHref(consultationPath(c.id))} className="cl-visitor">
                      {c.visitor.kind === 'person'
                        ? c.visitor.name
                        : t('desk.list.anonymous', { label: c.visitor.label })}
                    </a>
                    {c.summaryPreview && <div className="cl-preview">{c.summaryPreview}</div>}
                  </Table.Td>
                  <Table.Td>
                    {c.topics.map((topic) => t(`desk.topics.${topic}`)).join(', ')}
                    {(c.flags.nonProcedural || c.flags.traffickingSuspected) && (
                      <div className="cl-flags">
                        {c.flags.nonProcedural && (
                          <Badge color="orange" variant="light" size="md" tt="none" className="desk-flag">
                            {t('desk.flags.nonProceduralShort')}
                          </Badge>
                        )}
                        {c.flags.traffickingSuspected && (
                          <Badge color="red" variant="light" size="md" tt="none" className="desk-flag">
                            {t('desk.flags.traffickingShort')}
                          </Badge>
                        )}
                      </div>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`desk.statuses.${c.status}`)}</Table.Td>
                  <Table.Td>{c.officerName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </div>

      <nav className="desk-pager" aria-label={t('desk.list.pages')}>
        <Button
          variant="default"
          leftSection={<IconChevronLeft aria-hidden size={18} />}
          disabled={pageNumber(trail) === 1 || loading}
          onClick={() => setTrail(previousPage(trail))}
        >
          {t('desk.list.previous')}
        </Button>
        <Text>{t('desk.list.page', { page: pageNumber(trail) })}</Text>
        <Button
          variant="default"
          rightSection={<IconChevronRight aria-hidden size={18} />}
          disabled={!next || loading}
          onClick={() => next && setTrail(nextPage(trail, next))}
        >
          {t('desk.list.next')}
        </Button>
        {loading && <Loader size="sm" aria-label={t('app.loading')} />}
      </nav>
    </div>
  );
}
