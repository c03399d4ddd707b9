import { liveQuery } from 'dexie';
import { upperBound } from '@shared/scheduling';
import { createMoveCheck, explainUnplaced, fairInstance, floorMeetings, type FairRecords } from '@shared/scheduling/fair';
import { openDeskDatabase } from '../../../renderer/db/database';
import { readActiveEventId } from '../../../renderer/db/events';
import { readLiveRegistry } from '../../../renderer/db/liveRegistry';
import { moveLabels, planBasis } from '../../../renderer/db/meetings';
import { buildGridIndex } from '../../../renderer/features/schedule/grid/gridIndex';
import { deriveScheduleModel } from '../../../renderer/features/schedule/useScheduleModel';
import { buildScheduleView } from '../../../renderer/features/schedule/view';
import type { RegistryData } from '../../../renderer/features/registry/useRegistryData';
import { now, sleep } from '../registry/frames';
import { STEP_NAMES, type StepName, type StepSamples } from './protocol';

/**
 * The work of opening 洽谈排期, step by step on the stored fair, to say where
 * the time goes: the read of meetings and requests (the query of
 * useScheduleModel, copied since the hook cannot run outside React, inside
 * a live query as the hook runs it), each part of `deriveScheduleModel` on
 * its own, the whole of it, and the grid's index.
 */
const QUIET_MS = 300;

const firstValue = <T>(querier: () => Promise<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    const subscription = liveQuery(querier).subscribe({
      next: (value) => {
        queueMicrotask(() => subscription.unsubscribe());
        resolve(value);
      },
      error: reject,
    });
  });

export const measureSteps = async (params: { dbName: string; rounds: number }): Promise<StepSamples> => {
  const samples = Object.fromEntries(STEP_NAMES.map((n) => [n, [] as number[]])) as StepSamples;
  const timed = async <T>(name: StepName, run: () => T | Promise<T>): Promise<T> => {
    await sleep(QUIET_MS);
    const t0 = now();
    const value = await run();
    samples[name].push(now() - t0);
    return value;
  };
  for (let round = 0; round < params.rounds; round++) {
    const db = openDeskDatabase(params.dbName);
    await db.open();
    const eventId = await readActiveEventId(db);
    const event = eventId ? await db.events.get(eventId) : undefined;
    if (!event) throw new Error('no active event');
    const lists = await readLiveRegistry(db, event.id);
    const data: RegistryData = {
      event,
      organisations: new Map(lists.organisations.map((o) => [o.id, o])),
      participants: new Map(lists.participants.map((p) => [p.id, p])),
      lists,
    };
    const { meetings, requests } = await timed('read', () =>
      firstValue(() =>
        db.transaction('r', [db.meetings, db.meetingRequests], async () => {
          const [m, r] = await Promise.all([db.meetings.where('eventId').equals(event.id).toArray(), db.meetingRequests.where('eventId').equals(event.id).toArray()]);
          return { meetings: m.filter((x) => !x.deleted), requests: r.filter((x) => !x.deleted) };
        }),
      ),
    );
    db.close();
    const records: FairRecords = { event, participants: lists.participants, requests, meetings };
    const fair = await timed('fairInstance', () => fairInstance(records, 'accepted'));
    const floor = await timed('floorMeetings', () => floorMeetings(fair, meetings));
    const labels = await timed('moveLabels', () => moveLabels(records, fair));
    const view = await timed('buildScheduleView', () =>
      buildScheduleView({
        event,
        organisations: data.organisations,
        participants: data.participants,
        needs: new Map(lists.needs.map((n) => [n.id, n])),
        achievements: new Map(lists.achievements.map((a) => [a.id, a])),
        requests: new Map(requests.map((r) => [r.id, r])),
        meetings,
      }),
    );
    await timed('createMoveCheck', () => createMoveCheck(fair.instance, floor, labels));
    await timed('explainUnplaced', () => explainUnplaced(fair.instance, floor, labels));
    await timed('upperBound', () => upperBound(fair.instance));
    await timed('planBasis', () => planBasis(records));
    await timed('deriveScheduleModel', () => deriveScheduleModel(data, meetings, requests, 'accepted'));
    await timed('buildGridIndex', () => buildGridIndex(view));
  }
  return samples;
};
