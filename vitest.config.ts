import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Ink draws only the last frame when CI is set; tests decide for themselves.
    env: {ROLE_WIZARD_TEST: '1'},
  },
});
