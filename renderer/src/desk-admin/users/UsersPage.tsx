import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconKey, IconPlayerPlay, IconUserOff, IconUserPlus } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../electron/shared/users';
import { useStaffSession } from '../../staff/session';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { deskApi } from '../shared/client';
import { formatMoment } from '../shared/format';
import { LoadProblem } from '../shared/LoadProblem';
import { PageHeader } from '../shared/PageHeader';
import { Success } from '../shared/Success';
import { useLoad } from '../shared/use-load';
import { TemporaryPasswordNotice } from './TemporaryPasswordNotice';
import { temporaryPassword } from './temporary-password';
import { UserCreateForm } from './UserCreateForm';

type Pending = { kind: 'disable' | 'enable' | 'reset'; user: UserSummary };

/** Pengaturan › Akun petugas (admin). Accounts are never deleted: their ids sign the records. */
export function UsersPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'id';
  const { user: me } = useStaffSession();
  const fetcher = useCallback(() => deskApi.call('users.list'), []);
  const users = useLoad(fetcher);
  const [creating, setCreating] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [temporary, setTemporary] = useState<{ user: UserSummary; password: string } | null>(null);

  const ask = (next: Pending) => {
    setDialogError(null);
    setPending(next);
  };

  const confirm = async () => {
    if (!pending) return;
    const { kind, user } = pending;
    setBusy(true);
    setDialogError(null);
    if (kind === 'reset') {
      // A generated password can, rarely, contain a word the core refuses: one fresh try.
      let password = temporaryPassword();
      let result = await deskApi.call('users.resetPassword', { id: user.id, temporaryPassword: password });
      if (!result.ok && result.error.code === 'VALIDATION') {
        password = temporaryPassword();
        result = await deskApi.call('users.resetPassword', { id: user.id, temporaryPassword: password });
      }
      setBusy(false);
      if (!result.ok) return setDialogError(result.error.message);
      setPending(null);
      setDone(null);
      setTemporary({ user: result.value.user, password });
      users.reload();
      return;
    }
    const result = await deskApi.call(kind === 'disable' ? 'users.disable' : 'users.enable', { id: user.id });
    setBusy(false);
    if (!result.ok) return setDialogError(result.error.message);
    setPending(null);
    setTemporary(null);
    setDone(
      kind === 'disable'
        ? t('deskadmin.users.disabled', { name: user.displayName })
        : t('deskadmin.users.enabled', { name: user.displayName }),
    );
    users.reload();
  };

  return (
    <div className="da-page">
      <PageHeader
        title={t('deskadmin.users.title')}
        intro={t('deskadmin.users.intro')}
        actions={
          !creating && (
            <Button
              leftSection={<IconUserPlus aria-hidden size={18} />}
              onClick={() => {
                setCreating(true);
                setDone(null);
              }}
            >
              {t('deskadmin.users.add')}
            </Button>
          )
        }
      />

      {done && <Success onClose={() => setDone(null)}>{done}</Success>}
      {temporary && (
        <TemporaryPasswordNotice
          name={temporary.user.displayName}
          username={temporary.user.username}
          password={temporary.password}
          onClose={() => setTemporary(null)}
        />
      )}
      {creating && (
        <UserCreateForm
          onCancel={() => setCreating(false)}
          onCreated={(user) => {
            setCreating(false);
            setTemporary(null);
            setDone(
              t('deskadmin.users.created', {
                name: user.displayName,
                username: user.username,
                role: t(`staff.roles.${user.role}`),
              }),
            );
            users.reload();
          }}
        />
      )}

      {users.error && <LoadProblem error={users.error} onRetry={users.reload} />}
      {users.value && (
        <Table
          className="da-table"
          striped
          withTableBorder
          verticalSpacing="xs"
          aria-label={t('deskadmin.users.title')}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('deskadmin.users.colName')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.users.colUsername')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.users.colRole')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.users.colStatus')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.users.colLastActive')}</Table.Th>
              <Table.Th scope="col">{t('deskadmin.users.colActions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.value.users.map((u) => {
              const self = u.id === me.id;
              return (
                <Table.Tr key={u.id} data-inactive={!u.active || undefined}>
                  <Table.Td className="da-nowrap">
                    <Text fw={600}>{u.displayName}</Text>
                    {self && (
                      <Text size="sm" c="dimmed">
                        {t('deskadmin.users.you')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td className="da-mono">{u.username}</Table.Td>
                  <Table.Td>{t(`staff.roles.${u.role}`)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} className="da-badge-stack">
                      <Badge className="da-badge" variant="light" color={u.active ? 'green' : 'gray'}>
                        {u.active ? t('deskadmin.users.active') : t('deskadmin.users.inactive')}
                      </Badge>
                      {u.mustChangePassword && (
                        <Badge className="da-badge" variant="light" color="orange">
                          {t('deskadmin.users.mustChange')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {u.lastActiveAt ? formatMoment(u.lastActiveAt, lang) : t('deskadmin.users.never')}
                  </Table.Td>
                  <Table.Td>
                    {self ? (
                      <Text size="sm" c="dimmed">
                        {t('deskadmin.users.selfHint')}
                      </Text>
                    ) : (
                      <Group gap="xs" wrap="nowrap">
                        {u.active ? (
                          <Button
                            size="xs"
                            variant="default"
                            leftSection={<IconUserOff aria-hidden size={16} />}
                            onClick={() => ask({ kind: 'disable', user: u })}
                            aria-label={t('deskadmin.users.disableFor', { name: u.displayName })}
                          >
                            {t('deskadmin.users.disable')}
                          </Button>
                        ) : (
                          <Button
                            size="xs"
                            variant="default"
                            leftSection={<IconPlayerPlay aria-hidden size={16} />}
                            onClick={() => ask({ kind: 'enable', user: u })}
                            aria-label={t('deskadmin.users.enableFor', { name: u.displayName })}
                          >
                            {t('deskadmin.users.enable')}
                          </Button>
                        )}
                        <Button
                          size="xs"
                          variant="default"
                          leftSection={<IconKey aria-hidden size={16} />}
                          onClick={() => ask({ kind: 'reset', user: u })}
                          aria-label={t('deskadmin.users.resetFor', { name: u.displayName })}
                        >
                          {t('deskadmin.users.reset')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}

      {pending && (
        <ConfirmDialog
          title={t(`deskadmin.users.confirm.${pending.kind}.title`, { name: pending.user.displayName })}
          confirmLabel={t(`deskadmin.users.confirm.${pending.kind}.action`)}
          tone={pending.kind === 'enable' ? 'default' : 'danger'}
          busy={busy}
          error={dialogError}
          onCancel={() => setPending(null)}
          onConfirm={confirm}
        >
          <p>{t(`deskadmin.users.confirm.${pending.kind}.body`, { name: pending.user.displayName })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
