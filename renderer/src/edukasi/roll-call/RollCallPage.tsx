import { Alert, Button, Text } from '@mantine/core';
import { IconCheck, IconDeviceFloppy, IconUserCheck } from '@tabler/icons-react';
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceSheet, AttendanceStatus } from '../../../../electron/shared/edukasi';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EDUKASI_PATHS } from '../paths';
import { eduApi } from '../shared/client';
import { useStatusWord } from '../shared/labels';
import { FormProblem, formatDay, LoadProblem, PageHeader, Success, staffHref, useLoad } from '../shared/reuse';
import { changedCount, keyOfStatus, type Marks, ROLL_CALL_ORDER, readKey, summarize } from './roll-call-state';
import './roll-call.css';

const marksOf = (sheet: AttendanceSheet): Marks =>
  Object.fromEntries(sheet.rows.map((r) => [r.personId, r.status] as const));

/**
 * The roll call: everyone starts as Hadir, one click (or one key) per exception, one save that
 * sends the whole sheet in one attendance.record call. All rows on one page (40 fit with
 * scrolling); the summary and the save button stay in view at the bottom.
 */
export function RollCallPage({ activityId }: { activityId: string }) {
  const { t, i18n } = useTranslation();
  const word = useStatusWord();
  const fetcher = useCallback(() => eduApi.call('attendance.sheet', { activityId }), [activityId]);
  const sheet = useLoad(fetcher);
  const [marks, setMarks] = useState<Marks>({});
  const [loaded, setLoaded] = useState<Marks>({});
  const [current, setCurrent] = useState(0);
  const [confirm, setConfirm] = useState<'past' | 'allPresent' | null>(null);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<{ message: string; details: string[] } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const rowRefs = useRef<(HTMLFieldSetElement | null)[]>([]);

  const value = sheet.value;
  useEffect(() => {
    if (!value) return;
    const m = marksOf(value);
    setMarks(m);
    setLoaded(m);
  }, [value]);

  const rows = value?.rows ?? [];
  const lower = useCallback((s: AttendanceStatus) => word(s).toLocaleLowerCase(i18n.language), [word, i18n.language]);
  const summary = useMemo(() => summarize(marks, lower), [marks, lower]);
  const unsaved = changedCount(marks, loaded);

  const mark = (personId: string, status: AttendanceStatus) => {
    setSaved(null);
    setMarks((m) => ({ ...m, [personId]: status }));
  };

  const focusRow = (index: number) => {
    setCurrent(index);
    rowRefs.current[index]?.focus();
  };

  const save = async (confirmPastEdit: boolean) => {
    if (!value) return;
    setSaving(true);
    setProblem(null);
    const result = await eduApi.call('attendance.record', {
      activityId,
      marks: value.rows.map((r) => ({ personId: r.personId, status: marks[r.personId] ?? 'present' })),
      ...(confirmPastEdit ? { confirmPastEdit: true } : {}),
    });
    setSaving(false);
    setConfirm(null);
    if (!result.ok) {
      setProblem({ message: result.error.message, details: (result.error.issues ?? []).map((i) => i.message) });
      return;
    }
    const m = marksOf(result.value.sheet);
    setMarks(m);
    setLoaded(m);
    setSaved(t('edukasi.rollCall.saved', { summary: summarize(m, lower) }));
  };

  const requestSave = () => {
    if (!value || value.isFuture || saving) return;
    if (value.isPast) setConfirm('past');
    else void save(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      requestSave();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const action = readKey(event.key, current, rows.length);
    if (action.kind === 'none') return;
    event.preventDefault();
    if (action.kind === 'move') focusRow(action.to);
    else if (rows[current]) mark(rows[current].personId, action.status);
  };

  if (!value) {
    return sheet.error ? (
      <LoadProblem error={sheet.error} onRetry={sheet.reload} />
    ) : (
      <Text>{t('edukasi.common.loading')}</Text>
    );
  }
  const activity = value.activity;
  const when = `${formatDay(activity.date, i18n.language)} · ${activity.startTime}–${activity.endTime}`;

  return (
    <div className="rc-page">
      <PageHeader
        title={`${t('edukasi.rollCall.title')}: ${activity.title}`}
        intro={`${when} · ${activity.groupName ?? t('edukasi.activities.noGroup')} · ${activity.place} · ${activity.facilitator}`}
        back={{ href: staffHref(EDUKASI_PATHS.activities), label: t('edukasi.rollCall.back') }}
      />
      {value.isFuture && (
        <Alert color="yellow" variant="light" role="status" mb="sm">
          {t('edukasi.rollCall.future')}
        </Alert>
      )}
      <p className="rc-shortcuts" id="rc-shortcuts">
        {t('edukasi.rollCall.shortcuts')}
      </p>
      {rows.length === 0 ? (
        <Text>{t('edukasi.rollCall.empty')}</Text>
      ) : (
        <ol className="rc-list" aria-label={t('edukasi.rollCall.listLabel')} onKeyDown={onKeyDown}>
          {rows.map((row, index) => {
            const status = marks[row.personId] ?? 'present';
            const active = index === current;
            return (
              <li key={row.personId} className="rc-row" data-status={status}>
                <fieldset
                  ref={(el) => {
                    rowRefs.current[index] = el;
                  }}
                  className="rc-row-inner"
                  tabIndex={active ? 0 : -1}
                  aria-label={t('edukasi.rollCall.rowLabel', {
                    number: index + 1,
                    name: row.fullName,
                    status: word(status),
                  })}
                  aria-describedby="rc-shortcuts"
                  onFocus={() => setCurrent(index)}
                >
                  <span className="rc-num" aria-hidden>
                    {index + 1}
                  </span>
                  <span className="rc-name" aria-hidden>
                    {row.fullName}
                  </span>
                  <span className="rc-buttons">
                    {ROLL_CALL_ORDER.map((s) => (
                      <button
                        key={s}
                        type="button"
                        className="rc-mark"
                        data-status={s}
                        aria-pressed={status === s}
                        tabIndex={active ? 0 : -1}
                        onClick={() => {
                          setCurrent(index);
                          mark(row.personId, s);
                        }}
                      >
                        {status === s && <IconCheck aria-hidden size={18} stroke={3} />}
                        <span>{word(s)}</span>
                        <kbd aria-hidden>{keyOfStatus(s)}</kbd>
                      </button>
                    ))}
                  </span>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <div className="rc-bar">
        <div className="rc-summary">
          <Text fw={700} size="lg" aria-live="polite">
            {summary}
          </Text>
          {unsaved > 0 && <Text size="sm">{`${t('edukasi.rollCall.unsaved')}: ${unsaved}`}</Text>}
        </div>
        {problem && <FormProblem message={problem.message} details={problem.details} />}
        {saved && <Success onClose={() => setSaved(null)}>{saved}</Success>}
        <div className="rc-actions">
          <Button
            variant="default"
            size="md"
            leftSection={<IconUserCheck aria-hidden size={20} />}
            onClick={() => setConfirm('allPresent')}
            disabled={value.isFuture || rows.length === 0}
          >
            {t('edukasi.rollCall.allPresent')}
          </Button>
          <Button
            size="md"
            leftSection={<IconDeviceFloppy aria-hidden size={20} />}
            onClick={requestSave}
            loading={saving}
            disabled={value.isFuture || rows.length === 0}
            aria-keyshortcuts="Control+Enter"
          >
            {t('edukasi.rollCall.save')}
          </Button>
        </div>
      </div>
      {confirm === 'allPresent' && (
        <ConfirmDialog
          title={t('edukasi.rollCall.allPresentTitle')}
          confirmLabel={t('edukasi.rollCall.allPresent')}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            setMarks(Object.fromEntries(rows.map((r) => [r.personId, 'present' as const])));
            setSaved(null);
            setConfirm(null);
          }}
        >
          <p>{t('edukasi.rollCall.allPresentBody')}</p>
        </ConfirmDialog>
      )}
      {confirm === 'past' && (
        <ConfirmDialog
          title={t('edukasi.rollCall.pastTitle')}
          confirmLabel={t('edukasi.rollCall.pastConfirm')}
          busy={saving}
          error={problem?.message}
          onCancel={() => setConfirm(null)}
          onConfirm={() => void save(true)}
        >
          <p>{t('edukasi.rollCall.pastBody', { date: formatDay(activity.date, i18n.language) })}</p>
          <p>{summary}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
