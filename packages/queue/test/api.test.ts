import { describe, expect, it } from 'vitest';

describe('@faits/queue public API', () => {
  it('exports exactly the documented names', async () => {
    const api = await import('@faits/queue');
    expect(Object.keys(api).sort()).toEqual([
      'DATA_ERROR_CODES', 'DEFAULT_QUEUE', 'DEFAULT_REDIS_URL', 'JOB_NAME', 'MIN_REDIS_VERSION', 'QUEUE_COMMANDS', 'QUEUE_USAGE',
      'collect', 'enqueueJsonl', 'formatStatus', 'idOfJobId', 'jobIdOf', 'parseRedisUrl', 'queueKeys', 'queueStatus',
      'runQueueCommand', 'startWorker',
    ].sort());
  });
});
