import { defineConfig } from 'vite';

/**
 * Bundles the preload into ONE CommonJS file, dist-electron/preload/index.js. A sandboxed preload
 * cannot load other files of ours, so electron/shared is inlined; `electron` stays a require.
 * tsc does not emit the preload (tsconfig.electron.json excludes it); tsconfig.preload.json
 * type-checks it.
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist-electron/preload',
    emptyOutDir: true,
    target: 'es2023',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    lib: {
      entry: 'electron/preload/index.ts',
      formats: ['cjs'],
      fileName: () => 'index.js',
    },
    rolldownOptions: {
      external: ['electron'],
    },
  },
});
