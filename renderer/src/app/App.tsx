import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { KioskHome } from '../kiosk/KioskHome';
import { api } from '../platform/api';
import { NoticeProvider, useNotice } from './notice';
import { ROUTES } from './routes';
import { StartError, StartLoading } from './StartScreens';

// The kiosk is the first screen people see; everything else loads on demand to keep it light.
const SetupWizard = lazy(() => import('../setup/SetupWizard').then((m) => ({ default: m.SetupWizard })));
const LoginPage = lazy(() => import('../auth/LoginPage').then((m) => ({ default: m.LoginPage })));
const StaffArea = lazy(() => import('../staff/StaffArea').then((m) => ({ default: m.StaffArea })));
const QueueDisplayPage = lazy(() =>
  import('../queue-display/QueueDisplayPage').then((m) => ({ default: m.QueueDisplayPage })),
);

type SetupState = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; needsSetup: boolean };

export function App() {
  return (
    <NoticeProvider>
      <Router hook={useHashLocation}>
        <Screens />
      </Router>
    </NoticeProvider>
  );
}

function Screens() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [, setNotice] = useNotice();
  const [setup, setSetup] = useState<SetupState>({ kind: 'loading' });

  const loadSetupStatus = useCallback(async () => {
    setSetup({ kind: 'loading' });
    const result = await api.call('setup.status');
    setSetup(
      result.ok
        ? { kind: 'ready', needsSetup: result.value.needsSetup }
        : { kind: 'failed', message: result.error.message },
    );
  }, []);

  useEffect(() => {
    void loadSetupStatus();
  }, [loadSetupStatus]);

  const finishSetup = useCallback(
    (alreadyDone: boolean) => {
      setSetup({ kind: 'ready', needsSetup: false });
      if (!alreadyDone) setNotice({ tone: 'success', text: t('setup.done') });
      navigate(ROUTES.login, { replace: true });
    },
    [navigate, setNotice, t],
  );

  if (setup.kind === 'loading') return <StartLoading />;
  if (setup.kind === 'failed') return <StartError message={setup.message} onRetry={loadSetupStatus} />;

  return (
    <Suspense fallback={<StartLoading />}>
      {setup.needsSetup ? (
        // Until the first admin exists, every face (kiosk, login, staff) shows the wizard.
        <SetupWizard onDone={finishSetup} />
      ) : (
        <Switch>
          <Route path={ROUTES.kiosk}>
            <KioskHome />
          </Route>
          <Route path={`${ROUTES.kioskScreens}/*`}>
            <KioskHome />
          </Route>
          <Route path={ROUTES.queueDisplay}>
            <QueueDisplayPage />
          </Route>
          <Route path={ROUTES.login}>
            <LoginPage />
          </Route>
          <Route path={ROUTES.staffHome} nest>
            <StaffArea />
          </Route>
          <Route>
            <Redirect to={ROUTES.kiosk} replace />
          </Route>
        </Switch>
      )}
    </Suspense>
  );
}
