import { createContext, use } from 'react';
import type { MethodOutput } from '../../../electron/shared/contract';
import type { Region } from '../../../electron/shared/domain';

/** What every staff screen may read: who is signed in, the village, and the app's own health. */
export interface StaffSession {
  user: MethodOutput<'auth.me'>['user'];
  village: MethodOutput<'auth.me'>['village'];
  health: MethodOutput<'system.health'>;
  /** The village's Kemendagri entry and regency, when the region list knows the code. */
  region: { village: Region; regencyName: string } | null;
}

export const StaffSessionContext = createContext<StaffSession | null>(null);

export function useStaffSession(): StaffSession {
  const session = use(StaffSessionContext);
  if (!session) throw new Error('useStaffSession outside StaffArea');
  return session;
}
