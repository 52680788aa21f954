import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/integration/**/*.test.ts',
      'test/electron/**/*.test.ts',
      'test/renderer/**/*.test.ts',
    ],
    environment: 'node',
    // scrypt at ASVS strength takes ~0.2 s per hash; leave room on a 2-core CI machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
