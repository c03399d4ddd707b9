import type { CSSProperties } from 'react';
import type { MeetingState, RequestPriority } from '@shared/model';

/**
 * The grid's colours, shared by the cells and the legend so the two never
 * disagree. Taken from antd's palette (red-6, orange-6, blue-5, blue-1,
 * green-2 …) to sit with the app's #1f6feb primary.
 */

export const PRIORITY_COLOUR: Record<RequestPriority, string> = { 必须: '#f5222d', 优先: '#fa8c16', 一般: '#4096ff' };
/** An ad-hoc meeting without a request has no priority. */
export const NO_PRIORITY_COLOUR = '#d9d9d9';

export const STATE_STYLE: Record<MeetingState, CSSProperties> = {
  待开始: { background: '#ffffff' },
  进行中: { background: '#e6f4ff' },
  已完成: { background: '#d9f7be' },
  未到场: { background: 'repeating-linear-gradient(135deg, #f5f5f5 0 5px, #e4e4e4 5px 10px)', color: 'rgba(0, 0, 0, 0.55)' },
  已取消: { background: '#fafafa', color: 'rgba(0, 0, 0, 0.35)', textDecoration: 'line-through' },
};

export const GRID_LINE = '#f0f0f0';
export const SESSION_LINE = '#bfbfbf';
export const EMPTY_CELL = '#fcfcfd';
export const PRIMARY = '#1f6feb';
/** The person found with 定位: their meetings get this ring, the others fade. */
export const MATCH_RING = '#faad14';
export const DROP_OK = { background: '#f6ffed', border: '#52c41a' };
export const DROP_REFUSED = { background: '#fff1f0', border: '#ff4d4f', text: '#cf1322' };
