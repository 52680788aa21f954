import { Route } from 'wouter';
import { DashboardPage } from './dashboard/DashboardPage';
import { REPORT_PATHS } from './paths';
import { StandardReportPage } from './standard/StandardReportPage';

/**
 * The Laporan screens inside the staff area, as <Route> elements for StaffArea's <Switch>. The
 * core decides what each role receives (reports/access.ts): these only place the screens.
 */
export const REPORT_ROUTES = [
  <Route key="rp-dashboard" path={REPORT_PATHS.dashboard}>
    <DashboardPage />
  </Route>,
  <Route key="rp-migration-service" path={REPORT_PATHS.migrationService}>
    <StandardReportPage kind="migrationService" />
  </Route>,
  <Route key="rp-rumah-edukasi" path={REPORT_PATHS.rumahEdukasi}>
    <StandardReportPage kind="rumahEdukasi" />
  </Route>,
];
