import { app, type Session, session, type WebContents } from 'electron';
import { isPermissionAllowed } from './permission-policy';
import { isAppUrl } from './url-policy';

/**
 * Installs the navigation, window and permission rules for every webContents and session the app
 * will ever create (checklist items 5, 11-14). Call before the first window exists.
 */
export function installSecurityPolicy(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('session-created', (created) => denyPermissions(created));
}

/** The default session exists only once the app is ready; session-created does not cover it. */
export function hardenDefaultSession(): void {
  denyPermissions(session.defaultSession);
}

export function hardenWebContents(contents: WebContents): void {
  // The page may move between its own routes; any other destination is refused. The app has no
  // external links, so nothing is handed to the OS browser either (item 15: no shell.openExternal).
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // Defence in depth: webviewTag is off in every window, and an attach attempt is refused anyway.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function denyPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  target.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
  target.setDevicePermissionHandler(() => false);
}
