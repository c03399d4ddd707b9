import type { Unplaced } from '@shared/scheduling/fair';

/** Short names of why a request is not placed, for filters and summaries (the full sentence names the people). */
export const REASON_LABELS: Record<Unplaced['reason'], string> = {
  placeable: '有空位，可手动排入',
  'no-common-slot': '双方没有共同空闲时段',
  'tables-full': '洽谈桌已满',
  'participant-limit': '已达最多洽谈场数',
  'conflicts-with-fixed': '与锁定或固定的洽谈冲突',
  'order-impossible': '前后顺序要求无法满足',
  'host-tables-differ': '双方固定洽谈桌不同',
};
