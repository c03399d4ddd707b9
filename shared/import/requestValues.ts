import { REQUEST_PRIORITIES, REQUEST_STATES, type RequestPriority, type RequestState } from '../model';
import { cellText, isBlank, type CellResult } from './values';

/**
 * Cells of a 约谈申请 sheet that are not references: 优先级, 双向, 状态.
 * Each reader gives the stored value, `undefined` for an empty cell (the
 * plan applies the default), or a problem naming the cell's text.
 */

const key = (raw: string): string => cellText(raw).normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * 优先级 as organisers write it. Words: 必须/高/重要 → 必须, 优先/中/较高 →
 * 优先, 一般/低/普通 → 一般. Numbers read as a score, the higher the more
 * wanted (as a 1–3 star rating is): 3 → 必须, 2 → 优先, 1 → 一般. Stars
 * (★★★) count the same way.
 */
const PRIORITY_WORDS: Readonly<Record<string, RequestPriority>> = {
  必须: '必须', 必约: '必须', 必选: '必须', 高: '必须', 重要: '必须', 非常重要: '必须', 强烈: '必须', 3: '必须',
  优先: '优先', 中: '优先', 较高: '优先', 比较重要: '优先', 希望: '优先', 2: '优先',
  一般: '一般', 低: '一般', 普通: '一般', 可选: '一般', 有空再约: '一般', 1: '一般',
};

export const readPriority = (raw: string): CellResult<RequestPriority> => {
  if (isBlank(raw)) return { value: undefined };
  const k = key(raw).replace(/\.0+$/, '').replace(/优先级$|级$/, '');
  const stars = /^[★☆*]+$/.test(k) ? String(Math.min(3, [...k].filter((c) => c === '★' || c === '*').length)) : k;
  const value = PRIORITY_WORDS[stars];
  return value ? { value } : { problem: `优先级“${cellText(raw)}”无法识别，应为：${REQUEST_PRIORITIES.join('、')}（也可填高/中/低，或3/2/1：3为必须、1为一般）` };
};

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '✔', '双向', '互选', '对', '有']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '单向', '不是', '无']);

/** 双向: 是/否, Y/N, 1/0, √/×, 双向/单向. */
export const readMutual = (raw: string): CellResult<boolean> => {
  const t = cellText(raw);
  if (t === '') return { value: undefined };
  const k = key(t);
  if (YES.has(k)) return { value: true };
  if (NO.has(k)) return { value: false };
  return { problem: `双向“${t}”无法识别，应为“是”或“否”` };
};

const STATE_WORDS: Readonly<Record<string, RequestState>> = {
  待确认: '待确认', 未确认: '待确认', 待定: '待确认', 待审核: '待确认', 新建: '待确认',
  已接受: '已接受', 接受: '已接受', 同意: '已接受', 已同意: '已接受', 已确认: '已接受', 确认: '已接受', 通过: '已接受', 已通过: '已接受',
  已拒绝: '已拒绝', 拒绝: '已拒绝', 不同意: '已拒绝', 未通过: '已拒绝',
  已取消: '已取消', 取消: '已取消', 撤销: '已取消', 已撤销: '已取消',
};

/** 状态: the four states and their everyday words (同意, 已确认, 拒绝, 撤销…). */
export const readRequestState = (raw: string): CellResult<RequestState> => {
  if (isBlank(raw)) return { value: undefined };
  const value = STATE_WORDS[key(raw)];
  return value ? { value } : { problem: `状态“${cellText(raw)}”无法识别，应为：${REQUEST_STATES.join('、')}` };
};
