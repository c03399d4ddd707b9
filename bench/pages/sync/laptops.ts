import Dexie from 'dexie';
import { canonicalJson, canonicalState, SYNC_KIND_NAMES, type SyncState } from '@shared/sync';
import { recordExport, type ExportedBundle, type ExportRequest } from '../../../renderer/db/bundleExport';
import { exportInWorker } from '../../../renderer/db/exportInWorker';
import { openImportSession } from '../../../renderer/db/importSession';
import { openDeskDatabase, type DeskDatabase } from '../../../renderer/db/database';
import { deskClock } from '../../../renderer/db/deskClock';
import { readEventState, syncTables } from '../../../renderer/db/eventState';
import { timed } from './measure';
import type { ExportSample, ImportSample } from './protocol';

/** What the organisers type on both laptops; long enough for the export form's checks. */
export const PASSPHRASE = '千校万企·对接台-2026';

/**
 * A laptop as the benchmark drives it: its database, open (schema made) and
 * with its device id and clock, as the app has them before the organiser's
 * first export or import.
 */
export const freshLaptop = async (name: string): Promise<DeskDatabase> => {
  await Dexie.delete(name);
  return openLaptop(name);
};

export const openLaptop = async (name: string): Promise<DeskDatabase> => {
  const db = openDeskDatabase(name);
  await db.open();
  await deskClock(db);
  return db;
};

/** Times an export as the 数据交换 page runs it (in the bundle worker); the caller decides whether it was "saved" (`recordExport`). */
export const timedExport = async (db: DeskDatabase, request: ExportRequest): Promise<{ bundle: ExportedBundle; sample: ExportSample }> => {
  const { value: bundle, timing } = await timed(() => exportInWorker(db, request));
  const records = Object.values(bundle.log.counts).reduce((n, c) => n + (c ?? 0), 0);
  return { bundle, sample: { ...timing, kind: bundle.log.kind, bytes: bundle.data.length, records } };
};

/** An export saved to the USB stick: remembered in the history, the base of the next delta once acknowledged. */
export const saved = (db: DeskDatabase, bundle: ExportedBundle): Promise<void> => recordExport(db, bundle.log);

/** The preview and the commit, as the 导入 dialog runs them (an import session in the bundle worker), each timed. */
export const timedImport = async (db: DeskDatabase, bytes: Uint8Array): Promise<ImportSample> => {
  const session = openImportSession(db);
  try {
    const preview = await timed(() => session.preview(bytes, PASSPHRASE));
    if (!preview.value.ok) throw new Error(`preview refused: ${preview.value.error.message}`);
    const previewed = preview.value.value;
    const commit = await timed(() => session.commit());
    if (!commit.value.ok) throw new Error(`commit refused: ${commit.value.error.message}`);
    const { plan } = commit.value.value;
    return { preview: preview.timing, commit: commit.timing, previewWrites: previewed.plan.writes, commitWrites: plan.writes, newConflicts: plan.newConflicts.length };
  } finally {
    session.close();
  }
};

/** The event's records as the laptop holds them, read in one transaction as an export reads them. */
export const eventState = (db: DeskDatabase, eventId: string): Promise<SyncState> => db.transaction('r', syncTables(db), () => readEventState(db, eventId));

/** The text two laptops must agree on: every record of the event, canonical. */
export const stateJson = (state: SyncState): string => canonicalJson(canonicalState(state));

/** Where two laptops' states first differ (kind and record, both versions), for the report when they do not converge. */
export const firstDifference = (a: SyncState, b: SyncState): string | undefined => {
  for (const kind of SYNC_KIND_NAMES) {
    const theirs = new Map((b[kind] ?? []).map((r) => [r.id, canonicalJson(r)]));
    for (const record of a[kind] ?? []) {
      const mine = canonicalJson(record);
      const other = theirs.get(record.id);
      if (other !== mine) return `${kind} ${record.id}: A ${mine.slice(0, 300)} / B ${other?.slice(0, 300) ?? 'missing'}`;
    }
    if ((a[kind]?.length ?? 0) !== theirs.size) return `${kind}: A has ${a[kind]?.length ?? 0} records, B ${theirs.size}`;
  }
  return undefined;
};
