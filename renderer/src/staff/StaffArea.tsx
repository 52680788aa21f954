import { Alert, Button, Center, Stack } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { useNotice } from '../app/notice';
import { ROUTES } from '../app/routes';
import { StartLoading } from '../app/StartScreens';
import { deskRoutes } from '../desk/routes';
import { DESK_ADMIN_ROUTES } from '../desk-admin/routes';
import { EDUKASI_ROUTES } from '../edukasi/routes';
import { api } from '../platform/api';
import { REPORT_ROUTES } from '../reports/routes';
import { ChangePasswordScreen } from '../ui/ChangePasswordScreen';
import { SessionLock } from '../ui/SessionLock';
import { StaffHome } from './StaffHome';
import { StaffShell } from './StaffShell';
import { type StaffSession, StaffSessionContext } from './session';

type State = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; session: StaffSession };

/**
 * Everything under `#/staf`. Asks the core who is signed in; without a session it goes to the
 * login screen. Permissions are the core's job: this only decides what to show.
 */
export function StaffArea() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [, setNotice] = useNotice();
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    const [me, health, regions] = await Promise.all([
      api.call('auth.me'),
      api.call('system.health'),
      api.call('setup.regions'),
    ]);
    if (!me.ok) {
      if (me.error.code === 'UNAUTHENTICATED') {
        setNotice({ tone: 'info', text: me.error.message });
        navigate(`~${ROUTES.login}`, { replace: true }); // `~`: leave the nested /staf router
        return;
      }
      setState({ kind: 'failed', message: me.error.message });
      return;
    }
    if (!health.ok) {
      setState({ kind: 'failed', message: health.error.message });
      return;
    }
    const village = regions.ok ? regions.value.villages.find((v) => v.code === me.value.village.regionCode) : undefined;
    setState({
      kind: 'ready',
      session: {
        ...me.value,
        health: health.value,
        region: village && regions.ok ? { village, regencyName: regions.value.regency.name } : null,
      },
    });
  }, [navigate, setNotice]);

  useEffect(() => {
    void load();
  }, [load]);

  const logout = useCallback(async () => {
    await api.call('auth.logout');
    setNotice({ tone: 'info', text: t('login.loggedOut') });
    navigate(`~${ROUTES.login}`, { replace: true });
  }, [navigate, setNotice, t]);

  if (state.kind === 'loading') return <StartLoading />;
  if (state.kind === 'failed') {
    return (
      <Center mih="100vh" p="xl">
        <Stack maw={560} gap="lg">
          <Alert color="red" variant="light" title={t('staff.loadFailed')} icon={<IconAlertTriangle aria-hidden />}>
            {state.message}
          </Alert>
          <Button leftSection={<IconRefresh aria-hidden />} onClick={load}>
            {t('app.retry')}
          </Button>
        </Stack>
      </Center>
    );
  }
  // A temporary password (set by an admin) must be replaced before anything else opens.
  if (state.session.user.mustChangePassword) {
    return <ChangePasswordScreen displayName={state.session.user.displayName} onDone={load} onLogout={logout} />;
  }
  return (
    <StaffSessionContext value={state.session}>
      <SessionLock
        username={state.session.user.username}
        displayName={state.session.user.displayName}
        onLogout={logout}
      >
        <StaffShell onLogout={logout}>
          <Switch>
            <Route path="/">
              <StaffHome />
            </Route>
            {deskRoutes}
            {DESK_ADMIN_ROUTES}
            {EDUKASI_ROUTES}
            {REPORT_ROUTES}
            <Route>
              <Redirect to="/" replace />
            </Route>
          </Switch>
        </StaffShell>
      </SessionLock>
    </StaffSessionContext>
  );
}
