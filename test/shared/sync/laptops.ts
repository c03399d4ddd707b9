import { createClock } from '@shared/clock';
import { canonicalJson, maxStamp, planMerge, stampFields, type FieldRecord, type MergePlan, type SyncKind, type SyncRecord, type SyncState } from '@shared/sync';

/**
 * Organisers' laptops for sync tests: each keeps its own tables and its own
 * clock (the fair's true time plus a fixed skew) and writes exactly as the app
 * does: a new record stamped once, an edit through `stampFields`, a delete as
 * the `deleted` field, an import that first moves the clock past the bundle.
 */
export const FAIR_START = Date.UTC(2026, 4, 20, 1);
export const DAY_MS = 86_400_000;

/** The fair's true time, moved on by the test. */
export type World = { now: number };

/** The editable fields of the records the tests write (a simple stand-in for a need). */
export const EDITABLE = ['title', 'amount', 'note'] as const;
export type Editable = (typeof EDITABLE)[number];
/** `undefined` clears the field. */
export type Patch = Partial<Record<Editable, unknown>>;

const RECORD_KIND: SyncKind = 'needs';
const LOG_KIND: SyncKind = 'outcomeRevisions';
const EVENT_ID = 'evt-fair';

export type Laptop = {
  readonly deviceId: string;
  record(id: string): FieldRecord | undefined;
  create(id: string, fields: Patch): FieldRecord | undefined;
  edit(id: string, patch: Patch): FieldRecord | undefined;
  setDeleted(id: string, deleted: boolean): FieldRecord | undefined;
  /** Appends an immutable record (an outcome revision). */
  log(note: string): SyncRecord;
  state(): SyncState;
  /** Imports another laptop's bundle and commits the plan's writes. */
  receive(incoming: SyncState): MergePlan;
  /** Every record version this laptop ever wrote, oldest first. */
  readonly history: readonly FieldRecord[];
};

const same = (a: unknown, b: unknown): boolean => canonicalJson({ v: a }) === canonicalJson({ v: b });

const withValues = (record: Record<string, unknown>, patch: Patch): Record<string, unknown> => {
  const next: Record<string, unknown> = { ...record, ...patch };
  return Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined));
};

export const laptop = (deviceId: string, world: World, skewMs = 0): Laptop => {
  const clock = createClock(deviceId, () => world.now + skewMs);
  const tables = new Map<SyncKind, Map<string, SyncRecord>>([
    [RECORD_KIND, new Map()],
    [LOG_KIND, new Map()],
  ]);
  const table = (kind: SyncKind): Map<string, SyncRecord> => tables.get(kind) ?? new Map();
  const records = table(RECORD_KIND);
  const history: FieldRecord[] = [];
  let logged = 0;
  const put = (record: FieldRecord): FieldRecord => {
    records.set(record.id, record);
    history.push(record);
    return record;
  };
  const record = (id: string): FieldRecord | undefined => records.get(id) as FieldRecord | undefined;
  const write = (id: string, patch: Patch & { deleted?: boolean }): FieldRecord | undefined => {
    const current = record(id);
    if (!current) return undefined;
    const changed = Object.keys(patch).filter((field) => !same(current[field], patch[field as Editable]));
    if (changed.length === 0) return undefined;
    const stamp = clock.next();
    return put({ ...withValues(current, patch), ...stampFields(current, changed, stamp), updatedAt: stamp } as FieldRecord);
  };
  return {
    deviceId,
    history,
    record,
    create(id, fields) {
      if (records.has(id)) return undefined;
      const stamp = clock.next();
      const created = { id, eventId: EVENT_ID, createdAt: stamp, updatedAt: stamp, deleted: false };
      return put({ ...withValues(created, fields), ...created });
    },
    edit: (id, patch) => write(id, patch),
    setDeleted: (id, deleted) => write(id, { deleted }),
    log(note) {
      const at = clock.next();
      const revision = { id: `rev-${deviceId}-${++logged}`, eventId: EVENT_ID, outcomeId: 'out-1', at, note };
      table(LOG_KIND).set(revision.id, revision);
      return revision;
    },
    state: () => ({ [RECORD_KIND]: [...records.values()], [LOG_KIND]: [...table(LOG_KIND).values()] }),
    receive(incoming) {
      const latest = maxStamp(incoming);
      if (latest !== undefined) clock.observe(latest);
      const plan = planMerge((kind, id) => table(kind).get(id), incoming);
      for (const { kind, record: merged } of plan.writes) {
        if (kind === RECORD_KIND) put(merged as FieldRecord);
        else table(kind).set(merged.id, merged);
      }
      return plan;
    },
  };
};

export const send = (from: Laptop, to: Laptop): MergePlan => to.receive(from.state());
