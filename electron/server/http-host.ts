import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import type { Dispatch } from '../core';
import { type Result, SESSION_COOKIE } from '../shared/contract';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { type ErrorCode, HTTP_STATUS } from '../shared/errors';

export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * CSV imports take files up to 5 MB, which grow to about 6.7 MB as base64 inside JSON; only these
 * methods get the larger limit (the core still refuses anything over 5 MB of file content).
 */
export const IMPORT_BODY_BYTES = 8 * 1024 * 1024;
const LARGE_BODY_METHODS = new Set(['agencies.import', 'edukasi.import']);

export interface HttpHostOptions {
  dispatch: Dispatch;
  /** Built renderer (dist/); omitted in API-only tests. */
  staticDir?: string;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The Node host: serves the built renderer and `POST /rpc/<method>` over the same dispatch as
 * the desktop IPC host. Used for browser mode, end-to-end tests and (later) a LAN kiosk.
 */
export function createHttpHost(options: HttpHostOptions): Server {
  return createServer((req, res) => {
    handle(req, res, options).catch(() => {
      if (!res.headersSent) sendJson(res, 500, errorResult('INTERNAL', 'Terjadi kesalahan pada server.'));
      else res.end();
    });
  });
}

async function handle(req: IncomingMessage, res: ServerResponse, options: HttpHostOptions) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname.startsWith('/rpc/')) return handleRpc(req, res, url, options.dispatch);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', ...SECURITY_HEADERS }).end();
    return;
  }
  return serveStatic(req, res, url, options.staticDir);
}

async function handleRpc(req: IncomingMessage, res: ServerResponse, url: URL, dispatch: Dispatch) {
  if (req.method !== 'POST') {
    res.writeHead(405, { Allow: 'POST' });
    res.end();
    return;
  }
  // A browser always sends Origin on POST. A foreign one is a cross-site request: refuse it.
  const origin = req.headers.origin;
  const sameOrigin = origin !== undefined && origin === `http://${req.headers.host}`;
  if (origin !== undefined && !sameOrigin) {
    return sendJson(res, 403, errorResult('FORBIDDEN', 'Permintaan dari alamat lain ditolak.'));
  }
  const method = decodeURIComponent(url.pathname.slice('/rpc/'.length));
  const limit = LARGE_BODY_METHODS.has(method) ? IMPORT_BODY_BYTES : MAX_BODY_BYTES;
  const body = await readBody(req, limit);
  if (body === 'too-large') {
    const mb = Math.round(limit / (1024 * 1024));
    return sendJson(res, 413, errorResult('VALIDATION', `Data yang dikirim terlalu besar (maksimal ${mb} MB).`));
  }
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    return sendJson(res, 400, errorResult('VALIDATION', 'Isi permintaan bukan JSON yang sah.'));
  }
  const bearer = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(req.headers.authorization ?? '')?.[1];
  // The cookie is honoured only with a same-origin Origin header (CSRF defence besides SameSite).
  const cookie = sameOrigin ? readCookie(req, SESSION_COOKIE) : undefined;
  const token = bearer ?? cookie;
  const result = await dispatch(method, input, { token });
  const headers: Record<string, string> = {};
  if (result.ok && method === 'auth.login') {
    const { token: newToken } = result.value as { token: string };
    headers['Set-Cookie'] = `${SESSION_COOKIE}=${newToken}; HttpOnly; SameSite=Strict; Path=/`;
  }
  if (method === 'auth.logout')
    headers['Set-Cookie'] = `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`;
  if (!result.ok && result.error.retryAfterSeconds) headers['Retry-After'] = String(result.error.retryAfterSeconds);
  sendJson(res, result.ok ? 200 : HTTP_STATUS[result.error.code], result, headers);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      resolve('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=') || undefined;
  }
  return undefined;
}

function errorResult(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
    ...SECURITY_HEADERS,
    ...extra,
  });
  res.end(json);
}

function serveStatic(req: IncomingMessage, res: ServerResponse, url: URL, staticDir?: string) {
  if (!staticDir) {
    res.writeHead(404, SECURITY_HEADERS).end();
    return;
  }
  const root = path.resolve(staticDir);
  let file = path.resolve(root, `.${decodeURIComponent(url.pathname)}`);
  // Path traversal: anything outside the build folder is refused.
  if (file !== root && !file.startsWith(root + path.sep)) {
    res.writeHead(403, SECURITY_HEADERS).end();
    return;
  }
  const isFile = existsSync(file) && statSync(file).isFile();
  if (!isFile) {
    // Unknown asset → 404; any other path is a client-side route → index.html.
    if (path.extname(file)) {
      res.writeHead(404, SECURITY_HEADERS).end();
      return;
    }
    file = path.join(root, 'index.html');
    if (!existsSync(file)) {
      res
        .writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Renderer belum dibangun: jalankan npm run build:renderer');
      return;
    }
  }
  const hashed = file.includes(`${path.sep}assets${path.sep}`);
  res.writeHead(200, {
    'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...SECURITY_HEADERS,
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}
