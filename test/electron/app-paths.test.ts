import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPaths } from '../../electron/main/app-paths';

describe('resolveAppPaths', () => {
  it('packaged on Windows: resources next to app.asar, database in userData', () => {
    const paths = resolveAppPaths(
      {
        isPackaged: true,
        resourcesPath: 'C:\\Program Files\\Balai Migran\\resources',
        userDataDir: 'C:\\Users\\desa\\AppData\\Roaming\\Balai Migran',
        mainDir: 'C:\\Program Files\\Balai Migran\\resources\\app.asar\\dist-electron\\main',
      },
      path.win32,
    );
    expect(paths).toEqual({
      dbPath: 'C:\\Users\\desa\\AppData\\Roaming\\Balai Migran\\balai-migran.db',
      resourcesDir: 'C:\\Program Files\\Balai Migran\\resources\\resources',
      distDir: 'C:\\Program Files\\Balai Migran\\resources\\app.asar\\dist',
      preloadPath: 'C:\\Program Files\\Balai Migran\\resources\\app.asar\\dist-electron\\preload\\index.js',
    });
  });

  it('from the repository: resources/ and dist/ of the checkout', () => {
    const paths = resolveAppPaths(
      {
        isPackaged: false,
        resourcesPath: '/repo/node_modules/electron/dist/resources',
        userDataDir: '/home/desa/.config/Balai Migran',
        mainDir: '/repo/dist-electron/main',
      },
      path.posix,
    );
    expect(paths).toEqual({
      dbPath: '/home/desa/.config/Balai Migran/balai-migran.db',
      resourcesDir: '/repo/resources',
      distDir: '/repo/dist',
      preloadPath: '/repo/dist-electron/preload/index.js',
    });
  });
});
