/**
 * Property tests over the public functions of every package and the CLI's batch mode, on random Unicode (astral
 * characters, combining marks, RTL, control characters, lone surrogates, NUL, U+00A0 / U+202F) and random and
 * malformed JSONL. A few hundred cases per property here, with a fixed seed (`FUZZ_SEED` to change it);
 * `pnpm fuzz [cases]` runs the same properties on 100,000 cases with a new seed each time.
 */
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { PROPERTIES, TEST_SEED, getLightPipeline, toAsyncProperty } from './fuzz-properties.ts';

beforeAll(async () => {
  await getLightPipeline();
}, 60_000);

describe('property tests (fast-check): nothing throws but a FaitsError, every span inside the text with its surface, one output line per input line', () => {
  for (const property of PROPERTIES) {
    it(`${property.pkg} ${property.fn}: ${property.name}`, async () => {
      await fc.assert(toAsyncProperty(property), {
        numRuns: property.testRuns,
        seed: TEST_SEED,
        examples: (property.examples ?? []).map((example) => [example] as [unknown]),
      });
    }, 60_000);
  }
});
