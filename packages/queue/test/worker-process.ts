/**
 * A worker process for the tests and the benchmark: `node --conditions=@faits/source --import tsx worker-process.ts`.
 * Reads its settings from the environment, prints `ready` once the pipeline is loaded and `run <id>` as each job
 * starts (so a test can SIGKILL it mid-job), and closes cleanly on SIGTERM.
 *   FAITS_REDIS (URL), FAITS_QUEUE, FAITS_PIPELINE (article|light), FAITS_CONCURRENCY, FAITS_LOCK_MS,
 *   FAITS_STALLED_MS, FAITS_HOLD_MS (extra ms each job holds its worker, to widen the window for a kill).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createPipeline, type Pipeline } from '@faits/pipeline-article';
import { startWorker } from '../src/index.ts';

const env = process.env;
const hold = Number(env.FAITS_HOLD_MS ?? 0);
const inner = await createPipeline(env.FAITS_PIPELINE ?? 'light');
const pipeline: Pipeline = {
  ...inner,
  async run(input, options) {
    process.stdout.write(`run ${input.id}\n`);
    if (hold > 0) await sleep(hold);
    return inner.run(input, options);
  },
};
const worker = await startWorker({
  connection: env.FAITS_REDIS ?? 'redis://127.0.0.1:6379',
  queue: env.FAITS_QUEUE ?? 'faits',
  concurrency: Number(env.FAITS_CONCURRENCY ?? 1),
  pipeline,
  lockDuration: Number(env.FAITS_LOCK_MS ?? 30_000),
  stalledInterval: Number(env.FAITS_STALLED_MS ?? 30_000),
  onError: (error) => process.stderr.write(`worker error: ${error.message}\n`),
});
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void worker.close().then(async () => {
    await inner.dispose();
    process.stdout.write(`closed ${worker.counts.done} ${worker.counts.failed}\n`);
    process.exit(0);
  });
});
