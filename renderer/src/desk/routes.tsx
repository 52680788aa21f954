import { Route } from 'wouter';
import { ConsultationDetailPage } from './consultations/ConsultationDetailPage';
import { EditConsultationPage, NewConsultationPage } from './consultations/ConsultationFormPage';
import { ConsultationListPage } from './consultations/ConsultationListPage';
import { FollowUpsPage } from './followups/FollowUpsPage';
import { DESK_PATHS } from './paths';
import { QueuePage } from './queue/QueuePage';

/**
 * The Meja Layanan screens inside the staff area, as <Route> elements for StaffArea's <Switch>
 * (wouter flattens arrays). The more specific paths come first.
 */
export const deskRoutes = [
  <Route key="queue" path={DESK_PATHS.queue}>
    <QueuePage />
  </Route>,
  <Route key="consultation-new" path={DESK_PATHS.newConsultation}>
    <NewConsultationPage />
  </Route>,
  <Route key="consultation-serve" path="/konsultasi/baru/:ticketId">
    {(params: { ticketId: string }) => <NewConsultationPage ticketId={params.ticketId} />}
  </Route>,
  <Route key="consultation-edit" path="/konsultasi/:id/ubah">
    {(params: { id: string }) => <EditConsultationPage id={params.id} />}
  </Route>,
  <Route key="consultation" path="/konsultasi/:id">
    {(params: { id: string }) => <ConsultationDetailPage id={params.id} key={params.id} />}
  </Route>,
  <Route key="consultations" path={DESK_PATHS.consultations}>
    <ConsultationListPage />
  </Route>,
  <Route key="follow-ups" path={DESK_PATHS.followUps}>
    <FollowUpsPage />
  </Route>,
];
