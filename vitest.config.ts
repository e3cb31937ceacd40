import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Inside the workspace every @faits/* package resolves to its TypeScript sources through the `@faits/source`
 * export condition (no build needed to test); outside, the same imports resolve to dist/ (see each package.json).
 */
const SOURCE_CONDITIONS = ['@faits/source', 'module', 'node', 'development|production'];

/** One project per workspace package (named after it), each inheriting the conditions above. */
function packageProjects(parent: string): TestProjectInlineConfiguration[] {
  return readdirSync(parent)
    .map((dir) => join(parent, dir))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => {
      const { name } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string };
      return { extends: true, root: dir, test: { name } };
    });
}

export default defineConfig({
  resolve: { conditions: SOURCE_CONDITIONS },
  ssr: { resolve: { conditions: SOURCE_CONDITIONS } },
  test: {
    projects: [
      ...packageProjects('packages'),
      ...packageProjects('pipelines'),
      { extends: true, test: { name: 'e2e', include: ['test/**/*.test.ts'], testTimeout: 120_000 } },
    ],
  },
});
