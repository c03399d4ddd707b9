import { z } from 'zod';
import { dateSchema, optionalText, recordBaseSchema, text } from './record';
import { matchSettingsSchema } from './matchSettings';

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: '时间应为“时:分”格式，如 09:00' });

export const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
};

export const formatMinutes = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** 场次: a block of meeting time on one day, e.g. 上午 09:00–12:00. */
export const sessionSchema = z
  .object({
    id: z.string().min(1),
    label: text('场次名称', 20),
    date: dateSchema('场次日期'),
    start: timeSchema,
    end: timeSchema,
  })
  .refine((s) => minutesOf(s.end) > minutesOf(s.start), { message: '场次结束时间应晚于开始时间', path: ['end'] });
export type Session = z.infer<typeof sessionSchema>;

/** 洽谈桌: a numbered table, optionally in a zone (展区). */
export const tableSchema = z.object({
  id: z.string().min(1),
  number: z.number().int().min(1, { message: '桌号从1开始' }).max(9999),
  zone: optionalText('区域', 30),
});
export type Table = z.infer<typeof tableSchema>;

/** 活动: one docking fair. */
export const eventFieldsSchema = z.object({
  name: text('活动名称', 100),
  venue: text('活动地点', 100),
  startDate: dateSchema('开始日期'),
  endDate: dateSchema('结束日期'),
  organiser: optionalText('主办单位', 100),
  slotMinutes: z.number().int().min(5, { message: '每轮洽谈至少5分钟' }).max(240, { message: '每轮洽谈不超过240分钟' }),
  breakMinutes: z.number().int().min(0, { message: '轮间休息不能为负' }).max(60, { message: '轮间休息不超过60分钟' }),
  sessions: z.array(sessionSchema).min(1, { message: '至少需要一个场次' }).max(20),
  tables: z.array(tableSchema).max(2000, { message: '洽谈桌最多2000张' }),
  /** Absent until the organiser tunes matching: then `matchSettingsOf` gives the defaults. */
  matching: matchSettingsSchema.optional(),
});

const checkEvent = <T extends z.infer<typeof eventFieldsSchema>>(schema: z.ZodType<T>) =>
  schema
    .refine((e) => e.endDate >= e.startDate, { message: '结束日期不能早于开始日期', path: ['endDate'] })
    .refine((e) => e.sessions.every((s) => s.date >= e.startDate && s.date <= e.endDate), {
      message: '场次日期应在活动日期范围内',
      path: ['sessions'],
    })
    .refine((e) => new Set(e.tables.map((t) => t.number)).size === e.tables.length, { message: '桌号不能重复', path: ['tables'] });

export const eventDraftSchema = checkEvent(eventFieldsSchema);
export const eventSchema = checkEvent(recordBaseSchema.omit({ eventId: true }).extend(eventFieldsSchema.shape));
/** 活动 (a docking fair). Its own id is the `eventId` of every other record. */
export type DockingEvent = z.infer<typeof eventSchema>;
export type EventDraft = z.infer<typeof eventDraftSchema>;

/** 时段: one meeting slot, derived from the sessions; ids are stable as `<sessionId>#<n>`. */
export type Slot = { id: string; sessionId: string; index: number; date: string; start: string; end: string; label: string };

export const deriveSlots = (event: Pick<DockingEvent, 'sessions' | 'slotMinutes' | 'breakMinutes'>): Slot[] => {
  const slots: Slot[] = [];
  for (const s of event.sessions) {
    const end = minutesOf(s.end);
    let t = minutesOf(s.start);
    let n = 0;
    while (t + event.slotMinutes <= end) {
      slots.push({
        id: `${s.id}#${n}`,
        sessionId: s.id,
        index: n,
        date: s.date,
        start: formatMinutes(t),
        end: formatMinutes(t + event.slotMinutes),
        label: `${s.label} 第${n + 1}轮`,
      });
      t += event.slotMinutes + event.breakMinutes;
      n++;
    }
  }
  return slots;
};

/** Tables numbered 1…n, all in one zone unless zones are given. */
export const numberedTables = (count: number, zone?: string): Table[] =>
  Array.from({ length: count }, (_, i) => ({ id: `T${i + 1}`, number: i + 1, ...(zone ? { zone } : {}) }));
