export { PIPELINES, PipelineConfigSchema, STAGE_NAMES, type PipelineConfig, type StageName } from './config.ts';
export { createPipeline, looksLikeHtml, resolveConfig, type Pipeline } from './pipeline.ts';
export {
  checkRecord, errorRecord, noteUnknownFields, runBatch, type BatchOptions, type BatchProgress, type BatchResult, type CheckedRecord,
} from './batch.ts';
export { decodeText, readInput, type ReadText } from './io.ts';
export { completedIds } from './resume.ts';
export { createWorkerPool, type PoolOptions, type PoolResult, type PoolTask, type WorkerPool } from './pool.ts';
export { formatPretty } from './format.ts';
export { main, USAGE, type CliIo } from './cli.ts';
