/**
 * Windows over a sequence of pieces: whole sentences packed together when they fit, sliding windows
 * with overlap over anything longer. Nothing is truncated: every piece falls in at least one window.
 */

export interface PieceWindow {
  /** First piece (inclusive). */
  readonly start: number;
  /** Last piece (exclusive). */
  readonly end: number;
}

export interface WindowPlanOptions {
  /** Largest number of pieces in a window. */
  readonly size: number;
  /** Pieces shared by two consecutive sliding windows. Must be smaller than `size`. */
  readonly stride: number;
}

/**
 * Sliding windows of `size` pieces over [from, to), each starting `size - stride` pieces after the
 * previous one; the last is moved back to end exactly at `to`.
 */
export function slidingWindows(from: number, to: number, { size, stride }: WindowPlanOptions): PieceWindow[] {
  if (to - from <= size) return to > from ? [{ start: from, end: to }] : [];
  const step = Math.max(1, size - stride);
  const windows: PieceWindow[] = [];
  for (let start = from; ; start += step) {
    if (start + size >= to) {
      windows.push({ start: Math.max(from, to - size), end: to });
      break;
    }
    windows.push({ start, end: start + size });
  }
  return windows;
}

/**
 * Windows over `length` pieces. With `segments` (sentence ranges in pieces, in order, covering
 * [0, length) without gaps), consecutive whole sentences are packed into one window while they fit, and a
 * sentence longer than a window gets sliding windows of its own. Without segments, sliding windows over
 * everything.
 */
export function planWindows(length: number, segments: readonly PieceWindow[] | undefined, options: WindowPlanOptions): PieceWindow[] {
  if (segments === undefined) return slidingWindows(0, length, options);
  const windows: PieceWindow[] = [];
  let packStart = -1;
  let packEnd = -1;
  const flush = (): void => {
    if (packStart >= 0 && packEnd > packStart) windows.push({ start: packStart, end: packEnd });
    packStart = -1;
    packEnd = -1;
  };
  for (const seg of segments) {
    if (seg.end <= seg.start) continue;
    const len = seg.end - seg.start;
    if (len > options.size) {
      flush();
      windows.push(...slidingWindows(seg.start, seg.end, options));
      continue;
    }
    if (packStart >= 0 && seg.end - packStart > options.size) flush();
    if (packStart < 0) packStart = seg.start;
    packEnd = seg.end;
  }
  flush();
  return windows;
}

/**
 * For each piece, the window that sees it with the most context: the one where the piece is farthest
 * from either edge (the earlier window on ties). Returns the owner index of each piece, and for each
 * window the range of pieces it owns. Linear in the total window length.
 */
export function assignOwners(length: number, windows: readonly PieceWindow[]): Int32Array {
  const owner = new Int32Array(length).fill(-1);
  const best = new Int32Array(length).fill(-1);
  windows.forEach((w, index) => {
    for (let p = w.start; p < w.end; p += 1) {
      const d = Math.min(p - w.start, w.end - 1 - p);
      if (d > (best[p] as number)) {
        best[p] = d;
        owner[p] = index;
      }
    }
  });
  return owner;
}
