import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Editor, Outcome } from '@shared/model';
import { useDesk } from '../../app/DeskContext';
import { useEventRows } from '../../app/useEventRows';
import type { RegistryData } from '../registry/useRegistryData';
import { registryView, type ScheduleView } from '../schedule/view';

/** Who first recorded an outcome and who saved it last. */
export type OutcomeEditors = { first: Editor; last: Editor; saves: number };

export type OutcomeRecords = {
  /** The event's live meetings with names resolved, in slot then table order. */
  view: ScheduleView;
  outcomes: readonly Outcome[];
  byMeeting: ReadonlyMap<string, Outcome>;
  editors: ReadonlyMap<string, OutcomeEditors>;
};

/**
 * The 对接成果 page's data: meetings, requests and outcomes from the app's
 * mirrors (renderer/db/tableMirror.ts), patched row by row as outcomes are
 * saved, and the revisions by a live query (only this page reads them).
 * Maps and the view are built once per change.
 */
export const useOutcomeRecords = (data: RegistryData): OutcomeRecords | undefined => {
  const db = useDesk();
  const eventId = data.event.id;
  const meetings = useEventRows('meetings', eventId);
  const requests = useEventRows('meetingRequests', eventId);
  const outcomeRows = useEventRows('outcomes', eventId);
  const revisions = useLiveQuery(() => db.outcomeRevisions.where('eventId').equals(eventId).toArray(), [db, eventId]);
  const recorded = useMemo(() => (outcomeRows && revisions ? { outcomes: outcomeRows, revisions } : undefined), [outcomeRows, revisions]);
  const view = useMemo(
    () =>
      meetings && requests ? registryView(data, requests, meetings) : undefined,
    [data, meetings, requests],
  );
  const outcomes = useMemo(() => {
    if (!recorded) return undefined;
    const editors = new Map<string, OutcomeEditors & { firstAt: string; lastAt: string }>();
    for (const r of recorded.revisions) {
      const known = editors.get(r.outcomeId);
      if (!known) editors.set(r.outcomeId, { first: r.editor, last: r.editor, firstAt: r.at, lastAt: r.at, saves: 1 });
      else {
        known.saves++;
        if (r.at < known.firstAt) Object.assign(known, { first: r.editor, firstAt: r.at });
        if (r.at > known.lastAt) Object.assign(known, { last: r.editor, lastAt: r.at });
      }
    }
    return { outcomes: recorded.outcomes, byMeeting: new Map(recorded.outcomes.map((o) => [o.meetingId, o])), editors };
  }, [recorded]);
  return useMemo(() => (view && outcomes ? { view, ...outcomes } : undefined), [view, outcomes]);
};
