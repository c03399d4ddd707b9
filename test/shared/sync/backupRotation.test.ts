import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_NAME_PATTERN } from '../../../shared/bridge';
import { BACKUP_REASONS, backupName, backupsToDelete, KEEP_NEWEST, parseBackupName } from '../../../shared/sync/backupRotation';

const FAIR = 'evt_01jd4m9x2k7q8r5t3v6w0y1z2a';
const OTHER_FAIR = 'evt_01hz00000000000000000000aa';
/** Local time, as the names are. */
const at = (day: number, hours: number, minutes = 0, month = 10): Date => new Date(2026, month, day, hours, minutes);
const NOW = at(27, 12);
const MINUTE = 60_000;

const auto = (when: Date, eventId = FAIR): { name: string } => ({ name: backupName(eventId, when, 'auto') });

describe('backupName', () => {
  it('names the event, the local time of the snapshot and the reason', () => {
    const name = backupName(FAIR, new Date(2026, 10, 27, 10, 15, 0), 'auto');
    expect(name).toBe(`${FAIR}-20261127-101500-auto.dockbundle`);
    expect(name).toMatch(BACKUP_NAME_PATTERN);
  });

  it('keeps any event id inside the backup name pattern', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }), fc.constantFrom(...BACKUP_REASONS), (eventId, when, reason) => {
        expect(backupName(eventId, when, reason)).toMatch(BACKUP_NAME_PATTERN);
      }),
    );
  });

  it('sorts the backups of one event by time', () => {
    const names = [at(27, 9, 5), at(26, 23, 59), at(27, 10), at(3, 8, 0, 11)].map((when) => auto(when).name);
    expect([...names].sort()).toEqual([names[1], names[0], names[2], names[3]]);
  });
});

describe('parseBackupName', () => {
  it('reads back what backupName wrote', () => {
    expect(parseBackupName(`${FAIR}-20261127-101500-quit.dockbundle`)).toEqual({ eventId: FAIR, at: new Date(2026, 10, 27, 10, 15, 0), reason: 'quit' });
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{1,8}_[0-9a-z]{26}$/),
        fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }),
        fc.constantFrom(...BACKUP_REASONS),
        (eventId, when, reason) => {
          const name = backupName(eventId, when, reason);
          const parsed = parseBackupName(name);
          expect(parsed).toMatchObject({ eventId, reason });
          // Compared through the name: a local time in a daylight-saving fall-back hour names two instants.
          expect(parsed && backupName(parsed.eventId, parsed.at, parsed.reason)).toBe(name);
        },
      ),
    );
  });

  it.each([
    ['another file', 'notes.dockbundle'],
    ['a temp file', `.${FAIR}-20261127-101500-auto.dockbundle.1234.tmp`],
    ['another extension', `${FAIR}-20261127-101500-auto.xlsx`],
    ['an unknown reason', `${FAIR}-20261127-101500-hourly.dockbundle`],
    ['a day that does not exist', `${FAIR}-20261131-101500-auto.dockbundle`],
    ['an hour that does not exist', `${FAIR}-20261127-250000-auto.dockbundle`],
  ])('ignores %s', (_what, name) => {
    expect(parseBackupName(name)).toBeUndefined();
  });
});

describe('backupsToDelete', () => {
  it('keeps the 12 newest, the newest of each hour for 48 hours and of each day for 30 days', () => {
    const lastHour = Array.from({ length: 12 }, (_, i) => auto(at(27, 11, 5 + i * 5)));
    const backups = [
      ...lastHour,
      auto(at(27, 11)), // 13th newest, and 11:55 is newer in its hour
      auto(at(27, 10, 30)),
      auto(at(27, 10, 45)), // the newest of 10 o'clock
      auto(at(25, 11)),
      auto(at(25, 11, 30)), // over 48 hours ago: only the newest of the 25th stays
      auto(at(18, 9, 0, 9)), // 40 days ago
      { name: 'notes.dockbundle' },
    ];
    expect(backupsToDelete(backups, NOW)).toEqual([auto(at(27, 11)).name, auto(at(27, 10, 30)).name, auto(at(25, 11)).name, auto(at(18, 9, 0, 9)).name]);
  });

  it('rotates each event on its own, so a busy fair never removes another fair’s last backups', () => {
    const busy = Array.from({ length: 40 }, (_, i) => auto(new Date(NOW.getTime() - i * MINUTE)));
    const lastYear = Array.from({ length: 3 }, (_, i) => auto(at(1 + i, 17, 0, 0), OTHER_FAIR));
    const deleted = backupsToDelete([...busy, ...lastYear], NOW);
    // All within one hour and one day, whose newest backups are among the 12 newest.
    expect(deleted).toHaveLength(40 - KEEP_NEWEST);
    expect(deleted.some((name) => name.startsWith(OTHER_FAIR))).toBe(false);
  });

  it('keeps everything while there are 12 or fewer', () => {
    const few = Array.from({ length: 12 }, (_, i) => auto(at(1 + i, 8, 0, 0)));
    expect(backupsToDelete(few, NOW)).toEqual([]);
  });

  describe('for any set of backups', () => {
    /** Backups of up to three fairs, each up to 60 days old, at whole minutes. */
    const backupSets = fc
      .uniqueArray(fc.tuple(fc.constantFrom(FAIR, OTHER_FAIR, 'evt_3'), fc.integer({ min: 0, max: 60 * 24 * 60 })), {
        maxLength: 300,
        selector: ([eventId, minutesAgo]) => `${eventId}/${minutesAgo}`,
      })
      .map((tuples) => tuples.map(([eventId, minutesAgo]) => ({ eventId, when: new Date(NOW.getTime() - minutesAgo * MINUTE) })));

    it('keeps the 12 newest of every event and never touches a name twice', () => {
      fc.assert(
        fc.property(backupSets, (set) => {
          const deleted = new Set(backupsToDelete(set.map(({ eventId, when }) => auto(when, eventId)), NOW));
          for (const eventId of new Set(set.map((backup) => backup.eventId))) {
            const newest = set
              .filter((backup) => backup.eventId === eventId)
              .sort((a, b) => b.when.getTime() - a.when.getTime())
              .slice(0, KEEP_NEWEST);
            for (const { when } of newest) expect(deleted.has(auto(when, eventId).name)).toBe(false);
          }
        }),
      );
    });

    it('keeps the newest backup of every day of the last 30 days', () => {
      fc.assert(
        fc.property(backupSets, (set) => {
          const entries = set.filter((backup) => backup.eventId === FAIR).map(({ when }) => auto(when));
          const deleted = new Set(backupsToDelete(entries, NOW));
          const newestOfDay = new Map<string, string>();
          for (const { name } of entries) {
            const parsed = parseBackupName(name);
            if (!parsed || NOW.getTime() - parsed.at.getTime() > 30 * 24 * 60 * MINUTE) continue;
            const day = parsed.at.toDateString();
            const current = newestOfDay.get(day);
            if (current === undefined || name > current) newestOfDay.set(day, name);
          }
          for (const name of newestOfDay.values()) expect(deleted.has(name)).toBe(false);
        }),
      );
    });

    it('is idempotent and bounded: rotating the kept backups deletes nothing more', () => {
      fc.assert(
        fc.property(backupSets, (set) => {
          const entries = set.map(({ eventId, when }) => auto(when, eventId));
          const deleted = new Set(backupsToDelete(entries, NOW));
          const kept = entries.filter(({ name }) => !deleted.has(name));
          expect(backupsToDelete(kept, NOW)).toEqual([]);
          const events = new Set(set.map((backup) => backup.eventId)).size;
          // 12 newest + one per hour of 48 (49 buckets at most) + one per day of 30 (31 at most), per event.
          expect(kept.length).toBeLessThanOrEqual(events * (KEEP_NEWEST + 49 + 31));
        }),
      );
    });
  });
});
