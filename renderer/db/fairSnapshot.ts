import type { Achievement, DockingEvent, MeetingRequest, Need, Organisation, Participant } from '@shared/model';
import type { DeskDatabase } from './database';
import { deskClock, LAST_STAMP_KEY } from './deskClock';
import { ACTIVE_EVENT_KEY } from './events';

/** A whole fair's registry, as the demo generator and `cli demo` produce it. */
export type FairSnapshot = {
  event: DockingEvent;
  organisations: Organisation[];
  participants: Participant[];
  needs: Need[];
  achievements: Achievement[];
  /** Absent in snapshots written before requests were part of the demo. */
  meetingRequests?: MeetingRequest[];
};

/**
 * Stores a complete fair in one transaction and makes it active. Refuses a
 * fair whose id is already stored rather than overwriting someone's work.
 */
export const loadFair = async (db: DeskDatabase, fair: FairSnapshot): Promise<{ ok: true } | { ok: false; message: string }> => {
  const clock = await deskClock(db);
  return db.transaction('rw', [db.events, db.organisations, db.participants, db.needs, db.achievements, db.meetingRequests, db.meta], async () => {
    if (await db.events.get(fair.event.id)) return { ok: false as const, message: `活动“${fair.event.name}”已存在，未重复载入` };
    await db.events.add(fair.event);
    await db.organisations.bulkAdd(fair.organisations);
    await db.participants.bulkAdd(fair.participants);
    await db.needs.bulkAdd(fair.needs);
    await db.achievements.bulkAdd(fair.achievements);
    await db.meetingRequests.bulkAdd(fair.meetingRequests ?? []);
    // Stamps made elsewhere move this device's clock past them.
    clock.observe(fair.event.updatedAt);
    for (const r of [...fair.organisations, ...fair.participants, ...fair.needs, ...fair.achievements, ...(fair.meetingRequests ?? [])]) clock.observe(r.updatedAt);
    await db.meta.bulkPut([
      { key: ACTIVE_EVENT_KEY, value: fair.event.id },
      { key: LAST_STAMP_KEY, value: clock.next() },
    ]);
    return { ok: true as const };
  });
};
