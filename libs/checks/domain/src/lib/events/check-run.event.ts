import { isUuid } from '@allmende/util';

/** The PostgreSQL channel every change of a check run is announced on. */
export const CHECK_RUN_CHANNEL = 'allmende_check_run_updated';

/**
 * What an announcement carries: ids only. Receivers read the run itself, so an event can
 * never disagree with the row it points to, and nothing of a private repository travels
 * through NOTIFY, which every database user may LISTEN to.
 */
export interface CheckRunEvent {
  repositoryId: string;
  checkRunId: string;
}

export function encodeCheckRunEvent(event: CheckRunEvent): string {
  return JSON.stringify({ repositoryId: event.repositoryId, checkRunId: event.checkRunId });
}

/** Null for anything that is not an event this platform wrote: any database user can NOTIFY. */
export function decodeCheckRunEvent(payload: string): CheckRunEvent | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { repositoryId, checkRunId } = parsed as Record<string, unknown>;
  if (typeof repositoryId !== 'string' || typeof checkRunId !== 'string' || !isUuid(repositoryId) || !isUuid(checkRunId)) return null;
  return { repositoryId, checkRunId };
}
