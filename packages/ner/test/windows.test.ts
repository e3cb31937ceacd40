import { describe, expect, it } from 'vitest';
import { assignOwners, planWindows, slidingWindows } from '../src/windows.ts';

describe('windows', () => {
  it('sliding windows step by size − stride and the last one ends at the end', () => {
    // 40 pieces, windows of 16 sharing 4: starts 0, 12, then the last is moved back to end at 40.
    expect(slidingWindows(0, 40, { size: 16, stride: 4 })).toEqual([
      { start: 0, end: 16 }, { start: 12, end: 28 }, { start: 24, end: 40 },
    ]);
  });

  it('a sequence that fits is one window; an empty one is none', () => {
    expect(slidingWindows(3, 10, { size: 16, stride: 4 })).toEqual([{ start: 3, end: 10 }]);
    expect(slidingWindows(5, 5, { size: 16, stride: 4 })).toEqual([]);
  });

  it('whole sentences are packed while they fit; a long sentence gets sliding windows of its own', () => {
    const segments = [{ start: 0, end: 5 }, { start: 5, end: 10 }, { start: 10, end: 15 }, { start: 15, end: 35 }, { start: 35, end: 38 }];
    // 5 + 5 + 5 = 15 pieces fit in 16; the 20-piece sentence is cut in two (start 15, then 35 − 16 = 19); the last one alone.
    expect(planWindows(38, segments, { size: 16, stride: 4 })).toEqual([
      { start: 0, end: 15 }, { start: 15, end: 31 }, { start: 19, end: 35 }, { start: 35, end: 38 },
    ]);
  });

  it('every piece is in some window: no silent truncation', () => {
    const windows = planWindows(1000, undefined, { size: 128, stride: 32 });
    const covered = new Uint8Array(1000);
    for (const w of windows) {
      expect(w.end - w.start).toBeLessThanOrEqual(128);
      covered.fill(1, w.start, w.end);
    }
    expect(covered.every((c) => c === 1)).toBe(true);
  });

  it('a piece in an overlap belongs to the window where it is farther from an edge', () => {
    const windows = [{ start: 0, end: 16 }, { start: 8, end: 24 }];
    const owner = assignOwners(24, windows);
    // Piece 11: 4 from the end of window 0, 3 from the start of window 1 → window 0.
    expect(owner[11]).toBe(0);
    // Piece 12: 3 from the end of window 0, 4 from the start of window 1 → window 1.
    expect(owner[12]).toBe(1);
    expect(Array.from(owner.subarray(0, 12)).every((o) => o === 0)).toBe(true);
    expect(Array.from(owner.subarray(12)).every((o) => o === 1)).toBe(true);
  });
});
