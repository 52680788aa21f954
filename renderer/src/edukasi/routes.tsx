import { Route } from 'wouter';
import { ActivitiesPage } from './activities/ActivitiesPage';
import { AlertsPage } from './alerts/AlertsPage';
import { ChildDetailPage } from './children/ChildDetailPage';
import { ChildrenListPage } from './children/ChildrenListPage';
import { EnrolPage } from './children/EnrolPage';
import { WithoutDocumentsPage } from './children/WithoutDocumentsPage';
import { GroupDetailPage } from './groups/GroupDetailPage';
import { GroupsPage } from './groups/GroupsPage';
import { ImportPage } from './import/ImportPage';
import { EDUKASI_PATHS } from './paths';
import { RollCallPage } from './roll-call/RollCallPage';

/**
 * The Rumah Edukasi screens inside the staff area, as <Route> elements for StaffArea's <Switch>.
 * The more specific paths come first. The core refuses every call of a role without access, so a
 * desk officer who types the address sees the core's FORBIDDEN sentence, not the data.
 */
export const EDUKASI_ROUTES = [
  <Route key="edu-enrol" path={EDUKASI_PATHS.enrol}>
    <EnrolPage />
  </Route>,
  <Route key="edu-child" path="/edukasi/anak/:id">
    {(params: { id: string }) => <ChildDetailPage id={params.id} key={params.id} />}
  </Route>,
  <Route key="edu-children" path={EDUKASI_PATHS.children}>
    <ChildrenListPage />
  </Route>,
  <Route key="edu-without-documents" path={EDUKASI_PATHS.withoutDocuments}>
    <WithoutDocumentsPage />
  </Route>,
  <Route key="edu-group" path="/edukasi/kelompok/:id">
    {(params: { id: string }) => <GroupDetailPage id={params.id} key={params.id} />}
  </Route>,
  <Route key="edu-groups" path={EDUKASI_PATHS.groups}>
    <GroupsPage />
  </Route>,
  <Route key="edu-roll-call" path="/edukasi/absensi/:id">
    {(params: { id: string }) => <RollCallPage activityId={params.id} key={params.id} />}
  </Route>,
  <Route key="edu-alerts" path={EDUKASI_PATHS.alerts}>
    <AlertsPage />
  </Route>,
  <Route key="edu-import" path={EDUKASI_PATHS.import}>
    <ImportPage />
  </Route>,
  <Route key="edu-activities" path={EDUKASI_PATHS.activities}>
    <ActivitiesPage />
  </Route>,
];
