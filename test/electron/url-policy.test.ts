import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, APP_START_URL, isAppUrl, isTrustedSender } from '../../electron/main/url-policy';

describe('isAppUrl', () => {
  it.each([
    ['app://balai/', true],
    ['app://balai', true],
    ['app://balai/index.html', true],
    ['app://balai/staff/login?next=%2Fdesk#top', true],
    ['APP://BALAI/kiosk', true], // Chromium lower-cases scheme and host of a standard scheme
    ['App://Balai/', true],
    // Still our origin: the path is the protocol handler's business (app-request.test.ts).
    ['app://balai/%2e%2e/%2e%2e/etc/passwd', true],
    ['app://balai/..%2f..%2fetc%2fpasswd', true],
  ])('accepts %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });

  it.each([
    'app://balai@evil/', // userinfo: the host is evil
    'app://balai:x@evil/',
    'app://evil@balai/', // userinfo on our host is never produced by the app
    'app://balai:8080/',
    'app://balai.evil/',
    'app://evil.balai/',
    'app://balai./',
    'app://bal%61i/',
    'app://balaimigran/',
    'app://evil/',
    'app:balai',
    'app:///balai',
    'app:/balai/',
    'app://balai\\evil/',
    'apps://balai/',
    'http://balai/',
    'https://balai/',
    'https://app.balai/',
    'ws://balai/',
    'file:///C:/Windows/System32/calc.exe',
    'file://balai/index.html',
    'file:///home/desa/.config/Balai%20Migran/balai-migran.db',
    '\\\\server\\share\\index.html',
    'C:\\Program Files\\Balai Migran\\resources\\app.asar',
    'javascript:alert(1)',
    'JavaScript:alert(1)//app://balai/',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://balai/3c0a6f3e-0000-4000-8000-000000000000',
    'about:blank',
    'chrome://gpu',
    'devtools://devtools/bundled/inspector.html',
    '//balai/',
    '/index.html',
    '',
    ' ',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, new URL('app://balai/'), ['app://balai/']]) {
      expect(isAppUrl(value)).toBe(false);
    }
  });

  it('start URL and origin are the app itself', () => {
    expect(APP_ORIGIN).toBe('app://balai');
    expect(APP_START_URL).toBe('app://balai/');
    expect(isAppUrl(APP_START_URL)).toBe(true);
  });

  it('property: no http(s) web URL passes, whatever its host, path, query or fragment', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ['http', 'https'] }),
        (url) => {
          expect(isAppUrl(url)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('property: rewritten to app://, a web URL passes only when its authority is exactly "balai"', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (web) => {
        const url = web.replace(/^https?:/, 'app:');
        const authority = url.slice('app://'.length).split(/[/?#]/)[0];
        expect(isAppUrl(url)).toBe(authority.toLowerCase() === 'balai');
      }),
      { numRuns: 500 },
    );
  });

  it('property: any path, query and fragment under app://balai/ passes', () => {
    fc.assert(
      fc.property(fc.webPath(), fc.webQueryParameters(), fc.webFragments(), (p, q, f) => {
        expect(isAppUrl(`app://balai${p.startsWith('/') ? p : `/${p}`}?${q}#${f}`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('property: any userinfo or other host in front of or instead of balai is refused', () => {
    fc.assert(
      fc.property(fc.webAuthority({ withUserInfo: true, withPort: true }), (authority) => {
        fc.pre(authority.toLowerCase() !== 'balai');
        expect(isAppUrl(`app://${authority}/`)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('isTrustedSender', () => {
  const top = { url: 'app://balai/', parent: null };

  it('trusts only the top-level frame of the app page', () => {
    expect(isTrustedSender(top)).toBe(true);
    expect(isTrustedSender({ url: 'app://balai/staff', parent: null })).toBe(true);
  });

  it('refuses sub-frames, even of our own origin', () => {
    expect(isTrustedSender({ url: 'app://balai/', parent: top })).toBe(false);
  });

  it('refuses foreign top-level pages and missing frames', () => {
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://balai@evil/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'about:blank', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
