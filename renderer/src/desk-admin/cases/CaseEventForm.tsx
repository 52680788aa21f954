import { Button, NativeSelect, Paper, Radio, Stack, Textarea, Title } from '@mantine/core';
import { IconTimelineEventPlus } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CaseRecord,
  type CaseStatus,
  REFERRAL_TARGETS,
  type ReferralTarget,
} from '../../../../electron/shared/desk';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { deskApi } from '../shared/client';
import { FormProblem } from '../shared/FormProblem';
import { label } from '../shared/labels';

const FIELDS = ['note', 'referralTo', 'statusTo'] as const;
type Field = (typeof FIELDS)[number];

/**
 * One entry on the timeline: a note, optionally a referral, optionally the next status. Only
 * the statuses the core allows next are offered; closing is final, so it asks first.
 */
export function CaseEventForm({
  record,
  onSaved,
}: {
  record: CaseRecord;
  onSaved: (record: CaseRecord, what: string) => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [referralTo, setReferralTo] = useState<ReferralTarget | ''>('');
  const [statusTo, setStatusTo] = useState<CaseStatus | ''>('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmClose, setConfirmClose] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  const save = async () => {
    setBusy(true);
    const result = await deskApi.call('cases.addEvent', {
      id: record.id,
      note: note.trim(),
      ...(referralTo ? { referralTo } : {}),
      ...(statusTo ? { statusTo } : {}),
    });
    setBusy(false);
    setConfirmClose(false);
    if (result.ok) {
      const what = statusTo
        ? t('deskadmin.caseDetail.savedStatus', { status: label.caseStatus(t, statusTo) })
        : referralTo
          ? t('deskadmin.caseDetail.savedReferral', { to: label.referral(t, referralTo) })
          : t('deskadmin.caseDetail.savedNote');
      setNote('');
      setReferralTo('');
      setStatusTo('');
      onSaved(result.value, what);
      return;
    }
    const found: Partial<Record<Field, string>> = {};
    const other: string[] = [];
    for (const issue of result.error.issues ?? []) {
      if ((FIELDS as readonly string[]).includes(issue.path)) found[issue.path as Field] ??= issue.message;
      else other.push(issue.message);
    }
    setErrors(found);
    setProblem([result.error.message, ...other].join(' '));
    if (found.note) noteRef.current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!note.trim()) {
      setErrors({ note: t('deskadmin.caseDetail.noteRequired') });
      noteRef.current?.focus();
      return;
    }
    if (statusTo === 'closed') setConfirmClose(true);
    else void save();
  };

  if (record.allowedNext.length === 0 && record.status === 'closed') {
    // A closed case takes no more entries from this form: the core would refuse status steps,
    // and notes on a closed case belong in a new case.
    return null;
  }

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="da-case-event-title">
      <form onSubmit={submit} noValidate aria-busy={busy}>
        <Stack gap="sm">
          <Title order={2} size="h4" id="da-case-event-title">
            {t('deskadmin.caseDetail.addTitle')}
          </Title>
          {problem && <FormProblem message={problem} />}
          <Textarea
            ref={noteRef}
            label={t('deskadmin.caseDetail.note')}
            description={t('deskadmin.caseDetail.noteHint')}
            value={note}
            onChange={(e) => {
              setNote(e.currentTarget.value);
              setErrors((x) => ({ ...x, note: undefined }));
            }}
            error={errors.note}
            required
            autosize
            minRows={2}
            maxRows={6}
            maxLength={1000}
          />
          <NativeSelect
            label={t('deskadmin.caseDetail.referral')}
            value={referralTo}
            onChange={(e) => {
              const value = e.currentTarget.value as ReferralTarget | '';
              setReferralTo(value);
              // Referring an open case usually moves it to "Dirujuk": suggest it, the officer may change it.
              if (value && !statusTo && record.allowedNext.includes('referred')) setStatusTo('referred');
            }}
            error={errors.referralTo}
            data={[
              { value: '', label: t('deskadmin.caseDetail.noReferral') },
              ...REFERRAL_TARGETS.map((r) => ({ value: r, label: label.referral(t, r) })),
            ]}
          />
          <Radio.Group
            label={t('deskadmin.caseDetail.nextStatus')}
            description={t('deskadmin.caseDetail.nextStatusHint', { status: label.caseStatus(t, record.status) })}
            value={statusTo}
            onChange={(v) => setStatusTo(v as CaseStatus | '')}
            error={errors.statusTo}
          >
            <div className="da-radio-row">
              <Radio
                value=""
                label={t('deskadmin.caseDetail.keepStatus', { status: label.caseStatus(t, record.status) })}
              />
              {record.allowedNext.map((s) => (
                <Radio
                  key={s}
                  value={s}
                  // Back to "open" from "resolved" is a reopening: say so.
                  label={s === 'open' ? t('deskadmin.caseDetail.reopen') : label.caseStatus(t, s)}
                />
              ))}
            </div>
          </Radio.Group>
          <div>
            <Button type="submit" loading={busy} leftSection={<IconTimelineEventPlus aria-hidden size={18} />}>
              {t('deskadmin.caseDetail.addSubmit')}
            </Button>
          </div>
        </Stack>
      </form>
      {confirmClose && (
        <ConfirmDialog
          title={t('deskadmin.caseDetail.closeTitle', { code: record.referenceCode })}
          confirmLabel={t('deskadmin.caseDetail.closeAction')}
          tone="danger"
          busy={busy}
          onCancel={() => setConfirmClose(false)}
          onConfirm={save}
        >
          <p>{t('deskadmin.caseDetail.closeBody')}</p>
        </ConfirmDialog>
      )}
    </Paper>
  );
}
