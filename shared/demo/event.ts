import type { DockingEvent, Session, Table } from '../model';
import type { RecordBase } from '../model/record';

export const FAIR_DAYS = ['2026-11-27', '2026-11-28'] as const;

const SESSIONS: readonly Session[] = FAIR_DAYS.flatMap((date, day) => {
  const label = `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
  return [
    { id: `d${day + 1}-am`, label: `${label} 上午`, date, start: '09:00', end: '12:00' },
    { id: `d${day + 1}-pm`, label: `${label} 下午`, date, start: '13:30', end: '17:00' },
  ];
});

/** Three halls of twenty tables each, numbered through so a badge can say “C区 47号桌”. */
const TABLES: readonly Table[] = Array.from({ length: 60 }, (_, i) => ({
  id: `T${i + 1}`,
  number: i + 1,
  zone: `${'ABC'[Math.floor(i / 20)]}区`,
}));

export const demoEvent = (base: Omit<RecordBase, 'eventId'>): DockingEvent => ({
  ...base,
  name: '2026中关村千校万企协同创新对接会',
  venue: '中关村国家自主创新示范区展示中心',
  startDate: FAIR_DAYS[0],
  endDate: FAIR_DAYS[1],
  organiser: '北京市科学技术委员会、中关村科技园区管理委员会',
  slotMinutes: 20,
  breakMinutes: 5,
  sessions: SESSIONS.map((s) => ({ ...s })),
  tables: TABLES.map((t) => ({ ...t })),
});
