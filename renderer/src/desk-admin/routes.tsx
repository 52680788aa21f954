import { Route } from 'wouter';
import { AuditPage } from './audit/AuditPage';
import { CaseCreatePage } from './cases/CaseCreatePage';
import { CaseDetailPage } from './cases/CaseDetailPage';
import { CasesByAgencyPage } from './cases/CasesByAgencyPage';
import { CasesPage } from './cases/CasesPage';
import { JourneyFormPage } from './journeys/JourneyFormPage';
import { JourneyListsPage } from './journeys/JourneyListsPage';
import { PersonPage } from './people/PersonPage';
import { PersonTrailPage } from './people/PersonTrailPage';
import { UsersPage } from './users/UsersPage';
import './desk-admin.css';

/**
 * The routes of these screens, as elements for the staff area's <Switch> (wouter flattens
 * arrays). Fixed paths come before `:id` paths. Roles are the core's business: a screen a role
 * may not use shows the core's refusal.
 */
export const DESK_ADMIN_ROUTES = [
  <Route key="users" path="/pengaturan/akun" component={UsersPage} />,
  <Route key="audit" path="/pengaturan/audit" component={AuditPage} />,
  <Route key="cases" path="/pengaduan" component={CasesPage} />,
  <Route key="case-new" path="/pengaduan/baru" component={CaseCreatePage} />,
  <Route key="by-agency" path="/pengaduan/per-p3mi">
    <CasesByAgencyPage />
  </Route>,
  <Route key="of-agency" path="/pengaduan/per-p3mi/:agencyId">
    {(p: { agencyId: string }) => <CasesByAgencyPage key={p.agencyId} agencyId={p.agencyId} />}
  </Route>,
  <Route key="case" path="/pengaduan/:id">
    {(p: { id: string }) => <CaseDetailPage key={p.id} id={p.id} />}
  </Route>,
  <Route key="journeys" path="/migrasi" component={JourneyListsPage} />,
  <Route key="journey-new" path="/orang/:personId/migrasi/baru">
    {(p: { personId: string }) => <JourneyFormPage key={p.personId} personId={p.personId} />}
  </Route>,
  <Route key="journey-edit" path="/orang/:personId/migrasi/:journeyId">
    {(p: { personId: string; journeyId: string }) => (
      <JourneyFormPage key={p.journeyId} personId={p.personId} journeyId={p.journeyId} />
    )}
  </Route>,
  <Route key="trail" path="/orang/:id/riwayat-pemrosesan">
    {(p: { id: string }) => <PersonTrailPage key={p.id} id={p.id} />}
  </Route>,
  <Route key="person" path="/orang/:id">
    {(p: { id: string }) => <PersonPage key={p.id} id={p.id} />}
  </Route>,
];
