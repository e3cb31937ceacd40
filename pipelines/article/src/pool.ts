import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { FaitsError, type ErrorCode, type InputRecord } from '@faits/document';
import { resolveConfig } from './pipeline.ts';

/**
 * A pool of worker threads for batches: onnxruntime-node runs each model call on the calling thread, so documents in
 * flight in one thread take turns on one core. Each worker builds its own pipeline (the model loaded once per
 * worker) and returns each document as its output line, serialized; `runBatch` keeps writing them in input order.
 */
export interface WorkerPool {
  /** Worker threads. */
  readonly size: number;
  /** Runs one record on the least busy worker: its output line (the Document, or an error record). */
  run(task: PoolTask): Promise<PoolResult>;
  /** Lets each worker dispose of its pipeline, then ends the threads. */
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Worker threads, at least 1. */
  readonly workers: number;
  /** Pipeline name or config, as for `createPipeline`. */
  readonly pipeline: string;
  /**
   * ONNX Runtime threads per model call, in each worker. Default: the cores divided among the workers (1 with 2
   * workers on 2 cores: more threads than cores only take turns).
   */
  readonly intraOpThreads?: number;
  /**
   * Old-generation heap limit of each worker, in MB (V8 `maxOldGenerationSizeMb`). Default: V8's own. A worker
   * past it ends with an out-of-memory error, and its documents get `E_INTERNAL` error records.
   */
  readonly maxHeapMB?: number;
}

export interface PoolTask {
  readonly record: InputRecord;
  /** Input fields Faits does not know: the worker adds the `UNKNOWN_INPUT_FIELD` warning. */
  readonly unknownFields: readonly string[];
  /** Input line number, for error records. */
  readonly line: number;
  readonly check: boolean;
}

export interface PoolResult {
  /** The output line, with its newline. */
  readonly json: string;
  /** The line is an error record. */
  readonly error: boolean;
}

/** Data each worker gets at start. */
export interface WorkerSetup {
  readonly pipeline: string;
  readonly intraOpThreads?: number;
}

export type ToWorker = ({ readonly type: 'run'; readonly seq: number } & PoolTask) | { readonly type: 'close' };

export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'failed'; readonly error: { readonly code: ErrorCode; readonly message: string; readonly hint: string } }
  | { readonly type: 'done'; readonly seq: number; readonly json: string; readonly error: boolean };

interface Pending {
  readonly resolve: (result: PoolResult) => void;
  readonly reject: (error: FaitsError) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  alive: boolean;
}

/**
 * onnxruntime-node 1.14's addon, once every thread that loaded it has ended, fails to load again ("Module did not
 * self-register"), or corrupts the heap at exit when the main thread still holds it: one pool with the model per process.
 */
let modelPoolClosed = false;

/** Input size from which a pool's start-up (2-4 s for two workers) is paid back. */
export const POOL_MIN_INPUT_BYTES = 4 * 1024 * 1024;

/**
 * Worker threads used by default for `faits extract --jsonl` (measured on 2 cores, see the README): 2 for a pipeline
 * without the model (`light`: 1.45× the words/s of one thread) on an input file of 4 MiB or more; none for a
 * smaller or unknown-size input (standard input), nor for a pipeline with the model (`article`: onnxruntime already
 * spreads each model call over the cores, and 2 workers were no faster while loading the model twice). Throws
 * `E_INVALID_OPTION` for an unknown pipeline name.
 */
export function defaultWorkers(pipeline: string, inputBytes: number | undefined): number {
  if (availableParallelism() < 2 || resolveConfig(pipeline).stages.includes('ner')) return 0;
  return inputBytes !== undefined && inputBytes >= POOL_MIN_INPUT_BYTES ? 2 : 0;
}

/**
 * Starts `workers` threads, each with its own pipeline, and resolves when all are ready. A worker that cannot build
 * its pipeline (a missing model: `E_MODEL_MISSING`) rejects with its error, after the others are ended.
 */
export async function createWorkerPool(options: PoolOptions): Promise<WorkerPool> {
  if (!Number.isInteger(options.workers) || options.workers < 1) {
    throw new FaitsError('E_INVALID_OPTION', `A worker pool needs a whole number of workers from 1 up, got ${options.workers}.`);
  }
  const withModel = resolveConfig(options.pipeline).stages.includes('ner');
  if (withModel && modelPoolClosed) {
    throw new FaitsError('E_INVALID_OPTION', 'A pool with the model was already closed in this process: onnxruntime-node 1.14 cannot be loaded again in new threads.', {
      hint: 'Keep one worker pool with the model per process (create it once, close it at the end).',
    });
  }
  const intraOpThreads = options.intraOpThreads ?? Math.max(1, Math.floor(availableParallelism() / options.workers));
  const setup: WorkerSetup = { pipeline: options.pipeline, intraOpThreads };
  const { file, execArgv } = workerEntry();
  const slots: Slot[] = [];
  let seq = 0;

  const starting = Array.from({ length: options.workers }, () => {
    const worker = newWorker(file, {
      workerData: setup, execArgv, stdout: false, stderr: false,
      ...(options.maxHeapMB === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMB } }),
    });
    const slot: Slot = { worker, pending: new Map(), alive: true };
    slots.push(slot);
    return new Promise<void>((resolve, reject) => {
      const fail = (error: FaitsError): void => {
        slot.alive = false;
        for (const p of slot.pending.values()) p.reject(error);
        slot.pending.clear();
        reject(error);
      };
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          resolve();
        } else if (message.type === 'failed') {
          fail(new FaitsError(message.error.code, message.error.message, { hint: message.error.hint }));
        } else {
          const p = slot.pending.get(message.seq);
          slot.pending.delete(message.seq);
          p?.resolve({ json: message.json, error: message.error });
        }
      });
      worker.on('error', (cause) => fail(new FaitsError('E_INTERNAL', `A batch worker thread failed: ${cause.message}`, { cause })));
      worker.on('exit', (code) => {
        if (slot.alive || slot.pending.size > 0) fail(new FaitsError('E_INTERNAL', `A batch worker thread stopped (exit code ${code}).`));
      });
    });
  });
  try {
    await Promise.all(starting);
  } catch (error) {
    await Promise.all(slots.map((s) => s.worker.terminate()));
    throw error;
  }

  return {
    size: slots.length,
    run(task: PoolTask): Promise<PoolResult> {
      let best: Slot | undefined;
      for (const slot of slots) if (slot.alive && (best === undefined || slot.pending.size < best.pending.size)) best = slot;
      if (best === undefined) return Promise.reject(new FaitsError('E_INTERNAL', 'Every batch worker thread has stopped.'));
      const target = best;
      const id = seq++;
      return new Promise<PoolResult>((resolve, reject) => {
        target.pending.set(id, { resolve, reject });
        target.worker.postMessage({ type: 'run', seq: id, ...task } satisfies ToWorker);
      });
    },
    async close(): Promise<void> {
      if (withModel) modelPoolClosed = true;
      await Promise.all(slots.map(async (slot) => {
        const exited = new Promise<void>((resolve) => slot.worker.once('exit', () => resolve()));
        if (slot.alive) {
          slot.alive = false;
          slot.worker.postMessage({ type: 'close' } satisfies ToWorker);
          // A worker that does not end by itself (a stuck native call) is ended after a while.
          const timer = setTimeout(() => void slot.worker.terminate(), 10_000);
          await exited;
          clearTimeout(timer);
        } else {
          await slot.worker.terminate();
        }
      }));
    },
  };
}

/**
 * A worker thread with the given Node options, less those a worker does not take (V8 and process options such as
 * `--max-old-space-size` or `--expose-gc`, which Node refuses with ERR_WORKER_INVALID_EXEC_ARGV): they are left out.
 */
function newWorker(file: URL, options: WorkerOptions & { execArgv: string[] }): Worker {
  try {
    return new Worker(file, options);
  } catch (error) {
    const invalid = (error as { code?: string; message?: string }).code === 'ERR_WORKER_INVALID_EXEC_ARGV'
      ? /flags: (.*)$/u.exec((error as Error).message)?.[1]?.split(', ')
      : undefined;
    if (invalid === undefined || invalid.length === 0) throw error;
    const execArgv: string[] = [];
    for (let i = 0; i < options.execArgv.length; i++) {
      const arg = options.execArgv[i] ?? '';
      if (!invalid.includes(arg)) {
        execArgv.push(arg);
      } else if (!arg.includes('=') && !(options.execArgv[i + 1] ?? '-').startsWith('-')) {
        i++; // its value, given as the next argument
      }
    }
    return new Worker(file, { ...options, execArgv });
  }
}

/**
 * The worker's entry, next to this module: worker.js in a built package. In the workspace it is worker.ts, which
 * Node 20 cannot load in a worker thread even under `--import tsx` (the hooks are not applied to a worker's entry):
 * a small module registers tsx in the thread, then imports worker.ts. Node options carry over (`process.execArgv`),
 * with the `@faits/source` export condition added for the workspace sources.
 */
function workerEntry(): { file: URL; execArgv: string[] } {
  const built = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return { file: built, execArgv: [...process.execArgv] };
  const source = new URL('./worker.ts', import.meta.url);
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const bootstrap = `import { register } from ${JSON.stringify(tsxApi)};\nregister();\nawait import(${JSON.stringify(source.href)});\n`;
  const execArgv = [...process.execArgv];
  if (!execArgv.some((a) => a.includes('@faits/source'))) execArgv.push('--conditions=@faits/source');
  return { file: new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), execArgv };
}
