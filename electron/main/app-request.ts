import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './url-policy';

/**
 * How an app:// request is answered. Pure: the file system is reached only through `isFile`, and
 * the path flavour is a parameter so the Windows rules (backslashes, drive letters) are tested on
 * Linux too. protocol.ts does the reading.
 */

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.wav': 'audio/wav',
  '.m4a': 'audio/mp4',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

export function mimeTypeFor(filePath: string, pathApi: path.PlatformPath = path): string {
  return MIME_TYPES[pathApi.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type AppRequestPlan =
  | { status: 200; filePath: string; contentType: string; cacheControl: string }
  | { status: 400 | 403 | 404 | 405 };

export interface AppRequestOptions {
  /** The Vite build (dist/). */
  root: string;
  isFile(filePath: string): boolean;
  pathApi?: path.PlatformPath;
}

/**
 * Maps a request to a file under `root`:
 * - only GET (the page never posts to app://; data goes through IPC);
 * - only the app's own host, no userinfo or port;
 * - the decoded path must stay inside `root` (`..`, `%2e%2e`, `..%2f`, `..%5c` on Windows);
 * - an existing file is served with its MIME type; a missing path without an extension is a
 *   client-side route and gets index.html (SPA fallback); a missing asset is 404.
 */
export function resolveAppRequest(method: string, url: string, options: AppRequestOptions): AppRequestPlan {
  const pathApi = options.pathApi ?? path;
  if (method !== 'GET') return { status: 405 };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 400 };
  }
  if (
    parsed.protocol !== `${APP_SCHEME}:` ||
    parsed.hostname.toLowerCase() !== APP_HOST ||
    parsed.port !== '' ||
    parsed.username !== '' ||
    parsed.password !== ''
  ) {
    return { status: 403 };
  }
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return { status: 400 };
  }
  if (relative.includes('\0')) return { status: 400 };

  const root = pathApi.resolve(options.root);
  const target = pathApi.resolve(root, `.${pathApi.sep}${relative}`);
  if (target !== root && !target.startsWith(root + pathApi.sep)) return { status: 403 };

  if (target !== root && options.isFile(target)) return servePlan(target, pathApi);
  if (target !== root && pathApi.extname(target) !== '') return { status: 404 };
  const index = pathApi.join(root, 'index.html');
  return options.isFile(index) ? servePlan(index, pathApi) : { status: 404 };
}

function servePlan(filePath: string, pathApi: path.PlatformPath): AppRequestPlan {
  // Vite puts content-hashed files in assets/: they never change under the same name.
  const hashed = filePath.includes(`${pathApi.sep}assets${pathApi.sep}`);
  return {
    status: 200,
    filePath,
    contentType: mimeTypeFor(filePath, pathApi),
    cacheControl: hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
}

/** Headers on every app:// response, errors included. */
export function appResponseHeaders(plan: AppRequestPlan): Record<string, string> {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  // The same policy as electron/shared/csp.ts (a test keeps them equal). It is written out as a
  // string literal because Electronegativity evaluates a CSP only in that form (toolchain.md §4).
  headers['Content-Security-Policy'] =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  if (plan.status === 200) {
    headers['Content-Type'] = plan.contentType;
    headers['Cache-Control'] = plan.cacheControl;
  } else {
    headers['Cache-Control'] = 'no-store';
  }
  if (plan.status === 405) headers.Allow = 'GET';
  return headers;
}
