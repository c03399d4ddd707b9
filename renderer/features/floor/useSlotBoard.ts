import { useMemo } from 'react';
import { buildSlotBoard, type BoardSources, type SlotBoard, type SlotPhase } from '@shared/floor';
import type { Slot } from '@shared/model';
import type { RegistryData } from '../registry/useRegistryData';
import type { FloorMeetings } from './useFloorMeetings';

/** Names, organisations and topics for the boards: rebuilt when the registry or the shown requests change, not on every tick of the clock. */
export const useBoardSources = (data: RegistryData, live: FloorMeetings | undefined): BoardSources => {
  const needs = useMemo(() => new Map(data.lists.needs.map((n) => [n.id, n])), [data.lists.needs]);
  const achievements = useMemo(() => new Map(data.lists.achievements.map((a) => [a.id, a])), [data.lists.achievements]);
  const requests = live?.requests;
  return useMemo(
    () => ({ tables: data.event.tables, participants: data.participants, organisations: data.organisations, requests: requests ?? new Map(), needs, achievements }),
    [data.event.tables, data.participants, data.organisations, requests, needs, achievements],
  );
};

/** One slot's board, once its meetings are read; the same object while nothing it shows has changed. */
export const useSlotBoard = (sources: BoardSources, live: FloorMeetings | undefined, slot: Slot | undefined, phase: SlotPhase): SlotBoard | undefined => {
  const meetings = slot ? live?.bySlot.get(slot.id) : undefined;
  return useMemo(() => (slot && meetings ? buildSlotBoard(sources, slot, phase, meetings) : undefined), [sources, slot, phase, meetings]);
};
