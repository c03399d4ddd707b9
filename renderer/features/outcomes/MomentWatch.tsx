import { useEffect, type Dispatch, type SetStateAction } from 'react';
import { floorMoment, type FloorMoment } from '@shared/floor';
import type { Slot } from '@shared/model';
import { useFairNow } from '../../app/useFairNow';

/** What `slotPhase` reads: a moment with the same key puts every meeting in the same phase. */
const keyOf = (m: FloorMoment) => `${m.current}|${m.firstNotEnded}`;

/**
 * Feeds where the fair stands (by the fair's clock, rehearsal offset
 * included) into `setMoment`, only when a slot starts or ends. The clock
 * ticks every second in here, a component that renders nothing, so the
 * page and its tables re-render when the floor changes, not every second.
 */
export const MomentWatch = ({ eventId, slots, setMoment }: { eventId: string; slots: readonly Slot[]; setMoment: Dispatch<SetStateAction<FloorMoment | undefined>> }) => {
  const { now, ready } = useFairNow(eventId);
  useEffect(() => {
    // Before the rehearsal offset is read, `now` is the laptop's clock: a rehearsal would first queue the wrong day.
    if (!ready) return;
    const next = floorMoment(slots, now);
    setMoment((previous) => (previous && keyOf(previous) === keyOf(next) ? previous : next));
  }, [slots, now, ready, setMoment]);
  return null;
};
