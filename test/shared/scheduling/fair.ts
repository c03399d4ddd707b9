import type { LockedMeeting, ParticipantSpec, RequestSpec, ScheduleInstance } from '../../../shared/scheduling';

/**
 * A fair described the way an organiser would sketch it on paper:
 * `fair({ slots: ['上午1', '上午2', '下午1'], tables: 2 }).meet('张伟', '李娜')`.
 * Slot and table counts become ids s1…sn and t1…tn; sessions, if given, split
 * the slots into 上午/下午 at `morning`.
 */
export type FairSketch = {
  instance: ScheduleInstance;
  person(id: string, spec?: Omit<ParticipantSpec, 'id'>): FairSketch;
  meet(a: string, b: string, spec?: Omit<RequestSpec, 'id' | 'a' | 'b'> & { id?: string }): FairSketch;
  lock(requestId: string, slotId: string, tableId: string): FairSketch;
};

export const fair = ({ slots, tables, morning }: { slots: number | string[]; tables: number; morning?: number }): FairSketch => {
  const slotIds = typeof slots === 'number' ? Array.from({ length: slots }, (_, i) => `s${i + 1}`) : slots;
  const instance: ScheduleInstance = {
    slots: slotIds.map((id, i) => (morning === undefined ? { id } : { id, session: i < morning ? '上午' : '下午' })),
    tables: Array.from({ length: tables }, (_, i) => ({ id: `t${i + 1}` })),
    participants: [],
    requests: [],
  };
  const ensure = (id: string) => {
    if (!instance.participants.some((p) => p.id === id)) instance.participants.push({ id });
  };
  const sketch: FairSketch = {
    instance,
    person(id, spec = {}) {
      const existing = instance.participants.findIndex((p) => p.id === id);
      const person = { id, ...spec };
      if (existing >= 0) instance.participants[existing] = person;
      else instance.participants.push(person);
      return sketch;
    },
    meet(a, b, spec = {}) {
      ensure(a);
      ensure(b);
      instance.requests.push({ ...spec, id: spec.id ?? `r${instance.requests.length + 1}`, a, b });
      return sketch;
    },
    lock(requestId, slotId, tableId) {
      const locked: LockedMeeting[] = instance.locked ?? [];
      locked.push({ requestId, slotId, tableId });
      instance.locked = locked;
      return sketch;
    },
  };
  return sketch;
};

/** A clock that moves one millisecond each time it is read: searches stop after a fixed amount of work. */
export const tickingClock = (): (() => number) => {
  let t = 0;
  return () => t++;
};
