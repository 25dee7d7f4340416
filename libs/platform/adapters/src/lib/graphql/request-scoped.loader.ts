import DataLoader from 'dataloader';

/**
 * One DataLoader per GraphQL request (keyed by the request's context object): a page of
 * results asking for the same kind of related data costs one batch, not one query per item.
 * Nothing is cached beyond the request, so no replica serves another's stale data.
 */
export class RequestScopedLoader<Key, Value> {
  private readonly loaders = new WeakMap<object, DataLoader<Key, Value, string>>();

  /** `batch` answers every key, in the order given. */
  constructor(
    private readonly batch: (keys: readonly Key[]) => Promise<Value[]>,
    private readonly keyOf: (key: Key) => string = String,
  ) {}

  load(requestContext: object, key: Key): Promise<Value> {
    let loader = this.loaders.get(requestContext);
    if (!loader) {
      loader = new DataLoader((keys) => this.batch(keys), { cacheKeyFn: this.keyOf });
      this.loaders.set(requestContext, loader);
    }
    return loader.load(key);
  }
}
