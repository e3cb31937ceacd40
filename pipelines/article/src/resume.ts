import { createReadStream } from 'node:fs';
import { open, stat, truncate } from 'node:fs/promises';
import { readJsonl } from '@faits/document';
import { fileError } from './io.ts';

/**
 * For `--resume`: the ids already written to OUT. A last line cut short (the process was killed mid-write) is
 * truncated away so that OUT holds complete lines only, and its record is processed again.
 */
export async function completedIds(path: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ids;
    throw fileError(path, error);
  }
  if (size === 0) return ids;
  const end = await lastNewline(path, size);
  if (end < size) await truncate(path, end);
  if (end === 0) return ids;
  for await (const item of readJsonl(createReadStream(path, { end: end - 1 }))) {
    if ('error' in item) continue;
    const id = (item.value as { id?: unknown } | null)?.id;
    if (typeof id === 'string') ids.add(id);
  }
  return ids;
}

/** Offset just after the last `\n` of the file, 0 if none. */
async function lastNewline(path: string, size: number): Promise<number> {
  const handle = await open(path, 'r');
  try {
    const block = 64 * 1024;
    let pos = size;
    const buf = Buffer.alloc(block);
    while (pos > 0) {
      const from = Math.max(0, pos - block);
      const { bytesRead } = await handle.read(buf, 0, pos - from, from);
      const i = buf.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (i !== -1) return from + i + 1;
      pos = from;
    }
    return 0;
  } finally {
    await handle.close();
  }
}
