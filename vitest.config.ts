import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['rules/**/*.test.ts', 'test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // The corpus is linted once per run and shared by the tests that need it (test/support/corpus.ts).
    globalSetup: ['test/support/corpus-run-setup.ts'],
  },
});
