import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestImportContext } from '../../shared/import';
import { generateDemoFair, type DemoFair } from '../../shared/demo';
import { writeXlsx } from '../../renderer/features/import/writeXlsx';

/**
 * A 约谈意向 sheet for the demo fair (the app loads the same seeded fair),
 * as a sign-up export lists who wants to meet whom: 发起人 by name and 单位,
 * 约谈对象 by mobile, need and achievement by title. Rows (spreadsheet
 * numbering, data from row 2):
 *  - 2–21: twenty new wishes between enterprise and university people;
 *  - 22: the first stored sign-up request again (a duplicate, skipped);
 *  - 23: a person who is not registered (a problem);
 *  - 24: a mobile nobody has (a problem).
 */
export const REQUEST_SHEET_HEADERS = ['发起人', '发起人单位', '约谈对象', '约谈对象手机', '需求', '成果', '优先级', '双向', '可约时段'];

export type RequestSheetExpect = { accepted: number; duplicates: number[]; rejected: number[] };

const orgNameOf = (fair: DemoFair, id: string | undefined): string => fair.organisations.find((o) => o.id === id)?.name ?? '';

export const requestSheetRows = (fair: DemoFair = generateDemoFair({})): { rows: string[][]; expected: RequestSheetExpect } => {
  const live = fair.participants.filter((p) => !p.deleted);
  const namesakes = new Set(live.filter((p, i) => live.findIndex((q) => q.name === p.name) !== i).map((p) => p.name));
  // Only people whose name alone finds them, with a mobile for the other side.
  const askers = live.filter((p) => p.roles.includes('需求方') && !namesakes.has(p.name));
  const asked = live.filter((p) => p.roles.includes('成果方') && p.mobile);
  const taken = new Set(fair.meetingRequests.map((r) => [r.fromId, r.toId].sort().join('|')));
  const rows: string[][] = [REQUEST_SHEET_HEADERS];
  for (let i = 0; rows.length <= 20 && i < askers.length * asked.length; i++) {
    const from = askers[i % askers.length];
    const to = asked[(i * 7) % asked.length];
    if (!from || !to || taken.has([from.id, to.id].sort().join('|'))) continue;
    taken.add([from.id, to.id].sort().join('|'));
    rows.push([from.name, orgNameOf(fair, from.organisationId), to.name, to.mobile ?? '', '', '', ['高', '中', '低'][i % 3] ?? '', i % 4 === 0 ? '是' : '', i % 2 === 0 ? '上午' : '']);
  }
  const stored = fair.meetingRequests.find((r) => !r.deleted && (r.state === '待确认' || r.state === '已接受'));
  const person = (id: string | undefined) => live.find((p) => p.id === id);
  const title = (list: readonly { id: string; title: string }[], id: string | undefined) => list.find((r) => r.id === id)?.title ?? '';
  const duplicate = stored && person(stored.fromId) && person(stored.toId);
  if (stored && duplicate) {
    const from = person(stored.fromId);
    const to = person(stored.toId);
    rows.push([from?.name ?? '', orgNameOf(fair, from?.organisationId), to?.name ?? '', to?.mobile ?? '', title(fair.needs, stored.needId), title(fair.achievements, stored.achievementId), '', '', '']);
  }
  const anyone = asked[0];
  rows.push(['查无此人', '', anyone?.name ?? '', anyone?.mobile ?? '', '', '', '', '', '']);
  rows.push([askers[0]?.name ?? '', '', '', '19999999999', '', '', '', '', '']);
  const accepted = rows.length - 1 - (duplicate ? 1 : 0) - 2;
  const last = rows.length;
  return { rows, expected: { accepted, duplicates: duplicate ? [last - 2] : [], rejected: [last - 1, last] } };
};

/** The sheet as an .xlsx in a fresh temporary folder, for the end-to-end tests to drop into the import dialog. */
export const requestsSheet = async (): Promise<{ path: string; expected: RequestSheetExpect }> => {
  const { rows, expected } = requestSheetRows();
  const [headers = [], ...data] = rows;
  const bytes = await writeXlsx([{ name: '约谈意向', headers, rows: data }]);
  const path = join(mkdtempSync(join(tmpdir(), 'requests-')), '约谈意向.xlsx');
  writeFileSync(path, bytes);
  return { path, expected };
};

/** The demo fair as the import plan sees it, for checking the sheet without a browser. */
export const demoRequestContext = (fair: DemoFair = generateDemoFair({})): RequestImportContext => ({
  event: fair.event,
  organisations: fair.organisations,
  participants: fair.participants.filter((p) => !p.deleted),
  needs: fair.needs.filter((n) => !n.deleted),
  achievements: fair.achievements.filter((a) => !a.deleted),
  requests: fair.meetingRequests.filter((r) => !r.deleted),
});
