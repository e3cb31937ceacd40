export {
  DEFAULT_QUEUE, DEFAULT_REDIS_URL, MIN_REDIS_VERSION, parseRedisUrl, type QueueConnection,
} from './connection.ts';
export { jobIdOf, idOfJobId, queueKeys, type QueueKeys } from './store.ts';
export { enqueueJsonl, JOB_NAME, type EnqueueOptions, type EnqueueResult, type JobData } from './enqueue.ts';
export { DATA_ERROR_CODES, startWorker, type QueueWorker, type WorkerJobEvent, type WorkerOptions } from './worker.ts';
export { collect, type CollectOptions, type CollectResult } from './collect.ts';
export { queueStatus, type QueueStatus, type StatusOptions } from './status.ts';
export { formatStatus, QUEUE_COMMANDS, QUEUE_USAGE, runQueueCommand, type QueueCliIo, type QueueCommand } from './cli.ts';
