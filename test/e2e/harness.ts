/**
 * End-to-end harness: the real Node host on a fresh SQLite file, the built renderer, and Debian's
 * Chromium driven by playwright-core. Collects every console error, uncaught page error and CSP
 * violation, saves screenshots under test-results/screens and runs axe on request.
 *
 * Build the renderer first (`npx vite build`); `npm run test:e2e` does.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, type ConsoleMessage, chromium, type Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../electron/core/demo/generate';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const DIST_DIR = path.join(REPO_ROOT, 'dist');
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const READY_LINE = /Balai Migran listening on (http:\/\/\S+)/;
/** `--demo` prints the demo accounts' shared password once, before the ready line (cli.ts). */
const DEMO_PASSWORD_LINE = /^Akun contoh: .*; kata sandi \(hanya ditampilkan sekali\): (\S+)$/;
const STARTUP_LIMIT_MS = 60_000;

/** On our closed network Chromium would otherwise keep trying to reach Google hosts. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

/**
 * API errors are data, but Chromium still logs "Failed to load resource" for a 4xx answer.
 * These statuses are expected answers the UI shows (bad input, wrong password or no session,
 * throttled); any other status, or one for a non-API URL, counts as a problem.
 */
const EXPECTED_API_STATUSES = new Set([400, 401, 429]);

export interface Viewport {
  width: number;
  height: number;
}

export const OFFICE_SCREEN: Viewport = { width: 1366, height: 768 };

export interface WatchedContext {
  context: BrowserContext;
  /** Console errors, page errors and CSP violations seen in this context, as readable lines. */
  problems: string[];
  /** Resolves with the first problem (already seen or still to come) that matches. */
  waitForProblem(match: (problem: string) => boolean): Promise<string>;
}

export interface StartOptions {
  /**
   * Start the host with `--demo`: a generated fictional village ("Desa Contoh") in the host's own
   * temporary database, already set up, every screen marked DATA CONTOH. Default: a fresh, empty
   * database that still needs the first-run setup.
   */
  demo?: boolean;
}

/** The demo village's accounts (DEMO_ACCOUNTS in electron/core/demo/generate.ts) and their password. */
export interface DemoLogin {
  /** Shared by every demo account; random per start, printed once by the host. */
  password: string;
  accounts: readonly { username: string; displayName: string; role: string }[];
  /** Username of the demo account with this role, e.g. `usernameFor('admin')` → 'demo.admin'. */
  usernameFor(role: 'admin' | 'desk_officer' | 'educator' | 'viewer'): string;
}

export interface E2eApp {
  baseUrl: string;
  /** Only when started with `{ demo: true }`. */
  demo?: DemoLogin;
  browser: Browser;
  /** The main context (1366×768, id-ID, Asia/Jakarta). */
  context: BrowserContext;
  page: Page;
  /**
   * A new browser context with the same locale and problem collection. An `isolated` context's
   * problems stay out of problems() (for probes that break the rules on purpose).
   */
  watch(viewport?: Viewport, options?: { isolated?: boolean }): Promise<WatchedContext>;
  /** Every problem from the main context and every non-isolated context made by watch(). */
  problems(): string[];
  screenshot(page: Page, name: string): Promise<string>;
  axeCheck(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

interface ServerHandle {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** With `--demo`: the password the host printed. */
  demoPassword?: string;
}

function demoLogin(password: string): DemoLogin {
  return {
    password,
    accounts: DEMO_ACCOUNTS,
    usernameFor(role) {
      const account = DEMO_ACCOUNTS.find((a) => a.role === role);
      if (!account) throw new Error(`No demo account with role ${role}`);
      return account.username;
    },
  };
}

export async function startApp(options: StartOptions = {}): Promise<E2eApp> {
  if (!existsSync(path.join(DIST_DIR, 'index.html'))) {
    throw new Error('dist/index.html is missing: build the renderer first (`npx vite build`).');
  }
  const tempDir = mkdtempSync(path.join(tmpdir(), 'balai-e2e-'));
  let server: ServerHandle | undefined;
  let browser: Browser | undefined;
  // One log in the order things happened, across every non-isolated context.
  const appProblems: string[] = [];
  const cleanup = async () => {
    await browser?.close().catch(() => {});
    if (server) await stopServer(server.child);
    rmSync(tempDir, { recursive: true, force: true });
  };

  try {
    server = await startServer(path.join(tempDir, 'balai-migran.db'), options.demo === true);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    const launched = browser;

    const watch = async (viewport: Viewport = OFFICE_SCREEN, options: { isolated?: boolean } = {}) => {
      const context = await launched.newContext({ viewport, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
      return watchProblems(context, options.isolated ? undefined : appProblems);
    };

    const main = await watch();
    const page = await main.context.newPage();
    return {
      baseUrl: server.url,
      ...(server.demoPassword === undefined ? {} : { demo: demoLogin(server.demoPassword) }),
      browser: launched,
      context: main.context,
      page,
      watch,
      problems: () => [...appProblems],
      screenshot,
      axeCheck,
      close: cleanup,
    };
  } catch (err) {
    const output = server?.output() ?? '';
    await cleanup();
    if (output) console.error(`Node host output:\n${output}`);
    throw err;
  }
}

/**
 * Starts `electron/server/cli.ts` and resolves with the URL from its ready line. With `demo`, the
 * host makes (and deletes on exit) its own demo database instead of `dbPath` (`--demo` refuses `--db`).
 */
function startServer(dbPath: string, demo = false): Promise<ServerHandle> {
  // `node --import tsx` rather than `npx tsx`: one process, so killing it leaves no orphan.
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'electron/server/cli.ts',
      ...(demo ? ['--demo'] : ['--db', dbPath]),
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--static',
      DIST_DIR,
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // If the test process dies without running its teardown, do not leave a server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Node host did not print its ready line within ${STARTUP_LIMIT_MS} ms.\n${log}`));
    }, STARTUP_LIMIT_MS);
    const lines = createInterface({ input: child.stdout! });
    let demoPassword: string | undefined;
    lines.on('line', (line) => {
      const password = demo ? DEMO_PASSWORD_LINE.exec(line)?.[1] : undefined;
      if (password) demoPassword = password;
      // The password stays out of the log that failures print.
      log += `${password ? line.replace(password, '<kata sandi contoh>') : line}\n`;
      const url = READY_LINE.exec(line)?.[1];
      if (url) {
        clearTimeout(timer);
        if (demo && !demoPassword) {
          child.kill('SIGKILL');
          reject(new Error(`Node host started with --demo but printed no demo password.\n${log}`));
          return;
        }
        resolve({ url, child, output: () => log, ...(demo ? { demoPassword } : {}) });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Node host exited before it was ready (code ${code}, signal ${signal}).\n${log}`));
    });
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

declare global {
  interface Window {
    __balaiReportCsp?: (violation: { directive: string; blocked: string; source: string }) => void;
  }
}

async function watchProblems(context: BrowserContext, sink?: string[]): Promise<WatchedContext> {
  const problems: string[] = [];
  let waiters: { match: (p: string) => boolean; resolve: (p: string) => void }[] = [];
  const report = (problem: string) => {
    problems.push(problem);
    sink?.push(problem);
    const due = waiters.filter((w) => w.match(problem));
    waiters = waiters.filter((w) => !w.match(problem));
    for (const w of due) w.resolve(problem);
  };
  const waitForProblem = (match: (p: string) => boolean) =>
    new Promise<string>((resolve) => {
      const seen = problems.find(match);
      if (seen) resolve(seen);
      else waiters.push({ match, resolve });
    });
  // The binding and init script go in through the DevTools protocol, so the page CSP does not block them.
  await context.exposeBinding(
    '__balaiReportCsp',
    (_source, v: { directive: string; blocked: string; source: string }) => {
      report(`CSP violation: ${v.directive} blocked ${v.blocked || '(inline)'} at ${v.source}`);
    },
  );
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__balaiReportCsp?.({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}`,
      });
    });
  });
  const attach = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error' && !isExpectedApiStatus(message)) {
        report(`console error on ${page.url()}: ${message.text()} (${message.location().url})`);
      }
    });
    page.on('pageerror', (error) => report(`uncaught error on ${page.url()}: ${error.message}`));
  };
  context.on('page', attach);
  return { context, problems, waitForProblem };
}

function isExpectedApiStatus(message: ConsoleMessage): boolean {
  const status = /^Failed to load resource: the server responded with a status of (\d{3})/.exec(message.text())?.[1];
  if (!status) return false;
  const url = message.location().url;
  return new URL(url).pathname.startsWith('/rpc/') && EXPECTED_API_STATUSES.has(Number(status));
}

/** Full-page PNG at test-results/screens/<name>.png; returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(RESULTS_DIR, 'screens', `${name}.png`);
  mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
  return file;
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe on the page as it is now. Every violation is printed; serious or critical ones fail.
 * The full result goes to test-results/axe/<name>.json for CI artefacts.
 */
export async function axeCheck(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const file = path.join(RESULTS_DIR, 'axe', `${name}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ url: results.url, violations: results.violations }, null, 2));
  const lines = results.violations.map(
    (v) =>
      `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes
        .slice(0, 5)
        .map((n) => `      ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`)
        .join('\n')}`,
  );
  if (lines.length > 0) console.log(`axe on "${name}":\n${lines.join('\n')}`);
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length > 0) {
    throw new Error(
      `axe found ${blocking.length} serious/critical violation(s) on "${name}": ${blocking.map((v) => v.id).join(', ')}`,
    );
  }
}
