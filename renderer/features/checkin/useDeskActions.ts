import { useMemo } from 'react';
import { checkInClock } from '@shared/checkin';
import type { Participant } from '@shared/model';
import { useDesk } from '../../app/DeskContext';
import { checkIn, checkInByBadge, markLeft, undoCheckIn } from '../../db/checkIns';
import type { WriteResult } from '../../db/writeResult';
import { useCheckInUi } from './store';

export type DeskActions = {
  checkInPerson(id: string): Promise<void>;
  checkInBadge(code: string): Promise<void>;
  undo(id: string): Promise<void>;
  leave(id: string): Promise<void>;
};

const firstIssue = (r: { issues: { message: string }[] }) => r.issues.map((i) => i.message).join('；');

/**
 * The desk's check-in paths (search, scanner, camera all end here). Each
 * shows its outcome on the result card, clears the search and hands the
 * focus back to the search box, ready for the next person in the queue.
 */
export const useDeskActions = (eventId: string, focusSearch: () => void): DeskActions => {
  const db = useDesk();
  return useMemo(() => {
    const ui = () => useCheckInUi.getState();
    /** After a check-in: the person's card, whether it worked or was refused (a second check-in still shows who). */
    const settle = (result: WriteResult<Participant>, personId: string | null, success: (p: Participant) => string) => {
      if (result.ok) ui().show(result.value.id, { kind: 'success', text: success(result.value) });
      else ui().show(personId ?? ui().shownId, { kind: 'error', text: firstIssue(result) });
      ui().setQuery('');
      focusSearch();
    };
    const arrived = (p: Participant) => `${p.name} 签到成功${p.checkIn.at ? `（${checkInClock(p.checkIn.at)}）` : ''}`;
    return {
      checkInPerson: async (id) => settle(await checkIn(db, id), id, arrived),
      checkInBadge: async (code) => {
        const result = await checkInByBadge(db, eventId, code);
        // A refused scan of a known badge (already checked in) still shows that person; an unknown one shows nobody.
        const known = result.ok ? result.value.id : (await db.participants.where('badgeCode').equals(code).filter((p) => p.eventId === eventId && !p.deleted).first())?.id;
        settle(result, known ?? null, arrived);
        if (!result.ok && !known) ui().show(null, { kind: 'error', text: firstIssue(result) });
      },
      undo: async (id) => settle(await undoCheckIn(db, id), id, (p) => `已撤销 ${p.name} 的签到`),
      leave: async (id) => settle(await markLeft(db, id), id, (p) => `${p.name} 已离场`),
    };
  }, [db, eventId, focusSearch]);
};
