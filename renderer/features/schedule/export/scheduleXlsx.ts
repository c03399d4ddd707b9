import type { Canceled, SavedFile } from '@shared/bridge';
import { saveXlsx } from '../../../platform/saveFile';
import { writeXlsx, type SheetSpec } from '../../import/writeXlsx';
import type { ScheduleView } from '../view';
import { cellKey, gridCells } from '../print/masterGrid';
import { counterpartOf, meetingsByPerson, peopleWithMeetings, personWithOrg, slotOf, slotTime, tableOf, UNKNOWN_SLOT } from '../print/scheduleFormat';

/**
 * The schedule as a workbook, for organisers who rework it in Excel or mail
 * it to partners: every meeting with its details (cancelled ones too, with
 * their state), the tables × slots grid, and one row per person and meeting.
 */

const DETAIL_HEADERS = ['时段', '日期', '开始', '结束', '桌号', '区域', '发起方', '发起方单位', '约谈对象', '约谈对象单位', '主题', '优先级', '状态', '锁定'] as const;
const PERSONAL_HEADERS = ['姓名', '单位', '胸卡码', '时间', '桌号', '洽谈对象', '主题'] as const;

/** A table whose record is gone prints no number: an empty cell, not a made-up one. */
const tableNumber = (view: ScheduleView, tableId: string): number | string => tableOf(view, tableId)?.number ?? '';

const detailSheet = (view: ScheduleView): SheetSpec => ({
  name: '排期明细',
  headers: DETAIL_HEADERS,
  rows: view.meetings.map((m) => {
    const slot = slotOf(view, m.slotId);
    const [from, to] = m.people;
    return [
      slot?.label ?? UNKNOWN_SLOT,
      slot?.date ?? '',
      slot?.start ?? '',
      slot?.end ?? '',
      tableNumber(view, m.tableId),
      tableOf(view, m.tableId)?.zone ?? '',
      from.name,
      from.organisation ?? '',
      to.name,
      to.organisation ?? '',
      m.topic,
      m.priority ?? '',
      m.state,
      m.locked ? '是' : '否',
    ];
  }),
});

/** The same grid as the printed 总排期表, one row per table; a cell reads `发起方 / 约谈对象`. */
const gridSheet = (view: ScheduleView): SheetSpec => {
  const cells = gridCells(view);
  const multiDay = new Set(view.slots.map((s) => s.date)).size > 1;
  return {
    name: '总排期表',
    headers: ['桌号', '区域', ...view.slots.map((s) => `${multiDay ? `${s.date} ` : ''}${slotTime(s)}`)],
    rows: view.tables.map((t) => [
      t.number,
      t.zone ?? '',
      ...view.slots.map((s) =>
        (cells.get(cellKey(t.id, s.id)) ?? []).map((m) => `${m.people[0].name} / ${m.people[1].name}`).join('；'),
      ),
    ]),
  };
};

/** Everyone with a meeting, by name, each person's meetings in time order: the agendas as rows. */
const personalSheet = (view: ScheduleView): SheetSpec => {
  const byPerson = meetingsByPerson(view);
  return {
    name: '个人日程',
    headers: PERSONAL_HEADERS,
    rows: peopleWithMeetings(view).flatMap((p) =>
      (byPerson.get(p.id) ?? []).map((m) => {
        const slot = slotOf(view, m.slotId);
        return [
          p.name,
          p.organisation ?? '',
          p.badgeCode,
          slot ? `${slot.date} ${slotTime(slot)}` : UNKNOWN_SLOT,
          tableNumber(view, m.tableId),
          personWithOrg(counterpartOf(m, p.id)),
          m.topic,
        ];
      }),
    ),
  };
};

export const scheduleSheets = (view: ScheduleView): SheetSpec[] => [detailSheet(view), gridSheet(view), personalSheet(view)];

export const scheduleFileName = (view: ScheduleView): string => `${view.event.name}-洽谈排期.xlsx`;

/** Writes the workbook and hands it to the save dialog (a download in the browser). Throws the bridge's Chinese message. */
export const exportScheduleXlsx = async (view: ScheduleView): Promise<SavedFile | Canceled> =>
  saveXlsx(scheduleFileName(view), await writeXlsx(scheduleSheets(view)));
