import path from 'node:path';

export const DATABASE_FILE_NAME = 'balai-migran.db';

export interface PathInputs {
  isPackaged: boolean;
  /** `process.resourcesPath`: the packaged app's resources/ folder (holds app.asar). */
  resourcesPath: string;
  /** `app.getPath('userData')`. */
  userDataDir: string;
  /** `__dirname` of the compiled main: dist-electron/main. */
  mainDir: string;
}

export interface AppPaths {
  dbPath: string;
  /** regions/, security/, content/: shipped by electron-builder's extraResources, so plain files. */
  resourcesDir: string;
  /** The Vite build served on app://balai/. */
  distDir: string;
  preloadPath: string;
}

/** Where everything lives, packaged or run from the repository. Pure. */
export function resolveAppPaths(inputs: PathInputs, pathApi: path.PlatformPath = path): AppPaths {
  const appRoot = pathApi.resolve(inputs.mainDir, '..', '..');
  return {
    dbPath: pathApi.join(inputs.userDataDir, DATABASE_FILE_NAME),
    resourcesDir: inputs.isPackaged
      ? pathApi.join(inputs.resourcesPath, 'resources')
      : pathApi.join(appRoot, 'resources'),
    distDir: pathApi.join(appRoot, 'dist'),
    preloadPath: pathApi.join(appRoot, 'dist-electron', 'preload', 'index.js'),
  };
}
