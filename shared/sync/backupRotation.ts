/**
 * 自动备份轮换: which automatic backups to keep, and how they are named.
 *
 * A backup's name carries its event, when its snapshot was taken and why, so
 * the restore screen and the rotation need nothing but the folder listing, and
 * a name copied to a USB stick still says what it is.
 */

export const BACKUP_REASONS = ['auto', 'quit', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export type ParsedBackupName = { eventId: string; at: Date; reason: BackupReason };

/** Always kept, whatever their age. */
export const KEEP_NEWEST = 12;
/** Beyond those, the newest backup of each hour this far back… */
export const KEEP_HOURLY_MS = 48 * 60 * 60 * 1000;
/** …and the newest of each day this far back. */
export const KEEP_DAILY_MS = 30 * 24 * 60 * 60 * 1000;

const EXTENSION = '.dockbundle';
/** Leaves room for the time and reason inside `BACKUP_NAME_PATTERN`'s 120 characters. */
const MAX_EVENT_ID_CHARS = 96;
const NAME_PATTERN = /^([A-Za-z0-9_-]+)-(\d{8}-\d{6})-(auto|quit|manual)\.dockbundle$/;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** `YYYYMMDD-HHMMSS` in local time. */
const localStamp = (at: Date): string =>
  `${pad(at.getFullYear(), 4)}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;

/**
 * E.g. `evt_01jd…-20261127-101500-auto.dockbundle`. The time is the laptop's
 * local time, as the organiser reads it when picking "the morning's last
 * bundle" off a USB stick; names of one event sort by time. Event ids are
 * `[a-z]+_[0-9a-z]+` already; anything else is replaced so that the name stays
 * a valid backup name.
 */
export const backupName = (eventId: string, at: Date, reason: BackupReason): string => {
  const safeId = eventId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, MAX_EVENT_ID_CHARS) || 'event';
  return `${safeId}-${localStamp(at)}-${reason}${EXTENSION}`;
};

/** `undefined` for a file that is not one of ours (or a time that does not exist). */
export const parseBackupName = (name: string): ParsedBackupName | undefined => {
  const match = NAME_PATTERN.exec(name);
  if (!match) return undefined;
  const [, eventId = '', stamp = '', reason = ''] = match;
  const digits = (from: number, to: number): number => Number(stamp.slice(from, to));
  const at = new Date(digits(0, 4), digits(4, 6) - 1, digits(6, 8), digits(9, 11), digits(11, 13), digits(13, 15));
  // `Date` rolls 20261131 over to December 1st; such a name was not written by `backupName`.
  if (localStamp(at) !== stamp) return undefined;
  return { eventId, at, reason: reason as BackupReason };
};

type Dated = { name: string; at: Date };

const hourKey = (at: Date): string => `${at.getFullYear()}-${at.getMonth()}-${at.getDate()}-${at.getHours()}`;
const dayKey = (at: Date): string => `${at.getFullYear()}-${at.getMonth()}-${at.getDate()}`;

/** The newest backup of each bucket among those taken after `since`; `newestFirst` is sorted. */
const newestPerBucket = (newestFirst: readonly Dated[], since: number, bucket: (at: Date) => string): string[] => {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const backup of newestFirst) {
    if (backup.at.getTime() < since) break;
    const key = bucket(backup.at);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(backup.name);
  }
  return kept;
};

const keptOfOneEvent = (backups: Dated[], now: Date): string[] => {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime() || (a.name < b.name ? 1 : -1));
  return [
    ...newestFirst.slice(0, KEEP_NEWEST).map((backup) => backup.name),
    ...newestPerBucket(newestFirst, now.getTime() - KEEP_HOURLY_MS, hourKey),
    ...newestPerBucket(newestFirst, now.getTime() - KEEP_DAILY_MS, dayKey),
  ];
};

/**
 * The backups to delete, in the order given: per event, all but the
 * `KEEP_NEWEST` newest, the newest of each hour of the last 48 hours and the
 * newest of each day of the last 30 days. Per event, so that one busy fair
 * never rotates away the last backups of another. Files whose names are not
 * backup names are never deleted. Idempotent: the kept ones are kept again.
 */
export const backupsToDelete = (entries: readonly { name: string }[], now: Date): string[] => {
  const byEvent = new Map<string, Dated[]>();
  for (const { name } of entries) {
    const parsed = parseBackupName(name);
    if (parsed === undefined) continue;
    const group = byEvent.get(parsed.eventId) ?? [];
    group.push({ name, at: parsed.at });
    byEvent.set(parsed.eventId, group);
  }
  const kept = new Set([...byEvent.values()].flatMap((backups) => keptOfOneEvent(backups, now)));
  return entries.map(({ name }) => name).filter((name) => parseBackupName(name) !== undefined && !kept.has(name));
};
