#!/usr/bin/env node
/**
 * Static security gate for the Electron shell: runs Doyensec Electronegativity 1.10.3 over
 * electron/main, electron/preload and renderer/index.html, prints every finding, and exits 1 if
 * any finding remains that is not listed, with a reason, in tools/electronegativity/reviewed-exceptions.json.
 *
 * It installs nothing. Electronegativity lives in its own folder because it needs TypeScript 4.2
 * and the app uses TypeScript 7 (toolchain.md section 4); CI runs
 * `npm ci --prefix tools/electronegativity` first.
 *
 * It calls the tool's documented programmatic API (README "Programmatically") with the options of
 * `electronegativity -i <dir> -r -e 45.5.0 -x AvailableSecurityFixesGlobalCheck`, not the CLI with
 * `-o file.csv`, because in 1.10.3 the CLI's CSV is unreliable and its failures are silent:
 * - it writes the header and the rows with two concurrent fs.writeFile calls; here 2 runs in 15
 *   came back with the header written over the first rows;
 * - with -o it drops files it cannot parse without a word; the API returns them as `errors`;
 * - its exit code is 0 even with findings.
 * A planted canary (one eval() of a concatenated string) must come back, proving the checks ran.
 * The scan runs on a copy in a temporary folder that is always removed.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOOL_DIR = path.join(ROOT, 'tools', 'electronegativity');
const RUNNER = path.join(TOOL_DIR, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'runner.js');
const EXCEPTIONS_FILE = path.join(TOOL_DIR, 'reviewed-exceptions.json');
const ELECTRON_VERSION = '45.5.0';

/** What is scanned, relative to the repository. A missing entry is skipped (renderer/index.html). */
const SCAN_TARGETS = ['electron/main', 'electron/preload', 'renderer/index.html'];

/**
 * Checks left out, by class name (the tool wants class names, not the printed IDs). Only the one
 * that needs the network: it downloads Electron's release list from GitHub. Keeping Electron
 * current is a release-machine task (reliability.md E16).
 */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

const CANARY_FILE = '__canary__/canary.js';
const CANARY_ISSUE = 'DANGEROUS_FUNCTIONS_JS_CHECK';

class GateError extends Error {}

function fail(message) {
  throw new GateError(message);
}

/** Copies the scan targets into `stageDir`, so reported paths are repository paths. */
function stage(stageDir) {
  const staged = [];
  for (const target of SCAN_TARGETS) {
    const source = path.join(ROOT, target);
    if (!existsSync(source)) continue;
    cpSync(source, path.join(stageDir, target), { recursive: true });
    staged.push(target);
  }
  const canary = path.join(stageDir, CANARY_FILE);
  mkdirSync(path.dirname(canary), { recursive: true });
  writeFileSync(
    canary,
    "// Planted by scripts/electronegativity.mjs: must be reported.\neval('1 + ' + process.argv[2]);\n",
  );
  return staged;
}

function toFinding(issue) {
  return {
    issue: issue.id,
    severity: issue.severity?.name ?? String(issue.severity),
    confidence: issue.confidence?.name ?? String(issue.confidence),
    file: String(issue.file).split(path.sep).join('/'),
    location: `${issue.location?.line ?? 0}:${issue.location?.column ?? 0}`,
    sample: issue.sample ?? '',
    description: issue.description ?? '',
    url: `https://github.com/doyensec/electronegativity/wiki/${issue.id}`,
  };
}

function loadExceptions() {
  const list = JSON.parse(readFileSync(EXCEPTIONS_FILE, 'utf8'));
  if (!Array.isArray(list)) fail(`${EXCEPTIONS_FILE} must hold an array.`);
  for (const entry of list) {
    if (!entry.issue || !entry.file || typeof entry.sample !== 'string' || (entry.reason ?? '').trim().length < 20) {
      fail(`every reviewed exception needs issue, file, sample and a real reason: ${JSON.stringify(entry)}`);
    }
  }
  return list;
}

/**
 * An exception covers a finding of that check in that file with exactly that sample text, so any
 * edit to the flagged code (a changed CSP, say) needs a fresh review. Lines may move freely.
 */
function matches(exception, finding) {
  return exception.issue === finding.issue && exception.file === finding.file && exception.sample === finding.sample;
}

function describe(finding) {
  const where = finding.file === 'N/A' ? '(whole app)' : `${finding.file}:${finding.location}`;
  const sample = finding.sample ? `\n    ${finding.sample}` : '';
  return `${finding.severity} | ${finding.confidence}  ${finding.issue}  ${where}${sample}\n    ${finding.description}\n    ${finding.url}`;
}

async function main() {
  if (!existsSync(RUNNER)) fail('not installed. Run: npm ci --prefix tools/electronegativity');
  const run = createRequire(import.meta.url)(RUNNER);

  const stageDir = mkdtempSync(path.join(tmpdir(), 'balai-electronegativity-'));
  try {
    const staged = stage(stageDir);
    console.log(`Electronegativity 1.10.3: scanning ${staged.join(', ')} for Electron ${ELECTRON_VERSION}`);
    const result = await run(
      {
        input: stageDir,
        isRelative: true,
        electronVersionOverride: ELECTRON_VERSION,
        excludeFromScan: EXCLUDED_CHECKS,
        customScan: [],
        parserPlugins: [],
      },
      false,
    );
    if (result.errors.length > 0) {
      const list = result.errors.map((e) => `${path.relative(stageDir, e.file)}: ${e.message}`);
      fail(`it could not parse these files, so they were not checked:\n  ${list.join('\n  ')}`);
    }

    const all = result.issues.map(toFinding);
    const canaries = all.filter((f) => f.file === CANARY_FILE);
    if (canaries.length !== 1 || canaries[0].issue !== CANARY_ISSUE) {
      fail(
        `the planted canary was not reported exactly once (${JSON.stringify(canaries)}); the scan cannot be trusted.`,
      );
    }
    const findings = all.filter((f) => f.file !== CANARY_FILE);

    const exceptions = loadExceptions();
    const open = findings.filter((f) => !exceptions.some((e) => matches(e, f)));
    const accepted = findings.filter((f) => exceptions.some((e) => matches(e, f)));
    const stale = exceptions.filter((e) => !findings.some((f) => matches(e, f)));

    for (const f of accepted) console.log(`reviewed exception: ${f.issue} ${f.file}:${f.location}`);
    if (stale.length > 0) {
      console.error('Reviewed exceptions that match no finding any more (remove them):');
      for (const e of stale) console.error(`  ${e.issue} ${e.file}`);
    }
    if (open.length > 0) {
      console.error(`\n${open.length} Electronegativity finding(s):\n`);
      for (const f of open) console.error(describe(f));
      console.error(
        '\nFix the code, or, for a reviewed false positive, add it with a reason to tools/electronegativity/reviewed-exceptions.json.',
      );
    }
    if (open.length > 0 || stale.length > 0) return 1;
    console.log(`Electronegativity: no findings (${accepted.length} covered by reviewed exceptions).`);
    return 0;
  } finally {
    rmSync(stageDir, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main();
} catch (err) {
  if (!(err instanceof GateError)) throw err;
  console.error(`electronegativity: ${err.message}`);
  process.exitCode = 1;
}
