import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { NotificationHandler, NotificationListener } from '@allmende/database';
import { Clock } from '@allmende/util';

/** Sent (by a trigger of the search migration) whenever a component leaves a part of the catalogue: its audience changed or it was deleted. */
export const CATALOGUE_VISIBILITY_CHANNEL = 'catalogue_visibility';

/**
 * How long a cached search is served as is: 30 s, longer the more it cost to compute (100 times
 * its cost, at most 5 minutes). A search that took a second counts a large part of the catalogue,
 * whose counts and first pages a few new components hardly change; computing it again every 30 s
 * would cost a third of a core for one search.
 */
export const SEARCH_CACHE_MIN_FRESH_MS = 30_000;
export const SEARCH_CACHE_MAX_FRESH_MS = 300_000;
const FRESH_PER_COST = 100;
/** After being fresh, an entry is served for three times as long while one caller computes it again; after that the caller waits for it. */
const STALE_FACTOR = 4;
const SEARCH_CACHE_ENTRIES = 2_000;

interface Entry {
  value: unknown;
  madeAt: number;
  freshMs: number;
  refreshing: boolean;
}

export interface SearchCacheStats {
  hits: number;
  misses: number;
}

/**
 * Counts and rankings of one shared part of the catalogue for one search, per process, so a
 * popular search (or the next page of one) costs a lookup instead of counting every match again.
 * Visibility never waits for expiry: a component that leaves a part (audience changed, deleted)
 * empties the cache of every process through a notification. Other changes (new components, new
 * verdicts, adoptions) show once an entry is computed again (see SEARCH_CACHE_MAX_FRESH_MS). What
 * a cached ranking points at is read again for every page, so no result a viewer may not see is
 * ever shown.
 */
@Injectable()
export class ComponentSearchCache implements OnModuleInit, OnModuleDestroy, NotificationHandler {
  private readonly logger = new Logger('ComponentSearchCache');
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<unknown>>();
  private readonly counters: SearchCacheStats = { hits: 0, misses: 0 };
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly listener: NotificationListener,
  ) {}

  async onModuleInit(): Promise<void> {
    this.stopListening = await this.listener.listen(CATALOGUE_VISIBILITY_CHANNEL, this);
  }

  onModuleDestroy(): void {
    this.stopListening?.();
  }

  notification(): void {
    this.clear();
  }

  /** Invalidations may have been missed while the connection was down. */
  resumed(): void {
    this.clear();
  }

  clear(): void {
    this.entries.clear();
    // A computation that started before the change must not be stored after it.
    this.pending.clear();
  }

  stats(): SearchCacheStats {
    return { ...this.counters };
  }

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const now = this.clock.now().getTime();
    const entry = this.entries.get(key);
    const age = entry ? now - entry.madeAt : Infinity;
    if (entry && age < entry.freshMs * STALE_FACTOR) {
      this.counters.hits += 1;
      // Most recently used last: the first entry is the one to drop when full.
      this.entries.delete(key);
      this.entries.set(key, entry);
      if (age >= entry.freshMs && !entry.refreshing) {
        entry.refreshing = true;
        this.compute(key, compute).catch((error: unknown) => {
          entry.refreshing = false;
          this.logger.warn(`refreshing a cached search failed: ${error instanceof Error ? error.message : String(error)}`);
        });
      }
      return entry.value as T;
    }
    this.counters.misses += 1;
    return (this.pending.get(key) as Promise<T> | undefined) ?? this.compute(key, compute);
  }

  private compute<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const startedAt = this.clock.now().getTime();
    const promise = compute().then(
      (value) => {
        if (this.pending.get(key) === promise) {
          this.pending.delete(key);
          const cost = this.clock.now().getTime() - startedAt;
          const freshMs = Math.min(SEARCH_CACHE_MAX_FRESH_MS, Math.max(SEARCH_CACHE_MIN_FRESH_MS, cost * FRESH_PER_COST));
          this.store(key, { value, madeAt: startedAt, freshMs, refreshing: false });
        }
        return value;
      },
      (error: unknown) => {
        if (this.pending.get(key) === promise) this.pending.delete(key);
        throw error;
      },
    );
    this.pending.set(key, promise);
    return promise;
  }

  private store(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > SEARCH_CACHE_ENTRIES) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}
