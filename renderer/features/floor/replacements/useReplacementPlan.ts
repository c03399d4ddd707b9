import { useEffect, useEffectEvent, useState } from 'react';
import { orgShortName, replacementPlan, type ReplacementLabels, type ReplacementPlan } from '@shared/floor';
import { useDesk } from '../../../app/DeskContext';
import type { DeskDatabase } from '../../../db/database';
import { readClockOffset } from '../../../db/fairClock';
import { planBasis, readFair } from '../../../db/meetings';
import type { RegistryData } from '../../registry/useRegistryData';
import { personRef, topicOf } from '../../schedule/view';

/**
 * The fair's “now” at the moment of asking, as `useFairNow` reads it (the
 * laptop's clock plus the rehearsal offset). Read from the database rather
 * than from the hook, whose offset arrives a render after mounting: a
 * proposal worked out in that first render of a rehearsal would be for the
 * wrong day.
 */
export const fairNow = async (db: DeskDatabase, eventId: string): Promise<number> => Date.now() + (await readClockOffset(db, eventId));

/** Names with the organisation as the floor says it, and the topic as the schedule shows it. */
const screenLabels = (data: RegistryData): ReplacementLabels => {
  const needs = new Map(data.lists.needs.map((n) => [n.id, n]));
  const achievements = new Map(data.lists.achievements.map((a) => [a.id, a]));
  return {
    person: (id) => {
      const ref = personRef(data.participants.get(id), id, data.organisations);
      return { id, name: ref.name, ...(ref.organisation ? { organisation: orgShortName(ref.organisation) } : {}) };
    },
    topic: (request) => topicOf(request, needs, achievements),
  };
};

export type ReplacementAnswer =
  | { round: number; phase: 'ready'; plan: ReplacementPlan; basis: string }
  | { round: number; phase: 'failed'; message: string };

/**
 * The proposals for `round` (the modal counts its 重新生成 clicks), worked
 * out once per round from the fair as stored then, not on every check-in
 * the registry sees while the organiser reads them: the ticks would reset
 * under their hand. In the thread: reading and the re-plan answer in well
 * under a second even on the largest fair.
 */
export const useReplacementPlan = (data: RegistryData, round: number): ReplacementAnswer | undefined => {
  const db = useDesk();
  const eventId = data.event.id;
  const [answer, setAnswer] = useState<ReplacementAnswer>();
  const labels = useEffectEvent(() => screenLabels(data));
  useEffect(() => {
    let current = true;
    const work = async (): Promise<ReplacementAnswer> => {
      const [records, now] = await Promise.all([readFair(db, eventId), fairNow(db, eventId)]);
      return { round, phase: 'ready', plan: replacementPlan(records, now, { labels: labels() }), basis: planBasis(records) };
    };
    work().then(
      (next) => current && setAnswer(next),
      (e: unknown) => current && setAnswer({ round, phase: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, [db, eventId, round]);
  return answer?.round === round ? answer : undefined;
};
