/**
 * Web permissions (camera, microphone, geolocation, notifications, clipboard read, ...). Electron
 * grants every request unless a handler says otherwise (checklist item 5). The app needs none of
 * them: the kiosk reads aloud with speechSynthesis, which asks for no permission. A feature that
 * truly needs one adds it here, with a test and a reason.
 */
export const ALLOWED_PERMISSIONS: readonly string[] = [];

export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.includes(permission);
}
