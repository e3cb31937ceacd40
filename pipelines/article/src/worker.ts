/**
 * One thread of the batch pool (see pool.ts): builds its own pipeline (the model loaded once per thread), then runs
 * the records the main thread sends, and answers each with its output line, already serialized: the main thread
 * only writes lines, in input order.
 */
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { toFaitsError, toJsonLine } from '@faits/document';
import { errorRecord, noteUnknownFields } from './batch.ts';
import { createPipeline, type Pipeline } from './pipeline.ts';
import type { FromWorker, ToWorker, WorkerSetup } from './pool.ts';

const port = parentPort;
if (port === null) throw new Error('worker.ts runs as a worker thread of the batch pool (pool.ts).');
const setup = workerData as WorkerSetup;
const post = (message: FromWorker): void => port.postMessage(message);

if (setup.intraOpThreads !== undefined) await limitModelThreads(setup.intraOpThreads);

let pipeline: Pipeline;
try {
  pipeline = await createPipeline(setup.pipeline);
  post({ type: 'ready' });
} catch (error) {
  const e = toFaitsError(error);
  post({ type: 'failed', error: { code: e.code, message: e.message, hint: e.hint } });
  port.close();
  throw error;
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'close') {
    void pipeline.dispose().finally(() => port.close());
    return;
  }
  const { seq, record, unknownFields, line, check } = message;
  pipeline.run(record, check ? { check: true } : {}).then(
    (doc) => post({ type: 'done', seq, json: toJsonLine(noteUnknownFields(doc, unknownFields, line)), error: false }),
    (error: unknown) => post({ type: 'done', seq, json: toJsonLine(errorRecord(record.id, line, toFaitsError(error))), error: true }),
  );
});

/**
 * ONNX Runtime sizes its thread pool to the cores by default: two workers then run four busy threads on two cores.
 * transformers.js (inside @faits/ner) creates the session without thread options, so they are added here, on the
 * onnxruntime-node module it uses (found through @faits/ner's own dependencies), before the model is loaded.
 */
async function limitModelThreads(threads: number): Promise<void> {
  try {
    const fromPipeline = createRequire(import.meta.url);
    const ner = fromPipeline.resolve('@faits/ner/package.json');
    const transformers = createRequire(ner).resolve('@xenova/transformers');
    const ort = createRequire(transformers)('onnxruntime-node') as {
      InferenceSession: { create: (...args: unknown[]) => Promise<unknown> };
    };
    const session = ort.InferenceSession;
    const create = session.create.bind(session);
    session.create = (model: unknown, options?: unknown, ...rest: unknown[]) =>
      create(model, { ...(options as object | undefined), intraOpNumThreads: threads, interOpNumThreads: 1 }, ...rest);
  } catch {
    // No model runtime where it is looked for: the pipeline has no model, or it is installed elsewhere.
  }
}
