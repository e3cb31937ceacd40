import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'packages/*',
      'pipelines/*',
      { test: { name: 'e2e', include: ['test/**/*.test.ts'], testTimeout: 120_000 } },
    ],
  },
});
