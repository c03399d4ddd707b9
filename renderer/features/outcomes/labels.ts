import type { OutcomeResult, Slot, Table } from '@shared/model';
import type { PersonRef } from '../schedule/view';

/** How the outcome screens name a meeting's time, table and sides. */

const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/** “5月20日 09:00–09:20”: a fair runs over days, so the date is always named. */
export const slotText = (slot: Slot | undefined): string => (slot ? `${monthDay(slot.date)} ${slot.start}–${slot.end}` : '时段已删除');

export const tableText = (table: Table | undefined): string => (table ? `${table.number}号桌${table.zone ? `（${table.zone}）` : ''}` : '桌号已删除');

/** “张伟（北京智感科技有限公司）”. */
export const sideText = (person: PersonRef): string => (person.organisation ? `${person.name}（${person.organisation}）` : person.name);

/** Tag colours from no interest (grey) to signed on the spot (gold), as the results page reads them. */
export const RESULT_COLOR: Record<OutcomeResult, string> = {
  无进一步意向: 'default',
  保持联系: 'blue',
  达成合作意向: 'green',
  现场签约: 'gold',
};
