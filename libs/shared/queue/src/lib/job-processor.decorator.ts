import { SetMetadata } from '@nestjs/common';
import type { JobName, JobPayloads } from './job-catalogue';

export const JOB_PROCESSOR = Symbol('JOB_PROCESSOR');

export interface JobContext {
  jobId: string;
  /** 1 for the first delivery. */
  attempt: number;
  /** When `attempt` reaches this, a thrown error is final: no retry follows. */
  maxAttempts: number;
}

/** Implemented by a provider marked with @JobProcessor(name). */
export interface JobHandler<N extends JobName> {
  process(payload: JobPayloads[N], context: JobContext): Promise<void>;
}

/** Thrown for input that will never succeed: the job fails at once instead of retrying. */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

export const JobProcessor = (name: JobName) => SetMetadata(JOB_PROCESSOR, name);
