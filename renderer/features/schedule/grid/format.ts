import type { Slot, Table } from '@shared/model';

/** 2025-05-20 → 5月20日: the grid's header is narrow and the year is the event's. */
export const shortDate = (isoDate: string): string => {
  const [, month, day] = isoDate.split('-');
  return month && day ? `${Number(month)}月${Number(day)}日` : isoDate;
};

/** The date before a session's or slot's label, unless the organiser already put it there (“11月27日 上午”). */
export const dated = (isoDate: string, label: string): string => {
  const date = shortDate(isoDate);
  return label.includes(date) ? label : `${date} ${label}`;
};

/** As the printouts and the move check's reasons say it: 3号桌（A区）. */
export const tableName = (table: Pick<Table, 'number' | 'zone'>): string => `${table.number}号桌${table.zone ? `（${table.zone}）` : ''}`;

export const slotName = (slot: Pick<Slot, 'date' | 'label' | 'start' | 'end'>): string => `${dated(slot.date, slot.label)} ${slot.start}–${slot.end}`;
