/**
 * The version of the stored data's shape: the newest IndexedDB schema version
 * (renderer/db/database.ts, checked by its test). Bundles carry it so that a
 * reader knows which shape of records it holds, whichever program wrote them.
 */
export const DATA_SCHEMA_VERSION = 5;
