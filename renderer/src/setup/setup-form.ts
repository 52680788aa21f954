import type { MethodInput } from '../../../electron/shared/contract';

/** Fields of the setup wizard, named by the server's issue paths so its messages land inline. */
export const VILLAGE_FIELDS = ['village.regionCode', 'village.name', 'village.address'] as const;
export const ADMIN_FIELDS = ['admin.username', 'admin.displayName', 'admin.password', 'admin.passwordConfirm'] as const;
export const SETUP_FIELDS = [...VILLAGE_FIELDS, ...ADMIN_FIELDS] as const;
export type SetupField = (typeof SETUP_FIELDS)[number];
export type SetupErrors = Partial<Record<SetupField, string>>;

export interface SetupValues {
  regionCode: string | null;
  villageName: string;
  address: string;
  username: string;
  displayName: string;
  password: string;
  passwordConfirm: string;
}

/** DOM ids, so the first field with an error can take the keyboard focus. */
export const FIELD_IDS: Record<SetupField, string> = {
  'village.regionCode': 'setup-region',
  'village.name': 'setup-village-name',
  'village.address': 'setup-address',
  'admin.username': 'setup-username',
  'admin.displayName': 'setup-display-name',
  'admin.password': 'setup-password',
  'admin.passwordConfirm': 'setup-password-confirm',
};

export interface SetupMessages {
  required: string;
  chooseRegion: string;
  passwordMismatch: string;
}

/**
 * Only what the server cannot judge (the repeated password) or what stops the step from making
 * sense (empty fields). Length, format and password rules are the server's: one source of truth.
 */
export function checkVillageStep(values: SetupValues, m: SetupMessages): SetupErrors {
  const errors: SetupErrors = {};
  if (!values.regionCode) errors['village.regionCode'] = m.chooseRegion;
  if (!values.villageName.trim()) errors['village.name'] = m.required;
  if (!values.address.trim()) errors['village.address'] = m.required;
  return errors;
}

export function checkAdminStep(values: SetupValues, m: SetupMessages): SetupErrors {
  const errors: SetupErrors = {};
  if (!values.username.trim()) errors['admin.username'] = m.required;
  if (!values.displayName.trim()) errors['admin.displayName'] = m.required;
  if (!values.password) errors['admin.password'] = m.required;
  if (!values.passwordConfirm) errors['admin.passwordConfirm'] = m.required;
  else if (values.password && values.password !== values.passwordConfirm)
    errors['admin.passwordConfirm'] = m.passwordMismatch;
  return errors;
}

export function toSetupInput(values: SetupValues): MethodInput<'setup.complete'> {
  return {
    village: { name: values.villageName, regionCode: values.regionCode ?? '', address: values.address },
    admin: { username: values.username, displayName: values.displayName, password: values.password },
  };
}

/** The first field (in screen order) that has an error, or null. */
export function firstErrorField(errors: SetupErrors): SetupField | null {
  return SETUP_FIELDS.find((f) => errors[f]) ?? null;
}
