import { describe, expect, it } from 'vitest';
import { killAndResume } from './kill-resume.ts';

describe('a batch killed mid-way and resumed loses nothing and duplicates nothing', () => {
  for (const [i, signal] of (['SIGKILL', 'SIGINT', 'SIGKILL'] as const).entries()) {
    it(`round ${i + 1}: ${signal} at a random point of 1,500 records, then --resume`, async () => {
      const result = await killAndResume(1500, signal, i + 1);
      expect(result).toMatchObject({ ok: true });
      expect(result.killedAfterBytes).toBeGreaterThan(0);
      expect(result.linesAfterKill).toBeLessThan(1500); // the first run was really cut short
    }, 180_000);
  }
});
