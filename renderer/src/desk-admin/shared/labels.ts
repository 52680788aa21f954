import type { TFunction } from 'i18next';
import type {
  CaseKind,
  CasePersonRole,
  CaseRisk,
  CaseStatus,
  JourneyScheme,
  JourneySector,
  JourneyStatus,
  ReferralTarget,
} from '../../../../electron/shared/desk';
import type { StaffRole } from '../../../../electron/shared/domain';
import type { ConsentMethod, ConsentPurpose, ConsentRelation } from '../../../../electron/shared/people';

/** Code → words, through i18n, so every list and form names things the same way. */
export const label = {
  caseKind: (t: TFunction, v: CaseKind) => t(`deskadmin.caseKind.${v}`),
  caseRisk: (t: TFunction, v: CaseRisk) => t(`deskadmin.caseRisk.${v}`),
  caseStatus: (t: TFunction, v: CaseStatus) => t(`deskadmin.caseStatus.${v}`),
  casePersonRole: (t: TFunction, v: CasePersonRole) => t(`deskadmin.casePersonRole.${v}`),
  referral: (t: TFunction, v: ReferralTarget) => t(`deskadmin.referral.${v}`),
  journeyStatus: (t: TFunction, v: JourneyStatus) => t(`deskadmin.journeyStatus.${v}`),
  journeySector: (t: TFunction, v: JourneySector) => t(`deskadmin.journeySector.${v}`),
  journeyScheme: (t: TFunction, v: JourneyScheme) => t(`deskadmin.journeyScheme.${v}`),
  role: (t: TFunction, v: StaffRole) => t(`staff.roles.${v}`),
  consentPurpose: (t: TFunction, v: ConsentPurpose) => t(`deskadmin.consentPurpose.${v}`),
  consentMethod: (t: TFunction, v: ConsentMethod) => t(`deskadmin.consentMethod.${v}`),
  consentRelation: (t: TFunction, v: ConsentRelation) => t(`deskadmin.consentRelation.${v}`),
};

/** Badge colours that keep AA contrast with the theme's light-variant text overrides. */
export const RISK_COLOR: Record<CaseRisk, string> = {
  low: 'gray',
  medium: 'balai',
  high: 'orange',
  urgent: 'red',
};

export const STATUS_COLOR: Record<CaseStatus, string> = {
  open: 'balai',
  referred: 'orange',
  resolved: 'green',
  closed: 'gray',
};
