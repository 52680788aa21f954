import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AppRequestPlan,
  appResponseHeaders,
  MIME_TYPES,
  mimeTypeFor,
  resolveAppRequest,
} from '../../electron/main/app-request';
import { CONTENT_SECURITY_POLICY } from '../../electron/shared/csp';

// A virtual build folder: the resolver reaches the disk only through isFile.
const ROOT = '/opt/balai/dist';
const FILES = new Set([
  `${ROOT}/index.html`,
  `${ROOT}/assets/index-3f2a.js`,
  `${ROOT}/assets/index-3f2a.css`,
  `${ROOT}/assets/logo-77aa.svg`,
  `${ROOT}/audio/hak-pmi.mp3`,
  `${ROOT}/robots.txt`,
  '/etc/passwd',
  '/opt/balai/secret.txt',
]);
const posix = { root: ROOT, isFile: (p: string) => FILES.has(p), pathApi: path.posix };
const get = (url: string) => resolveAppRequest('GET', url, posix);

const WIN_ROOT = 'C:\\Balai Migran\\resources\\app.asar\\dist';
const WIN_FILES = new Set([`${WIN_ROOT}\\index.html`, `${WIN_ROOT}\\assets\\index-3f2a.js`, 'C:\\Windows\\win.ini']);
const win32 = { root: WIN_ROOT, isFile: (p: string) => WIN_FILES.has(p), pathApi: path.win32 };

function served(plan: AppRequestPlan): string | null {
  return plan.status === 200 ? plan.filePath : null;
}

describe('resolveAppRequest: what is served', () => {
  it('serves index.html for the start URL', () => {
    expect(get('app://balai/')).toEqual({
      status: 200,
      filePath: `${ROOT}/index.html`,
      contentType: 'text/html; charset=utf-8',
      cacheControl: 'no-cache',
    });
  });

  it('serves built assets with their MIME type, hashed ones as immutable', () => {
    expect(get('app://balai/assets/index-3f2a.js')).toMatchObject({
      status: 200,
      filePath: `${ROOT}/assets/index-3f2a.js`,
      contentType: 'text/javascript; charset=utf-8',
      cacheControl: 'public, max-age=31536000, immutable',
    });
    expect(get('app://balai/assets/index-3f2a.css')).toMatchObject({ contentType: 'text/css; charset=utf-8' });
    expect(get('app://balai/assets/logo-77aa.svg')).toMatchObject({ contentType: 'image/svg+xml' });
    expect(get('app://balai/audio/hak-pmi.mp3')).toMatchObject({ contentType: 'audio/mpeg', cacheControl: 'no-cache' });
  });

  it('answers client-side routes with index.html (SPA fallback), query and fragment ignored', () => {
    for (const url of ['app://balai/staff/login', 'app://balai/kiosk/negara/malaysia?x=1#atas', 'app://balai']) {
      expect(served(get(url))).toBe(`${ROOT}/index.html`);
    }
  });

  it('gives 404 for a missing file with an extension, and when the build is missing', () => {
    expect(get('app://balai/assets/missing.js')).toEqual({ status: 404 });
    expect(get('app://balai/favicon.ico')).toEqual({ status: 404 });
    const empty = { ...posix, isFile: () => false };
    expect(resolveAppRequest('GET', 'app://balai/', empty)).toEqual({ status: 404 });
    expect(resolveAppRequest('GET', 'app://balai/staff', empty)).toEqual({ status: 404 });
  });

  it('answers only GET', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'get']) {
      expect(resolveAppRequest(method, 'app://balai/', posix)).toEqual({ status: 405 });
    }
  });

  it('answers only the app host, without userinfo or port', () => {
    for (const url of [
      'app://evil/',
      'app://balai@evil/index.html',
      'app://x@balai/',
      'app://balai:1/',
      'app://balai.evil/',
      'http://balai/',
      'file:///opt/balai/dist/index.html',
    ]) {
      expect(get(url)).toEqual({ status: 403 });
    }
    expect(get('not a url')).toEqual({ status: 400 });
  });
});

describe('resolveAppRequest: nothing outside the build folder', () => {
  it.each([
    'app://balai/..%2f..%2fsecret.txt',
    'app://balai/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://balai/assets/..%2f..%2f..%2fsecret.txt',
    'app://balai/%2e%2e%2f%2e%2e%2fsecret.txt',
  ])('refuses traversal %s with 403', (url) => {
    expect(get(url)).toEqual({ status: 403 });
  });

  it('lets the URL parser fold plain and encoded dot segments back inside the root', () => {
    // app://balai/../../etc/passwd is app://balai/etc/passwd: a route, so index.html, never /etc/passwd.
    for (const url of ['app://balai/../../etc/passwd', 'app://balai/%2e%2e/%2e%2e/etc/passwd']) {
      expect(served(get(url))).toBe(`${ROOT}/index.html`);
    }
    // .%2e is a dot-dot segment too: app://balai/secret.txt, which the build does not have.
    expect(get('app://balai/.%2e/.%2e/secret.txt')).toEqual({ status: 404 });
  });

  it('refuses malformed percent-encoding and NUL bytes with 400', () => {
    expect(get('app://balai/%E0%A4%A')).toEqual({ status: 400 });
    expect(get('app://balai/index.html%00.png')).toEqual({ status: 400 });
  });

  it('on Windows, refuses backslash traversal and keeps drive letters and UNC paths inside the root', () => {
    const winGet = (url: string) => resolveAppRequest('GET', url, win32);
    expect(winGet('app://balai/..%5c..%5c..%5c..%5cWindows%5cwin.ini')).toEqual({ status: 403 });
    expect(winGet('app://balai/assets%5c..%5c..%5c..%5c..%5c..%5cWindows%5cwin.ini')).toEqual({ status: 403 });
    expect(served(winGet('app://balai/assets/index-3f2a.js'))).toBe(`${WIN_ROOT}\\assets\\index-3f2a.js`);
    for (const url of ['app://balai/C:/Windows/win.ini', 'app://balai/%5c%5cserver%5cshare%5cx.js']) {
      const plan = winGet(url);
      expect(plan.status === 200 ? plan.filePath.startsWith(`${WIN_ROOT}\\`) : plan.status === 404).toBe(true);
    }
  });

  it('property: whatever the path, a served file is inside the root (POSIX and Windows rules)', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '..%2f', '..%5c', '%2f', '%5c', 'C:', 'assets', 'index.html', '%00', ''),
      fc.webSegment(),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const url = `app://balai/${segments.join('/')}`;
        for (const [options, sep] of [
          [{ ...posix, isFile: () => true }, '/'],
          [{ ...win32, isFile: () => true }, '\\'],
        ] as const) {
          const plan = resolveAppRequest('GET', url, options);
          if (plan.status === 200) expect(plan.filePath.startsWith(options.root + sep)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('MIME types and headers', () => {
  it('knows the types the renderer ships, case-insensitively, and falls back to octet-stream', () => {
    expect(mimeTypeFor('/x/a.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/a.PNG')).toBe('image/png');
    expect(mimeTypeFor('/x/a.json')).toBe('application/json; charset=utf-8');
    expect(mimeTypeFor('/x/a.wasm')).toBe('application/octet-stream');
    expect(mimeTypeFor('/x/Makefile')).toBe('application/octet-stream');
    expect(Object.keys(MIME_TYPES).every((ext) => ext === ext.toLowerCase() && ext.startsWith('.'))).toBe(true);
  });

  it('sends the shared CSP (electron/shared/csp.ts) on every response, errors included', () => {
    const ok = get('app://balai/');
    for (const plan of [ok, { status: 404 } as const, { status: 405 } as const, { status: 403 } as const]) {
      const headers = appResponseHeaders(plan);
      expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
    }
    expect(appResponseHeaders(ok)['Content-Type']).toBe('text/html; charset=utf-8');
    expect(appResponseHeaders({ status: 404 })['Cache-Control']).toBe('no-store');
    expect(appResponseHeaders({ status: 405 }).Allow).toBe('GET');
  });
});
