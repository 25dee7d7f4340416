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

export const JOB_QUEUES = {
  'repository.purge': 'maintenance',
  'repository.mirror-fetch': 'mirrors',
  'check.license': 'checks',
  'check.conduct': 'checks',
  'check.catalogue': 'checks',
} as const satisfies Record<JobName, string>;

export type QueueName = (typeof JOB_QUEUES)[JobName];

export const QUEUE_NAMES: readonly QueueName[] = [...new Set(Object.values(JOB_QUEUES))];
