import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { TenantContext } from './tenant-context';

const LOADERS = Symbol('ascend:loaders');

/**
 * The home of batched loading: one DataLoader per name, practice and operation, kept for the operation only (so
 * nothing cached outlives it or crosses practices). Field resolvers ask it for one item each; the batch function
 * runs once for all of them, inside the operation's transaction, so a list of N items costs one query per field.
 */
@Injectable()
export class Loaders {
  constructor(private readonly context: TenantContext) {}

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): DataLoader<K, V> {
    const practice = this.context.identity.practiceId ?? 'no-practice';
    const loaders = this.context.remember(LOADERS, () => new Map<string, DataLoader<unknown, unknown>>());
    const key = `${practice}:${name}`;
    let loader = loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      loaders.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Orders rows as the keys asked for them, an Error where none matched: what DataLoader expects back. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, missing: (key: K) => Error): (V | Error)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? missing(key));
}
