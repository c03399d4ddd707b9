import { useMemo } from 'react';
import { App as AntApp } from 'antd';
import type { BoardMeeting, BoardPerson } from '@shared/floor';
import { useDesk } from '../../app/DeskContext';
import { countAbsenceMeetings, markAbsentForDay, markMeeting, type FloorMark } from '../../db/floorMarks';
import { useFloorUi } from './store';

/** What a board row can do; stable across renders, so rows re-render only when what they show changes. */
export type BoardActions = {
  mark(meeting: BoardMeeting, tableNumber: number, next: FloorMark): Promise<void>;
  /** Undoes the last 未到场 / 取消 offered in the notice bar. */
  undoLast(): Promise<void>;
  absentForDay(person: BoardPerson, slotId: string): Promise<void>;
  recordOutcome(meetingId: string): void;
  openReplacements(): void;
};

const issuesText = (r: { issues: { message: string }[] }) => r.issues.map((i) => i.message).join('；');

const DONE: Record<FloorMark, string> = { 未到场: '标记为未到场', 已取消: '取消', 已完成: '标记为已完成', 待开始: '恢复' };

/**
 * The floor's writes as the staff make them: each reports its outcome, a
 * refusal (marked by someone else meanwhile, a seat taken) says why in
 * Chinese, and a mark that frees seats offers 补位 (and 撤销) above the
 * board.
 */
export const useFloorActions = (eventId: string): BoardActions => {
  const db = useDesk();
  const { message, modal } = AntApp.useApp();
  return useMemo(() => {
    const ui = () => useFloorUi.getState();
    const refused = (verb: string, r: { issues: { message: string }[] }) =>
      message.error({ content: <span data-testid="floor-refused">未能{verb}：{issuesText(r)}</span>, duration: 6 });
    const pair = (m: BoardMeeting) => `${m.people[0].name} 与 ${m.people[1].name}`;

    const mark: BoardActions['mark'] = async (meeting, tableNumber, next) => {
      const result = await markMeeting(db, meeting.id, next, meeting.stored);
      if (!result.ok) return void refused(DONE[next], result);
      if (next === '未到场' || next === '已取消') {
        ui().setLastMark({ text: `${tableNumber}号桌 ${pair(meeting)} 已${next === '未到场' ? '标记为未到场' : '取消'}，座位已空出。`, undo: { meetingId: meeting.id, marked: next } });
        return;
      }
      if (ui().lastMark?.undo?.meetingId === meeting.id) ui().setLastMark(null);
      message.success(`${tableNumber}号桌 ${pair(meeting)} 已${DONE[next]}`);
    };

    return {
      mark,
      undoLast: async () => {
        const undo = ui().lastMark?.undo;
        if (!undo) return;
        const result = await markMeeting(db, undo.meetingId, '待开始', undo.marked);
        if (!result.ok) return void refused('撤销', result);
        ui().setLastMark(null);
        message.success('已撤销，洽谈恢复为待开始');
      },
      absentForDay: async (person, slotId) => {
        const count = await countAbsenceMeetings(db, eventId, person.id, slotId);
        const confirmed = await modal.confirm({
          title: `${person.name} 本日缺席？`,
          content:
            count > 0
              ? `其本日余下的 ${count} 场洽谈将标记为未到场，空出的座位可以补位；本日余下时段也不再为其安排洽谈。`
              : '其本日余下时段没有待开始的洽谈；本日余下时段将不再为其安排洽谈。',
          okText: count > 0 ? `缺席，空出 ${count} 场` : '确认缺席',
          cancelText: '不了',
          okButtonProps: { danger: true, 'data-testid': 'floor-absent-confirm' },
        });
        if (!confirmed) return;
        const result = await markAbsentForDay(db, eventId, person.id, slotId);
        if (!result.ok) return void refused('标记缺席', result);
        ui().setLastMark({ text: `${person.name} 本日缺席：${result.value.freed} 场洽谈已标记为未到场。` });
      },
      recordOutcome: (meetingId) => ui().setOutcomeMeeting(meetingId),
      openReplacements: () => ui().setReplacementOpen(true),
    };
  }, [db, eventId, message, modal]);
};
