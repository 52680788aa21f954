import { Badge, Button, Group, Loader, NativeSelect, Paper, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconDeviceFloppy, IconX } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import {
  CONSULTATION_CHANNELS,
  CONSULTATION_STATUSES,
  CONSULTATION_TOPICS,
  type Consultation,
  REFERRAL_TARGETS,
  SUMMARY_MAX,
  VISITOR_RELATIONS,
} from '../../../../electron/shared/desk';
import type { ApiError } from '../../../../electron/shared/errors';
import type { DuplicateCandidate, PersonSummary } from '../../../../electron/shared/people';
import { staffApi, useStaffSession } from '../../staff/session';
import { CheckboxList } from '../../ui/CheckboxList';
import { ShortcutKey } from '../../ui/ShortcutKey';
import { DeskMessage, type DeskNote } from '../DeskMessage';
import { FollowUpPicker } from '../FollowUpPicker';
import { setFlash } from '../flash';
import { jakartaToday } from '../format';
import { consultationPath, DESK_PATHS } from '../paths';
import { newPersonSeed, placeOf } from '../people-picker/person-text';
import { useShortcuts } from '../shortcuts';
import { ConflictPanel, type ConflictState } from './ConflictPanel';
import { countryOptions } from './countries';
import {
  type ChosenPerson,
  type ConsultationValues,
  checkBeforeSave,
  consultationIssueField,
  duplicateKey,
  emptyConsent,
  emptyNewPerson,
  FIELD_IDS,
  type FormErrors,
  type FormField,
  firstErrorField,
  followUpDueOn,
  fromConsultation,
  mergeLatest,
  type NewPersonValues,
  personIssueField,
  placeIssues,
  takeGroup,
  toConsentInput,
  toCreateInput,
  toDuplicateQuery,
  toPersonInput,
  toUpdateInput,
  type Group as ValueGroup,
  type VisitorMode,
} from './form-state';
import { VisitorFields } from './VisitorFields';
import './consultation-form.css';

export type FormMode =
  | { kind: 'new'; ticket: { id: string; label: string; service: string; suggestCase: boolean } | null }
  | { kind: 'edit'; consultation: Consultation };

type Stage = 'duplicates' | 'person' | 'consent' | 'consultation' | 'followUp';

/**
 * The consultation form, new or edit, built for the keyboard: the search box has the cursor
 * when it opens, Enter in the search picks (or starts a new person), checkbox groups are one Tab
 * stop each, and Ctrl+Enter saves from anywhere. Everything typed lives in this component's
 * state, so the session lock screen (StaffArea) can cover it without losing a letter.
 */
export function ConsultationForm({ mode, initial }: { mode: FormMode; initial: ConsultationValues }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  const { village } = useStaffSession();
  const [, navigate] = useLocation();
  const editing = mode.kind === 'edit';

  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [warnings, setWarnings] = useState<Partial<Record<FormField, string>>>({});
  const [note, setNote] = useState<DeskNote | null>(null);
  const [stage, setStage] = useState<Stage | null>(null);
  const [duplicates, setDuplicates] = useState<{ key: string; items: DuplicateCandidate[] } | null>(null);
  const [acceptedKey, setAcceptedKey] = useState<string | null>(null);
  const [created, setCreated] = useState<ChosenPerson | null>(null);
  const [loaded, setLoaded] = useState(() =>
    mode.kind === 'edit' ? { values: initial, version: mode.consultation.version } : null,
  );
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const [focus, setFocus] = useState<{ id: string } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const nikRef = useRef<HTMLInputElement>(null);
  const countries = useMemo(() => countryOptions(lang), [lang]);
  const today = jakartaToday();

  // Focus requests run after the field they name is on screen.
  useEffect(() => {
    if (focus) document.getElementById(focus.id)?.focus();
  }, [focus]);
  useEffect(() => {
    setFocus({ id: editing ? FIELD_IDS.channel : FIELD_IDS.visitor });
  }, [editing]);

  const clear = (fields: FormField[]) => {
    if (fields.length === 0) return;
    setErrors((e) => {
      const next = { ...e };
      for (const f of fields) delete next[f];
      return next;
    });
  };
  const change = (patch: Partial<ConsultationValues>, fields: FormField[]) => {
    setValues((v) => ({ ...v, ...patch }));
    clear(fields);
  };
  const changePerson = (patch: Partial<NewPersonValues>, fields: FormField[]) => {
    setValues((v) => ({ ...v, newPerson: { ...v.newPerson, ...patch } }));
    clear(fields);
    setWarnings({});
  };

  // Possible duplicates are looked up while the new person is typed, before anything is stored.
  const dupKey = duplicateKey(values.newPerson);
  const wantsDuplicateCheck =
    values.visitorMode === 'new' && !values.person && values.newPerson.fullName.trim().length >= 3;
  useEffect(() => {
    if (!wantsDuplicateCheck || duplicates?.key === dupKey) return;
    const query = toDuplicateQuery(values.newPerson);
    const timer = window.setTimeout(async () => {
      const result = await staffApi.call('people.checkDuplicates', query);
      if (result.ok) setDuplicates({ key: dupKey, items: result.value.items });
    }, 700);
    return () => window.clearTimeout(timer);
  }, [wantsDuplicateCheck, dupKey, duplicates?.key, values.newPerson]);

  const chooseMode = (visitorMode: VisitorMode) => {
    setValues((v) => ({
      ...v,
      visitorMode,
      person: visitorMode === 'new' ? created : visitorMode === 'existing' ? null : v.person,
      personNeedsConsent: false,
    }));
    clear(['visitor', 'visitor.label', 'person.fullName']);
    setFocus({
      id:
        visitorMode === 'new'
          ? FIELD_IDS['person.fullName']
          : visitorMode === 'existing'
            ? FIELD_IDS.visitor
            : FIELD_IDS['visitor.label'],
    });
  };

  const pick = async (p: PersonSummary | DuplicateCandidate) => {
    const chosen: ChosenPerson = {
      id: p.id,
      fullName: p.fullName,
      nikMasked: p.nikMasked,
      birthDate: p.birthDate,
      place: placeOf(p, { rt: t('desk.people.rt'), rw: t('desk.people.rw') }),
    };
    setValues((v) => ({ ...v, visitorMode: 'existing', person: chosen, personNeedsConsent: false }));
    clear(['visitor']);
    setFocus({ id: FIELD_IDS.relation });
    // A stored person may lack a consent for consultations (registered by Rumah Edukasi, or withdrawn).
    const result = await staffApi.call('people.get', { id: p.id });
    if (!result.ok) return;
    const hasConsent = result.value.consents.some((c) => !c.withdrawnAt && c.purposes.includes('consultation'));
    if (!hasConsent) {
      setValues((v) => (v.person?.id === p.id ? { ...v, personNeedsConsent: true, consent: emptyConsent() } : v));
      setFocus({ id: FIELD_IDS['consent.purposes'] });
    }
  };

  const startNewPerson = (typed: string) => {
    const seed = newPersonSeed(typed);
    setValues((v) => ({ ...v, visitorMode: 'new', person: null, newPerson: { ...emptyNewPerson(), ...seed } }));
    clear(['visitor']);
    setFocus({ id: seed.fullName ? FIELD_IDS['person.nik'] : FIELD_IDS['person.fullName'] });
  };

  const clearPerson = () => {
    setValues((v) => ({ ...v, person: null, personNeedsConsent: false, visitorMode: 'existing' }));
    setFocus({ id: FIELD_IDS.visitor });
  };

  const showErrors = (found: FormErrors, next: DeskNote) => {
    setErrors((e) => ({ ...e, ...found }));
    setNote(next);
    const first = firstErrorField(found);
    if (first) setFocus({ id: FIELD_IDS[first] });
  };

  const showServer = (error: ApiError, where: (path: string) => FormField | null, extra: string[] = []) => {
    const { fields, other } = placeIssues(error.issues ?? [], where);
    showErrors(fields, { tone: 'error', text: error.message, details: [...other, ...extra] });
  };

  const messages = {
    required: t('desk.form.required'),
    dateFormat: t('desk.form.dateFormat'),
    chooseVisitor: t('desk.form.chooseVisitor'),
    chooseRelation: t('desk.form.chooseRelation'),
    chooseTopic: t('desk.form.chooseTopic'),
    referralOther: t('desk.form.referralOther'),
    chooseDate: t('desk.form.chooseDate'),
    consentForConsultation: t('desk.form.consentForConsultation'),
  };

  const save = async () => {
    if (stage) return;
    setNote(null);
    setConfirmLeave(false);
    const found = checkBeforeSave(values, messages);
    if (firstErrorField(found)) return showErrors(found, { tone: 'error', text: t('desk.form.checkMarked') });

    let personId = values.person?.id ?? null;
    const personNotes: string[] = [];

    if (values.visitorMode === 'new' && !values.person) {
      const key = duplicateKey(values.newPerson);
      let items = duplicates?.key === key ? duplicates.items : null;
      if (!items) {
        setStage('duplicates');
        const check = await staffApi.call('people.checkDuplicates', toDuplicateQuery(values.newPerson));
        setStage(null);
        if (!check.ok) return showServer(check.error, personIssueField);
        items = check.value.items;
        setDuplicates({ key, items });
      }
      if (items.length > 0 && acceptedKey !== key) {
        setNote({ tone: 'warning', text: t('desk.duplicates.checkFirst') });
        setFocus({ id: 'cf-duplicate-first' });
        return;
      }
      setStage('person');
      const made = await staffApi.call(
        'people.create',
        toPersonInput(values.newPerson, values.consent, village.regionCode),
      );
      if (!made.ok) {
        setStage(null);
        return showServer(made.error, personIssueField);
      }
      const p = made.value.person;
      const chosen: ChosenPerson = {
        id: p.id,
        fullName: p.fullName,
        nikMasked: p.nikMasked,
        birthDate: p.birthDate,
        place: placeOf(p, { rt: t('desk.people.rt'), rw: t('desk.people.rw') }),
      };
      personId = chosen.id;
      setCreated(chosen);
      // From here on the form points at the stored person: saving again never stores them twice.
      setValues((v) => ({ ...v, person: chosen }));
      personNotes.push(...made.value.warnings.map((w) => w.message));
    }

    if (values.visitorMode === 'existing' && values.person && values.personNeedsConsent) {
      setStage('consent');
      const added = await staffApi.call('people.addConsent', {
        personId: values.person.id,
        consent: toConsentInput(values.consent),
      });
      if (!added.ok) {
        setStage(null);
        return showServer(added.error, personIssueField);
      }
      setValues((v) => ({ ...v, personNeedsConsent: false }));
    }

    const afterPerson = values.visitorMode === 'new' && personId ? [t('desk.form.personKept')] : [];
    const saved: DeskNote[] = [];
    if (personNotes.length > 0)
      saved.push({ tone: 'warning', text: t('desk.form.personWarnings'), details: personNotes });

    if (mode.kind === 'new') {
      setStage('consultation');
      const result = await staffApi.call(
        'consultations.create',
        toCreateInput(values, { personId, queueTicketId: mode.ticket?.id ?? null, today }),
      );
      setStage(null);
      if (!result.ok) return showServer(result.error, consultationIssueField, [...afterPerson, ...personNotes]);
      setFlash([{ tone: 'success', text: t('desk.form.saved') }, ...saved]);
      navigate(consultationPath(result.value.id));
      return;
    }

    // Edit: only what changed since the version loaded, with that version for the conflict check.
    const id = mode.consultation.id;
    const base = loaded ?? { values: initial, version: mode.consultation.version };
    const input = toUpdateInput(values, base.values, { id, version: base.version, personId: created?.id ?? null });
    const dueOn = followUpDueOn(values, today);
    const hasChanges = Object.keys(input).length > 2;
    if (!hasChanges && !dueOn) {
      setNote({ tone: 'info', text: t('desk.form.nothingChanged') });
      return;
    }
    if (hasChanges) {
      setStage('consultation');
      const result = await staffApi.call('consultations.update', input);
      setStage(null);
      if (!result.ok) {
        if (result.error.code === 'CONFLICT') {
          setConflict({ message: result.error.message, latest: null, conflicts: [], updated: [], loading: false });
          setNote(null);
          return;
        }
        return showServer(result.error, consultationIssueField, personNotes);
      }
      setConflict(null);
      setLoaded({ values: fromConsultation(result.value), version: result.value.version });
    }
    if (dueOn) {
      setStage('followUp');
      const fu = await staffApi.call('followups.create', {
        target: { kind: 'consultation', id },
        dueOn,
        ...(values.followUpNote.trim() ? { note: values.followUpNote.trim() } : {}),
      });
      setStage(null);
      if (!fu.ok) return showServer(fu.error, (path) => (path === 'dueOn' || path === 'note' ? 'followUp' : null));
    }
    setFlash([{ tone: 'success', text: t('desk.form.updated') }, ...saved]);
    navigate(consultationPath(id));
  };

  const reloadLatest = async () => {
    if (mode.kind !== 'edit' || !conflict) return;
    setConflict({ ...conflict, loading: true });
    const result = await staffApi.call('consultations.get', { id: mode.consultation.id });
    if (!result.ok) {
      setConflict({ ...conflict, loading: false });
      setNote({ tone: 'error', text: result.error.message });
      return;
    }
    const latest = fromConsultation(result.value);
    const merged = mergeLatest(values, (loaded ?? { values: initial }).values, latest);
    setValues(merged.values);
    setLoaded({ values: latest, version: result.value.version });
    setConflict({ ...conflict, latest, conflicts: merged.conflicts, updated: merged.updated, loading: false });
  };

  const takeLatest = (groups: ValueGroup[]) => {
    const latest = conflict?.latest;
    if (!latest || !conflict) return;
    setValues((v) => groups.reduce((acc, g) => takeGroup(acc, latest, g), v));
    setConflict({ ...conflict, conflicts: conflict.conflicts.filter((g) => !groups.includes(g)) });
  };

  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const leaveTo =
    mode.kind === 'edit'
      ? consultationPath(mode.consultation.id)
      : mode.ticket
        ? DESK_PATHS.queue
        : DESK_PATHS.consultations;
  const cancel = () => {
    if (dirty && !confirmLeave) {
      setConfirmLeave(true);
      return;
    }
    navigate(leaveTo);
  };

  useShortcuts({ 'Control+Enter': () => void save(), 'Alt+S': () => void save() });

  return (
    <form
      className="staff-page desk-page cf-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      noValidate
      aria-labelledby="cf-title"
      aria-busy={stage !== null}
    >
      <header className="desk-page-header">
        <div>
          <Title order={1} size="h2" id="cf-title">
            {editing ? t('desk.form.editTitle') : t('desk.form.newTitle')}
          </Title>
          {mode.kind === 'edit' && <Text c="dimmed">{t('desk.form.editIntro')}</Text>}
        </div>
        {mode.kind === 'new' && mode.ticket && (
          <Badge size="xl" variant="light" tt="none" className="cf-ticket">
            {t('desk.form.ticket', { ticket: mode.ticket.label })}
          </Badge>
        )}
      </header>

      <div aria-live="polite" className="desk-live">
        {mode.kind === 'new' && mode.ticket?.suggestCase && (
          <DeskMessage note={{ tone: 'info', text: t('desk.form.suggestCase') }} />
        )}
        {note && <DeskMessage note={note} />}
      </div>

      {conflict && (
        <ConflictPanel state={conflict} typed={values} onReload={() => void reloadLatest()} onTake={takeLatest} />
      )}

      <div className="cf-grid">
        <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="cf-visitor-title" className="cf-card">
          <Title order={2} size="h4" id="cf-visitor-title" className="cf-card-title">
            {t('desk.form.visitorSection')}
          </Title>
          <VisitorFields
            values={values}
            errors={errors}
            warnings={warnings}
            villageName={village.name}
            duplicates={duplicates?.key === dupKey ? duplicates.items : []}
            duplicatesAccepted={acceptedKey === dupKey}
            createdPerson={created}
            searchRef={searchRef}
            nameRef={nameRef}
            nikRef={nikRef}
            onMode={chooseMode}
            onPick={(p) => void pick(p)}
            onNewPerson={startNewPerson}
            onClearPerson={clearPerson}
            onAcceptDuplicates={() => {
              setAcceptedKey(dupKey);
              setNote(null);
              setFocus({ id: 'cf-save' });
            }}
            onChange={change}
            onPersonChange={changePerson}
          />
          <div className="cf-row cf-row-2">
            <NativeSelect
              id={FIELD_IDS.relation}
              label={t('desk.form.relation')}
              data={[
                { value: '', label: t('desk.form.choose') },
                ...VISITOR_RELATIONS.map((r) => ({ value: r, label: t(`desk.relations.${r}`) })),
              ]}
              value={values.relation}
              onChange={(e) =>
                change({ relation: e.currentTarget.value as ConsultationValues['relation'] }, ['relation'])
              }
              error={errors.relation}
              required
            />
            <NativeSelect
              id={FIELD_IDS.channel}
              label={t('desk.form.channel')}
              data={CONSULTATION_CHANNELS.map((c) => ({ value: c, label: t(`desk.channels.${c}`) }))}
              value={values.channel}
              onChange={(e) => change({ channel: e.currentTarget.value as ConsultationValues['channel'] }, ['channel'])}
              error={errors.channel}
              required
            />
          </div>
        </Paper>

        <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="cf-about-title" className="cf-card">
          <Title order={2} size="h4" id="cf-about-title" className="cf-card-title">
            {t('desk.form.aboutSection')}
          </Title>
          <CheckboxList
            id={FIELD_IDS.topics}
            legend={t('desk.form.topics')}
            description={t('desk.form.topicsHint')}
            options={CONSULTATION_TOPICS.map((topic) => ({ value: topic, label: t(`desk.topics.${topic}`) }))}
            value={values.topics}
            onChange={(topics) => change({ topics }, ['topics'])}
            error={errors.topics}
            required
          />
          <NativeSelect
            id={FIELD_IDS.destination}
            label={t('desk.form.destination')}
            data={[
              { value: '', label: t('desk.form.noDestination') },
              { group: t('desk.form.commonDestinations'), items: countries.common },
              { group: t('desk.form.otherDestinations'), items: countries.others },
            ]}
            value={values.destination}
            onChange={(e) => change({ destination: e.currentTarget.value }, ['destination'])}
            error={errors.destination}
          />
          <Textarea
            id={FIELD_IDS.summary}
            label={t('desk.form.summary')}
            description={t('desk.form.summaryHint')}
            value={values.summary}
            onChange={(e) => change({ summary: e.currentTarget.value }, ['summary'])}
            error={errors.summary}
            rows={3}
            maxLength={SUMMARY_MAX}
          />
          <Text size="xs" c="dimmed" ta="right" mt={-4}>
            {t('desk.form.summaryCount', { count: values.summary.length, max: SUMMARY_MAX })}
          </Text>
          <CheckboxList
            id={FIELD_IDS.flags}
            legend={t('desk.form.flags')}
            options={[
              { value: 'nonProcedural', label: t('desk.flags.nonProcedural') },
              { value: 'traffickingSuspected', label: t('desk.flags.traffickingSuspected') },
            ]}
            value={[
              ...(values.nonProcedural ? ['nonProcedural' as const] : []),
              ...(values.traffickingSuspected ? ['traffickingSuspected' as const] : []),
            ]}
            onChange={(flags) =>
              change(
                {
                  nonProcedural: flags.includes('nonProcedural'),
                  traffickingSuspected: flags.includes('traffickingSuspected'),
                },
                ['flags'],
              )
            }
            error={errors.flags}
          />
          <CheckboxList
            id={FIELD_IDS.referrals}
            legend={t('desk.form.referrals')}
            options={REFERRAL_TARGETS.map((to) => ({ value: to, label: t(`desk.referrals.${to}`) }))}
            value={values.referrals}
            onChange={(referrals) => change({ referrals }, ['referrals', 'referrals.note'])}
            error={errors.referrals}
            columns={3}
          />
          {values.referrals.includes('other') && (
            <TextInput
              id={FIELD_IDS['referrals.note']}
              label={t('desk.form.referralNote')}
              value={values.referralOtherNote}
              onChange={(e) => change({ referralOtherNote: e.currentTarget.value }, ['referrals.note'])}
              error={errors['referrals.note']}
              maxLength={200}
              required
              autoComplete="off"
            />
          )}
          <div className="cf-row cf-row-follow">
            <FollowUpPicker
              id={FIELD_IDS.followUp}
              label={editing ? t('desk.form.addFollowUp') : t('desk.form.followUp')}
              choice={values.followUpChoice}
              date={values.followUpDate}
              today={today}
              error={errors.followUp}
              onChange={(patch) =>
                change(
                  {
                    ...(patch.choice ? { followUpChoice: patch.choice } : {}),
                    ...(patch.date !== undefined ? { followUpDate: patch.date } : {}),
                  },
                  ['followUp'],
                )
              }
            />
            {values.followUpChoice !== 'none' && (
              <TextInput
                id="cf-follow-up-note"
                label={t('desk.form.followUpNote')}
                value={values.followUpNote}
                onChange={(e) => change({ followUpNote: e.currentTarget.value }, ['followUp'])}
                maxLength={300}
                autoComplete="off"
              />
            )}
          </div>
          {editing && (
            <NativeSelect
              id={FIELD_IDS.status}
              label={t('desk.form.status')}
              data={CONSULTATION_STATUSES.map((s) => ({ value: s, label: t(`desk.statuses.${s}`) }))}
              value={values.status}
              onChange={(e) => change({ status: e.currentTarget.value as ConsultationValues['status'] }, ['status'])}
              error={errors.status}
            />
          )}
        </Paper>
      </div>

      <div className="cf-actions">
        {confirmLeave ? (
          <Group gap="sm" role="alert">
            <Text fw={600}>{t('desk.form.leaveConfirm')}</Text>
            <Button color="red" variant="light" onClick={() => navigate(leaveTo)}>
              {t('desk.form.leaveYes')}
            </Button>
            <Button variant="default" onClick={() => setConfirmLeave(false)}>
              {t('desk.form.leaveNo')}
            </Button>
          </Group>
        ) : (
          <Group gap="sm">
            <Button
              id="cf-save"
              type="submit"
              size="md"
              loading={stage !== null}
              leftSection={<IconDeviceFloppy aria-hidden size={20} />}
              rightSection={<ShortcutKey shortcut="Control+Enter" />}
              aria-keyshortcuts="Control+Enter Alt+S"
            >
              {t('desk.form.save')}
            </Button>
            <Button variant="default" size="md" leftSection={<IconX aria-hidden size={18} />} onClick={cancel}>
              {t('desk.form.cancel')}
            </Button>
          </Group>
        )}
        {stage && (
          <Group gap="xs" aria-live="polite">
            <Loader size="sm" />
            <Text>{t(`desk.form.stage.${stage}`)}</Text>
          </Group>
        )}
      </div>
    </form>
  );
}
