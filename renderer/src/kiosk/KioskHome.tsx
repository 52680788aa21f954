import { type ComponentType, lazy, Suspense, useEffect, useState } from 'react';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import type { KioskProfile } from '../../../electron/shared/kiosk';
import { i18n } from '../i18n';
import { api } from '../platform/api';
import { HomeScreen } from './home/HomeScreen';
import { KIOSK_PATTERNS, kioskPath } from './kiosk-routes';
import { KioskLayout } from './layout/KioskLayout';
import { hashPath } from './session/history-tags';
import { IdleDialog } from './session/IdleDialog';
import { useIdleReset } from './session/use-idle-reset';
import { resetVisitor, useStaleEntryGuard, useVisitor } from './session/visitor';
import { isFreshVisitor, visitorStore } from './session/visitor-store';
import { DEFAULT_PROFILE, KioskProfileContext } from './shared/profile';
import { ScreenLoading } from './shared/ScreenStatus';

// The home screen ships with the first bundle; every other screen loads when first opened.
const screen = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const CategoryScreen = screen(() => import('./category/CategoryScreen'), 'CategoryScreen');
const ArticleScreen = screen(() => import('./article/ArticleScreen'), 'ArticleScreen');
const CaloScreen = screen(() => import('./calo/CaloScreen'), 'CaloScreen');
const ChecklistScreen = screen(() => import('./checklist/ChecklistScreen'), 'ChecklistScreen');
const P3miScreen = screen(() => import('./p3mi/P3miScreen'), 'P3miScreen');
const ContactsScreen = screen(() => import('./contacts/ContactsScreen'), 'ContactsScreen');
const DestinationsScreen = screen(() => import('./destinations/DestinationsScreen'), 'DestinationsScreen');
const DestinationScreen = screen(() => import('./destinations/DestinationScreen'), 'DestinationScreen');
const QueueScreen = screen(() => import('./queue/QueueScreen'), 'QueueScreen');

/**
 * The public kiosk (Kios Informasi Migrasi): the home screen at `/` and every screen under
 * `/kios`. One frame, one idle timer and one visitor state for all of them; "Selesai" or the idle
 * timer forgets the visitor and remounts every screen (the Switch is keyed by the visit).
 */
export function KioskHome() {
  const [profile, setProfile] = useState<KioskProfile>(DEFAULT_PROFILE);
  const [location] = useLocation();
  const visit = useVisitor((s) => s.visit);
  useStaleEntryGuard();

  useEffect(() => {
    let current = true;
    void api.call('kiosk.profile').then((result) => {
      // Without a profile the kiosk still works: default idle time, no village name.
      if (current && result.ok) setProfile(result.value);
    });
    return () => {
      current = false;
    };
  }, []);

  const idle = useIdleReset(profile.idleSeconds, {
    onExpire: resetVisitor,
    // An untouched home screen has nothing to forget: no countdown for an empty kiosk.
    shouldWarn: () =>
      hashPath(window.location.hash) !== kioskPath.home ||
      !isFreshVisitor(visitorStore.get()) ||
      i18n.resolvedLanguage !== 'id' ||
      window.scrollY > 0,
  });

  return (
    <KioskProfileContext value={profile}>
      <KioskLayout home={location === kioskPath.home}>
        <Suspense fallback={<ScreenLoading />}>
          <Switch key={visit}>
            <Route path={kioskPath.home}>
              <HomeScreen />
            </Route>
            <Route path={KIOSK_PATTERNS.category}>
              <CategoryScreen />
            </Route>
            <Route path={KIOSK_PATTERNS.article}>
              <ArticleScreen />
            </Route>
            <Route path={KIOSK_PATTERNS.calo}>
              <CaloScreen />
            </Route>
            <Route path={KIOSK_PATTERNS.checklist}>
              <ChecklistScreen />
            </Route>
            <Route path={KIOSK_PATTERNS.p3mi}>
              <P3miScreen />
            </Route>
            <Route path={KIOSK_PATTERNS.contacts}>
              <ContactsScreen />
            </Route>
            <Route path={KIOSK_PATTERNS.destinations}>
              <DestinationsScreen />
            </Route>
            <Route path={KIOSK_PATTERNS.destination}>
              <DestinationScreen />
            </Route>
            <Route path={KIOSK_PATTERNS.queue}>
              <QueueScreen />
            </Route>
            <Route>
              <Redirect to={kioskPath.home} replace />
            </Route>
          </Switch>
        </Suspense>
        <IdleDialog
          secondsLeft={idle.phase.kind === 'warning' ? idle.phase.secondsLeft : null}
          onStay={idle.stillHere}
          onFinish={resetVisitor}
        />
      </KioskLayout>
    </KioskProfileContext>
  );
}
