import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { appResponseHeaders, resolveAppRequest } from './app-request';
import { APP_SCHEME } from './url-policy';

/**
 * Registers app:// as a standard, secure scheme. Must run before the app is ready. It gives the
 * renderer a real origin (app://balai) for 'self' in the CSP and for relative URLs, instead of
 * file://, which would expose the whole disk to the page (checklist item 18).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // No bypassCSP, no service workers: the scheme gets only what a normal https origin has.
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

/** Serves the Vite build in `distDir` on app://balai/. Call once the app is ready. */
export function handleAppProtocol(distDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, distDir));
}

export async function serveAppRequest(request: Request, distDir: string): Promise<Response> {
  const plan = resolveAppRequest(request.method, request.url, { root: distDir, isFile });
  const headers = appResponseHeaders(plan);
  if (plan.status !== 200) return new Response(null, { status: plan.status, headers });
  try {
    return new Response(await readFile(plan.filePath), { status: 200, headers });
  } catch {
    // Vanished between the check and the read (an update in progress): answer like a missing file.
    return new Response(null, { status: 404, headers: appResponseHeaders({ status: 404 }) });
  }
}

function isFile(filePath: string): boolean {
  return statSync(filePath, { throwIfNoEntry: false })?.isFile() ?? false;
}
