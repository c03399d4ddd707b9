import type Dexie from 'dexie';

/**
 * The raw IndexedDB side of the comparison. The object stores and indexes
 * are read from the app's Dexie schema, so the raw side maintains exactly the
 * indexes Dexie maintains and the comparison cannot drift when the schema
 * grows.
 */
type StoreSpec = { name: string; keyPath: string | string[] | null; autoIncrement: boolean; indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[] };

export const storeSpecsOf = (db: Dexie): StoreSpec[] =>
  db.tables.map((t) => ({
    name: t.name,
    keyPath: t.schema.primKey.keyPath ?? null,
    autoIncrement: t.schema.primKey.auto ?? false,
    indexes: t.schema.indexes.map((i) => ({ name: i.name, keyPath: i.keyPath as string | string[], unique: i.unique ?? false, multiEntry: i.multi ?? false })),
  }));

const settled = (request: IDBRequest | IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    if (request instanceof IDBTransaction) {
      request.oncomplete = () => resolve();
      request.onabort = () => reject(request.error ?? new Error('transaction aborted'));
    } else {
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    }
  });

export const openRaw = (name: string, specs: readonly StoreSpec[]): Promise<IDBDatabase> =>
  new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      for (const spec of specs) {
        const store = request.result.createObjectStore(spec.name, { keyPath: spec.keyPath, autoIncrement: spec.autoIncrement });
        for (const i of spec.indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

export type RawWrite = { store: string; rows: readonly unknown[] };

/**
 * One readwrite transaction with strict durability (Dexie's setting in this
 * app), a plain `put` per row. With `wave`, at most that many puts are in
 * flight: the next wave starts on the success of the previous wave's last put.
 */
export const putAll = async (db: IDBDatabase, writes: readonly RawWrite[], wave = Infinity): Promise<void> => {
  const tx = db.transaction(
    writes.map((w) => w.store),
    'readwrite',
    { durability: 'strict' },
  );
  const done = settled(tx);
  // A failed put rejects `done` before it is awaited; the put's own rejection is the one reported.
  done.catch(() => undefined);
  let inFlight = 0;
  let last: IDBRequest | undefined;
  for (const w of writes) {
    const store = tx.objectStore(w.store);
    for (const row of w.rows) {
      last = store.put(row);
      if (++inFlight >= wave) {
        await settled(last);
        inFlight = 0;
      }
    }
  }
  await done;
};

export const countRaw = async (db: IDBDatabase, store: string): Promise<number> => {
  const request = db.transaction(store, 'readonly').objectStore(store).count();
  await settled(request);
  return request.result;
};

export const deleteRaw = async (db: IDBDatabase): Promise<void> => {
  db.close();
  await settled(indexedDB.deleteDatabase(db.name));
};
