/**
 * Every background job of the platform: its queue and its payload type. Adding a job
 * means adding it here; enqueue() and @JobProcessor() accept nothing else.
 */
export interface CheckJobPayload {
  repositoryId: string;
  commit: string;
  checkRunId: string;
}

export interface JobPayloads {
  'repository.purge': { repositoryId: string };
  'repository.mirror-fetch': { repositoryId: string };
  'check.license': CheckJobPayload;
  'check.conduct': CheckJobPayload;
  'check.catalogue': CheckJobPayload;
}

export type JobName = keyof JobPayloads;

/**
 * A worker takes every job of its queue, and one without a processor fails for good. So each
 * check has a queue of its own: a job waits until a release brings its processor, instead of
 * being taken by the worker of another check.
 */
export const JOB_QUEUES = {
  'repository.purge': 'maintenance',
  'repository.mirror-fetch': 'mirrors',
  'check.license': 'license-checks',
  'check.conduct': 'conduct-checks',
  'check.catalogue': 'catalogue-checks',
} as const satisfies Record<JobName, string>;

export type QueueName = (typeof JOB_QUEUES)[JobName];

export const QUEUE_NAMES: readonly QueueName[] = [...new Set(Object.values(JOB_QUEUES))];
