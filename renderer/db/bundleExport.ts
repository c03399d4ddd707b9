import { writeBundle } from '@shared/bundle';
import { deltaState, stateCounts } from '@shared/sync/delta';
import type { SyncKind } from '@shared/sync/kinds';
import { DATA_SCHEMA_VERSION, type DockingEvent } from '@shared/model';
import type { DeskDatabase } from './database';
import { LAST_STAMP_KEY } from './deskClock';
import { laptopSigner } from './deviceKeys';
import { readEventState, syncTables } from './eventState';
import { newId } from './fieldChanges';
import type { BundleExport, BundleTarget } from './bundleLog';

export type ExportRequest = {
  eventId: string;
  target: BundleTarget;
  /** `delta` falls back to a full bundle when nothing was acknowledged for the target yet. */
  kind: 'full' | 'delta';
  passphrase?: string;
  onProgress?: (done: number, total: number) => void;
  /** When it is written (tests, backups named by their time); now otherwise. */
  at?: Date;
};

export type ExportedBundle = { fileName: string; data: Uint8Array; log: BundleExport };

const TARGET_LABEL: Record<BundleTarget, string> = { platform: '中心平台', laptop: '其他电脑', backup: '备份' };

const pad = (n: number) => String(n).padStart(2, '0');
const fileTime = (at: Date) => `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;

/** A file name Windows accepts: the fair's name, the target, full or delta and the local time. */
export const bundleFileName = (eventName: string, target: BundleTarget, kind: 'full' | 'delta', at: Date): string =>
  `${eventName.replace(/[<>:"/\\|?*\p{Cc}]/gu, '_').slice(0, 60)}-${TARGET_LABEL[target]}-${kind === 'full' ? '全量' : '增量'}-${fileTime(at)}.dockbundle`;

/** The newest export to `target` that the organiser marked as received: a delta continues from it. */
export const acknowledgedBase = async (db: DeskDatabase, eventId: string, target: BundleTarget): Promise<BundleExport | undefined> => {
  const exports = await db.bundleExports.where('target').equals(target).toArray();
  return exports
    .filter((e) => e.eventId === eventId && e.acknowledgedAt !== undefined)
    .reduce<BundleExport | undefined>((newest, e) => (newest === undefined || e.clock > newest.clock ? e : newest), undefined);
};

/** The ids imports wrote since `since` (ISO time), by kind. */
const carriedSince = async (db: DeskDatabase, eventId: string, since: string): Promise<Partial<Record<SyncKind, Set<string>>>> => {
  const carried: Partial<Record<SyncKind, Set<string>>> = {};
  for (const entry of await db.bundleImports.where('eventId').equals(eventId).toArray()) {
    if (entry.importedAt <= since) continue;
    for (const [kind, ids] of Object.entries(entry.written) as [SyncKind, string[]][]) {
      const set = (carried[kind] ??= new Set());
      for (const id of ids) set.add(id);
    }
  }
  return carried;
};

/**
 * Writes one bundle of an event. The records and the clock are read in one
 * transaction, so the next delta starts exactly where this one ended. The
 * caller saves the file and then calls `recordExport`: a bundle whose save was
 * cancelled never becomes a delta's base.
 */
export const exportBundle = async (db: DeskDatabase, request: ExportRequest): Promise<ExportedBundle> => {
  const now = request.at ?? new Date();
  const snapshot = await db.transaction('r', [...syncTables(db), db.bundleExports, db.bundleImports, db.meta], async () => {
    const state = await readEventState(db, request.eventId);
    const clock = (await db.meta.get(LAST_STAMP_KEY))?.value;
    const base = request.kind === 'delta' ? await acknowledgedBase(db, request.eventId, request.target) : undefined;
    const carried = base ? await carriedSince(db, request.eventId, base.createdAt) : {};
    return { state, clock: typeof clock === 'string' ? clock : '', base, carried };
  });
  const event = snapshot.state.events?.[0] as DockingEvent | undefined;
  if (!event) throw new Error('该活动不存在，无法导出');
  const { base } = snapshot;
  const state = base ? deltaState(snapshot.state, base.clock, snapshot.carried) : snapshot.state;
  const bundleId = newId('bdl');
  const data = await writeBundle({
    bundleId,
    eventId: event.id,
    eventName: event.name,
    kind: base ? 'delta' : 'full',
    since: base ? { bundleId: base.id, clock: base.clock } : undefined,
    target: request.target,
    schemaVersion: DATA_SCHEMA_VERSION,
    createdAt: now.toISOString(),
    state,
    signer: await laptopSigner(db),
    passphrase: request.passphrase,
    onProgress: request.onProgress,
  });
  const log: BundleExport = {
    id: bundleId,
    eventId: event.id,
    target: request.target,
    kind: base ? 'delta' : 'full',
    ...(base ? { sinceBundleId: base.id } : {}),
    clock: snapshot.clock,
    createdAt: now.toISOString(),
    counts: stateCounts(state),
    encrypted: request.passphrase !== undefined,
    fileName: bundleFileName(event.name, request.target, base ? 'delta' : 'full', now),
  };
  return { fileName: log.fileName, data, log };
};

/** Remembers a saved export for the history and the next delta (backups are not remembered). */
export const recordExport = async (db: DeskDatabase, log: BundleExport, fileName = log.fileName): Promise<void> => {
  if (log.target !== 'backup') await db.bundleExports.put({ ...log, fileName });
};

/** 标记为已接收: the next delta to this target starts after this export. */
export const acknowledgeExport = async (db: DeskDatabase, bundleId: string, at = new Date()): Promise<void> => {
  await db.bundleExports.update(bundleId, { acknowledgedAt: at.toISOString() });
};
