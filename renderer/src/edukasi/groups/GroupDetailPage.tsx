import { Button, Checkbox, TextInput } from '@mantine/core';
import { IconPlus, IconUserMinus } from '@tabler/icons-react';
import { type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_AUDIENCE_LABELS, type GroupMember } from '../../../../electron/shared/edukasi';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EDUKASI_PATHS } from '../paths';
import { eduApi } from '../shared/client';
import { FormProblem, formatDay, LoadProblem, PageHeader, Success, staffHref, useLoad } from '../shared/reuse';
import '../shared/edukasi.css';

/** One group: its members (remove behind a confirmation) and a search to add active children. */
export function GroupDetailPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const group = useLoad(useCallback(() => eduApi.call('groups.get', { id }), [id]));
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const found = useLoad(
    useCallback(() => eduApi.call('children.list', { q: search || undefined, status: 'active', limit: 50 }), [search]),
  );
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [removing, setRemoving] = useState<GroupMember | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const members = group.value?.members ?? [];
  const memberIds = new Set(members.map((m) => m.personId));
  const candidates = (found.value?.items ?? []).filter((c) => !memberIds.has(c.personId));

  const add = async () => {
    setBusy(true);
    const result = await eduApi.call('groups.addMembers', { groupId: id, personIds: [...chosen] });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    setProblem(null);
    setChosen(new Set());
    group.replace(result.value.group);
    setDone(
      [t('edukasi.groups.added', { added: result.value.added }), ...result.value.warnings.map((w) => w.message)].join(
        ' ',
      ),
    );
  };

  const remove = async (member: GroupMember) => {
    setBusy(true);
    const result = await eduApi.call('groups.removeMember', { groupId: id, personId: member.personId });
    setBusy(false);
    setRemoving(null);
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    group.replace(result.value);
    setDone(t('edukasi.groups.removed', { name: member.fullName }));
  };

  if (!group.value) {
    return group.error ? (
      <LoadProblem error={group.error} onRetry={group.reload} />
    ) : (
      <p>{t('edukasi.common.loading')}</p>
    );
  }
  const g = group.value;
  return (
    <div className="edu-page">
      <PageHeader
        title={g.name}
        intro={`${GROUP_AUDIENCE_LABELS[g.audience]} · ${t('edukasi.groups.members')}: ${g.members.length}`}
        back={{ href: staffHref(EDUKASI_PATHS.groups), label: t('edukasi.groups.back') }}
      />
      {done && <Success onClose={() => setDone(null)}>{done}</Success>}
      {problem && <FormProblem message={problem} />}
      <div className="edu-columns">
        <section className="edu-panel" aria-labelledby="edu-add-members">
          <h2 id="edu-add-members">{t('edukasi.groups.addMembers')}</h2>
          <p>{t('edukasi.groups.addHint')}</p>
          <form
            className="edu-toolbar"
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              setSearch(q.trim());
            }}
          >
            <TextInput label={t('edukasi.children.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
            <Button type="submit" variant="default">
              {t('edukasi.detail.show')}
            </Button>
          </form>
          <div className="edu-choice">
            {candidates.map((c) => (
              <Checkbox
                key={c.personId}
                label={`${c.fullName}${c.age !== null ? ` (${t('edukasi.common.years', { count: c.age })})` : ''}`}
                checked={chosen.has(c.personId)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setChosen((s) => {
                    const next = new Set(s);
                    if (on) next.add(c.personId);
                    else next.delete(c.personId);
                    return next;
                  });
                }}
              />
            ))}
          </div>
          <Button
            mt="sm"
            leftSection={<IconPlus aria-hidden size={18} />}
            disabled={chosen.size === 0}
            loading={busy}
            onClick={add}
          >
            {t('edukasi.groups.addChosen', { count: chosen.size })}
          </Button>
        </section>
        <section>
          {g.withdrawnCount > 0 && <p>{t('edukasi.groups.withdrawn', { count: g.withdrawnCount })}</p>}
          {members.length === 0 ? (
            <p className="edu-empty">{t('edukasi.groups.noMembers')}</p>
          ) : (
            <table className="edu-table">
              <caption>{t('edukasi.groups.membersTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('edukasi.children.name')}</th>
                  <th scope="col">{t('edukasi.children.age')}</th>
                  <th scope="col">{t('edukasi.groups.since')}</th>
                  <th scope="col">
                    <span className="da-visually-hidden">{t('edukasi.groups.remove')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr key={m.personId}>
                    <td>{m.fullName}</td>
                    <td className="edu-num">{m.age ?? ''}</td>
                    <td>{formatDay(m.fromDate, i18n.language)}</td>
                    <td>
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconUserMinus aria-hidden size={16} />}
                        aria-label={t('edukasi.groups.removeLabel', { name: m.fullName })}
                        onClick={() => setRemoving(m)}
                      >
                        {t('edukasi.groups.remove')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
      {removing && (
        <ConfirmDialog
          title={t('edukasi.groups.removeTitle', { name: removing.fullName })}
          confirmLabel={t('edukasi.groups.remove')}
          tone="danger"
          busy={busy}
          onCancel={() => setRemoving(null)}
          onConfirm={() => void remove(removing)}
        >
          <p>{t('edukasi.groups.removeBody')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
