#!/usr/bin/env node
/**
 * Checks electron-builder.yml without building anything (about 1 s, offline):
 * 1. against electron-builder's own JSON schema, the way electron-builder itself does before a
 *    build (toolchain.md section 5; there is no dry-run flag);
 * 2. against the few facts the app's code depends on (resources next to app.asar, better-sqlite3
 *    unpacked, npmRebuild left on for release builds, NSIS languages known to electron-builder).
 * Exits 1 with the reasons on any problem, 0 with one line on success.
 */
const path = require('node:path');
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { langIdToName } = require('app-builder-lib/out/util/langs');
const { DebugLogger } = require('builder-util');

const projectDir = path.resolve(__dirname, '..');
const configFile = path.join(projectDir, 'electron-builder.yml');

/** Project rules on top of the schema. Each returns a message when broken. */
function projectProblems(config) {
  const problems = [];
  const asArray = (v) => (v == null ? [] : Array.isArray(v) ? v : [v]);
  if (config.appId !== 'id.desa.balaimigran') problems.push(`appId must be id.desa.balaimigran, not ${config.appId}`);
  if (config.asar === false) problems.push('asar must stay on');
  if (!asArray(config.asarUnpack).includes('node_modules/better-sqlite3/**')) {
    problems.push('asarUnpack must contain node_modules/better-sqlite3/** (a native module cannot load from app.asar)');
  }
  if (config.npmRebuild === false) {
    problems.push('npmRebuild must stay on for release builds; offline checks pass -c.npmRebuild=false instead');
  }
  // electron/main/app-paths.ts reads process.resourcesPath/resources when packaged.
  const shipsResources = asArray(config.extraResources).some(
    (entry) => typeof entry === 'object' && entry.from === 'resources' && entry.to === 'resources',
  );
  if (!shipsResources)
    problems.push('extraResources must copy resources/ to resources/ (see electron/main/app-paths.ts)');
  for (const lang of asArray(config.nsis?.installerLanguages)) {
    const id = String(lang).replace('-', '_').split('_')[0];
    if (!langIdToName[id]) problems.push(`nsis.installerLanguages: electron-builder knows no language "${lang}"`);
  }
  return problems;
}

async function main() {
  const config = await getConfig(projectDir, configFile, null);
  try {
    await validateConfiguration(config, new DebugLogger(false));
  } catch (err) {
    console.error(`electron-builder.yml does not match electron-builder's schema:\n${err.message}`);
    return 1;
  }
  const problems = projectProblems(config);
  if (problems.length > 0) {
    console.error(`electron-builder.yml breaks project rules:\n- ${problems.join('\n- ')}`);
    return 1;
  }
  const { version } = require('app-builder-lib/package.json');
  console.log(`electron-builder.yml is valid (electron-builder ${version} schema and project rules).`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`Could not check electron-builder.yml: ${err instanceof Error ? err.message : err}`);
    process.exitCode = 1;
  },
);
