import type { NotificationHandler, NotificationListener } from '@allmende/database';
import { Clock } from '@allmende/util';
import { CATALOGUE_VISIBILITY_CHANNEL, ComponentSearchCache, SEARCH_CACHE_MAX_FRESH_MS, SEARCH_CACHE_MIN_FRESH_MS } from './component-search.cache';

class FakeClock extends Clock {
  time = Date.UTC(2026, 0, 1);
  override now(): Date {
    return new Date(this.time);
  }
}

class FakeListener {
  handler: NotificationHandler | null = null;
  channel: string | null = null;
  async listen(channel: string, handler: NotificationHandler): Promise<() => void> {
    this.channel = channel;
    this.handler = handler;
    return () => (this.handler = null);
  }
}

describe('ComponentSearchCache', () => {
  let clock: FakeClock;
  let listener: FakeListener;
  let cache: ComponentSearchCache;
  let computed: number;
  const compute = async () => ++computed;
  /** A computation that costs `ms` of the fake clock. */
  const costing = (ms: number) => async () => {
    clock.time += ms;
    return ++computed;
  };

  beforeEach(async () => {
    clock = new FakeClock();
    listener = new FakeListener();
    cache = new ComponentSearchCache(clock, listener as unknown as NotificationListener);
    await cache.onModuleInit();
    computed = 0;
  });

  it('serves a fresh entry, computing it once for callers arriving together', async () => {
    expect(await Promise.all([cache.get('k', compute), cache.get('k', compute)])).toEqual([1, 1]);
    clock.time += SEARCH_CACHE_MIN_FRESH_MS - 1;
    expect(await cache.get('k', compute)).toBe(1);
    expect(computed).toBe(1);
    expect(cache.stats()).toEqual({ hits: 1, misses: 2 });
  });

  it('serves a stale entry while computing it again once, then the new value', async () => {
    await cache.get('k', compute);
    clock.time += SEARCH_CACHE_MIN_FRESH_MS;
    let release: (value: number) => void = () => undefined;
    let refreshes = 0;
    const refresh = () => {
      refreshes += 1;
      return new Promise<number>((resolve) => (release = resolve));
    };
    expect(await cache.get('k', refresh)).toBe(1);
    expect(await cache.get('k', refresh)).toBe(1);
    expect(refreshes).toBe(1);
    release(2);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cache.get('k', refresh)).toBe(2);
  });

  it('keeps an entry fresh longer the more it cost, up to a limit', async () => {
    await cache.get('cheap', costing(1));
    await cache.get('dear', costing(2_000));
    clock.time += SEARCH_CACHE_MIN_FRESH_MS + 1;
    await cache.get('cheap', compute);
    await cache.get('dear', compute);
    await new Promise((resolve) => setImmediate(resolve));
    // Only the cheap one was computed again.
    expect(computed).toBe(3);
    clock.time += SEARCH_CACHE_MAX_FRESH_MS;
    await cache.get('dear', compute);
    await new Promise((resolve) => setImmediate(resolve));
    expect(computed).toBe(4);
  });

  it('computes an entry before serving it once it is too old even to serve stale', async () => {
    await cache.get('k', compute);
    clock.time += SEARCH_CACHE_MIN_FRESH_MS * 4;
    expect(await cache.get('k', compute)).toBe(2);
  });

  it('forgets everything when a component leaves a part of the catalogue, and after a lost connection', async () => {
    expect(listener.channel).toBe(CATALOGUE_VISIBILITY_CHANNEL);
    await cache.get('k', compute);
    listener.handler?.notification('');
    expect(await cache.get('k', compute)).toBe(2);
    listener.handler?.resumed(new Date());
    expect(await cache.get('k', compute)).toBe(3);
  });

  it('does not keep what was computed while it was being emptied', async () => {
    let release: (value: number) => void = () => undefined;
    const pending = cache.get('k', () => new Promise<number>((resolve) => (release = resolve)));
    cache.clear();
    release(41);
    expect(await pending).toBe(41);
    expect(await cache.get('k', compute)).toBe(1);
  });

  it('does not cache failures', async () => {
    await expect(cache.get('k', () => Promise.reject(new Error('database gone')))).rejects.toThrow('database gone');
    expect(await cache.get('k', compute)).toBe(1);
  });
});
