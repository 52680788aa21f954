/**
 * JSON-safe data shapes used by the contract. Dates are ISO strings (timestamps, UTC) or
 * `YYYY-MM-DD` (dates people mean as dates, Asia/Jakarta). No Date, Map or Buffer.
 */

/** Roles of signed-in staff. `public` is the anonymous kiosk caller and is never stored. */
export const STAFF_ROLES = ['admin', 'desk_officer', 'educator', 'viewer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const ROLES = ['public', ...STAFF_ROLES] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  active: boolean;
  mustChangePassword: boolean;
}

export interface VillageProfile {
  name: string;
  /** Kemendagri code with dots, e.g. `32.12.16.2004`. */
  regionCode: string;
  address: string;
}

export interface Region {
  code: string;
  name: string;
  level: 'province' | 'regency' | 'district' | 'village';
  /** For villages: the kecamatan name, so lists can be grouped. */
  districtName?: string;
}

export interface MethodDescription {
  name: string;
  description: string;
  roles: Role[];
  /** JSON Schema (draft 2020-12) of the method's input. */
  inputSchema: unknown;
}
