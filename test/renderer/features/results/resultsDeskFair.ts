import { vi } from 'vitest';
import { localMs } from '@shared/floor';
import type { Meeting, Outcome } from '@shared/model';
import { checkIn } from '../../../../renderer/db/checkIns';
import { writeClockOffset } from '../../../../renderer/db/fairClock';
import { createMeetingRequests } from '../../../../renderer/db/meetingRequests';
import { placeRequest } from '../../../../renderer/db/meetings';
import { saveOutcome } from '../../../../renderer/db/outcomes';
import { readLiveRegistry } from '../../../../renderer/db/liveRegistry';
import type { RegistryData } from '../../../../renderer/features/registry/useRegistryData';
import type { ResultsSources } from '../../../../renderer/features/results/resultsSources';
import { matchingFair, type MatchingFair } from '../../db/matchingFixture';

/** The fair's clock in the tests: the morning's three rounds (09:00, 09:25, 09:50) are over. */
export const FAIR_NOW = localMs('2026-05-20', '12:30');

export const EDITOR = { deviceId: 'dev-0a1b2c3d4e5f', operator: '赵敏' };

export type ResultsDeskFair = MatchingFair & {
  /** 张伟 ↔ 李娜 about the need and the achievement: 达成合作意向, 120.5 万元. */
  intent: Meeting;
  /** 王芳 ↔ 张伟: 保持联系. */
  contact: Meeting;
  /** 李娜 ↔ 王芳: 未到场. */
  noShow: Meeting;
  contactOutcome: Outcome;
};

const stored = <T>(r: { ok: true; value: T } | { ok: false; issues: { message: string }[] }): T => {
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('；'));
  return r.value;
};

/**
 * The matching fair (张伟 of 北京智感科技 with a need, 李娜 of 北京理工大学
 * with an achievement, the expert 王芳) after its morning: three meetings at
 * table 1, two outcomes recorded by 赵敏, one no-show, 张伟 checked in. The
 * fair's clock runs at `FAIR_NOW` (a rehearsal offset), as the floor's 演练时间 sets it.
 */
export const resultsDeskFair = async (): Promise<ResultsDeskFair> => {
  const fair = await matchingFair();
  const { db, eventId, zhang, li, wang, need, achievement } = fair;
  const requests = stored(
    await createMeetingRequests(db, eventId, [
      { fromId: zhang.id, toId: li.id, needId: need.id, achievementId: achievement.id, priority: '必须', source: '匹配推荐', state: '已接受' },
      { fromId: wang.id, toId: zhang.id, priority: '一般', source: '组织者', state: '已接受' },
      { fromId: li.id, toId: wang.id, priority: '一般', source: '组织者', state: '已接受' },
    ]),
  ).created;
  const [r1, r2, r3] = requests;
  if (!r1 || !r2 || !r3) throw new Error('requests');
  const intent = stored(await placeRequest(db, r1.id, 'am#0', 'T1'));
  const contact = stored(await placeRequest(db, r2.id, 'am#1', 'T1'));
  const noShow = stored(await placeRequest(db, r3.id, 'am#2', 'T1'));
  await db.meetings.update(noShow.id, { state: '未到场' });
  stored(await checkIn(db, zhang.id));
  stored(
    await saveOutcome(
      db,
      eventId,
      { meetingId: intent.id, result: '达成合作意向', cooperationModes: ['合作开发', '技术许可'], amountWan: 120.5, nextStep: '签订技术开发合同', followUpDate: '2026-06-01', contactName: '张伟' },
      null,
      EDITOR,
    ),
  );
  const contactOutcome = stored(await saveOutcome(db, eventId, { meetingId: contact.id, result: '保持联系', cooperationModes: [] }, null, EDITOR));
  await writeClockOffset(db, eventId, FAIR_NOW - Date.now());
  return { ...fair, intent, contact, noShow: { ...noShow, state: '未到场' }, contactOutcome };
};

/** What the page reads, read directly: for the export and report tests, without the page. */
export const sourcesOf = async (fair: ResultsDeskFair): Promise<ResultsSources> => {
  const { db, eventId } = fair;
  const event = await db.events.get(eventId);
  if (!event) throw new Error('event');
  const lists = await readLiveRegistry(db, eventId);
  const data: RegistryData = { event, organisations: new Map(lists.organisations.map((o) => [o.id, o])), participants: new Map(lists.participants.map((p) => [p.id, p])), lists };
  const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);
  return {
    data,
    records: {
      meetings: live(await db.meetings.where('eventId').equals(eventId).toArray()),
      outcomes: live(await db.outcomes.where('eventId').equals(eventId).toArray()),
      requests: live(await db.meetingRequests.where('eventId').equals(eventId).toArray()),
    },
    now: FAIR_NOW,
  };
};

/** What a browser does after its layout: one first report of each observed box's size, as jsdom's boxes get it. */
class ReportingResizeObserver {
  private live = true;
  constructor(private readonly callback: (entries: { target: Element; contentRect: { width: number; height: number } }[]) => void) {}
  observe(target: Element) {
    setTimeout(() => {
      if (this.live) this.callback([{ target, contentRect: { width: target.clientWidth, height: target.clientHeight } }]);
    });
  }
  unobserve() {}
  disconnect() {
    this.live = false;
  }
}

/**
 * jsdom lays nothing out and has no canvas. Boxes get a size, so ECharts
 * draws the dashboard's charts (it draws nothing into a 0×0 box), and the
 * ResizeObserver reports it, as the charts wait for that report; canvases get
 * no context, so ECharts estimates text widths itself, as it does on a
 * server, instead of jsdom complaining about each text it measures.
 */
export const chartableJsdom = () => {
  vi.stubGlobal('ResizeObserver', ReportingResizeObserver);
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(300);
};
