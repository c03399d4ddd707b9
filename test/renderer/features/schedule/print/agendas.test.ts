import { describe, expect, it } from 'vitest';
import { agendaOwners, agendasHtml } from '../../../../../renderer/features/schedule/print/agendas';
import type { MeetingView, PersonRef } from '../../../../../renderer/features/schedule/view';
import { darkModulesOfSvg, meetingRows, pagesOf, parsePrintout, referenceModules, textOf } from '../printHelpers';
import { people, scheduleFixture } from '../scheduleViewFixture';

const view = scheduleFixture();
const doc = parsePrintout(agendasHtml(view));
const pageOf = (personId: string) => {
  const page = doc.querySelector(`section.page[data-person="${personId}"]`);
  if (!page) throw new Error(`no agenda for ${personId}`);
  return page;
};

describe('agendasHtml', () => {
  it('prints one page per participant with a meeting, by name in pinyin order', () => {
    expect(pagesOf(doc).map((p) => p.dataset.person)).toEqual([people.hostile.id, people.li.id, people.liu.id, people.wang.id, people.zhang.id]);
    expect(doc.querySelectorAll('section.page:not(:last-child)')).toHaveLength(4);
    expect(doc.title).toBe('2026 中关村技术对接会-个人洽谈日程');
  });

  it('heads the page with the fair, the person and the badge code', () => {
    const head = textOf(pageOf(people.zhang.id).querySelector('header'));
    for (const part of ['2026 中关村技术对接会', '2026年5月20日', '中关村展示中心', '个人洽谈日程', '张伟', '教授', '清华大学', 'ZW01']) expect(head).toContain(part);
  });

  it('lists the meetings in time order with the table and the other person, one block per session', () => {
    const page = pageOf(people.zhang.id);
    expect(meetingRows(page)).toEqual([
      ['09:00–09:20 5月20日', '1号桌', '李娜 北京智感科技有限公司', '工业视觉检测 ↔ 深度学习缺陷识别'],
      ['09:25–09:45 5月20日', '1号桌', '王芳', '锂电池回收'],
      ['14:00–14:20 5月20日', '2号桌 A区', '刘洋 研究员 中科院自动化所', '机器人控制'],
      ['14:25–14:45 5月20日', '3号桌 B区', '<script>alert("x")</script>赵 R&D "实验室" <b>', '材料检测'],
    ]);
    expect([...page.querySelectorAll('tr.session')].map((tr) => textOf(tr))).toEqual(['上午场 · 5月20日', '下午场 · 5月20日']);
    expect(textOf(page.querySelector('footer'))).toBe('共 4 场洽谈 请提前5分钟到达洽谈桌 第 5 / 5 页');
  });

  it('leaves out cancelled meetings', () => {
    expect(meetingRows(pageOf(people.li.id)).map((r) => r[0])).toEqual(['09:00–09:20 5月20日', '09:25–09:45 5月20日', '14:00–14:20 5月20日']);
    expect(doc.body.textContent).not.toContain('已取消的洽谈');
  });

  it('keeps hostile names and topics as text', () => {
    expect(doc.querySelectorAll('script, img, b')).toHaveLength(0);
    const page = pageOf(people.hostile.id);
    expect(textOf(page.querySelector('.person'))).toBe('<script>alert("x")</script>赵');
    expect(meetingRows(page)[0]?.[3]).toBe('<img src=x onerror=alert(1)>');
  });

  it('carries the badge code as a QR code of exactly that text', () => {
    for (const p of Object.values(people)) {
      const badge = pageOf(p.id).querySelector('figure.badge');
      expect(textOf(badge?.querySelector('figcaption'))).toBe(p.badgeCode);
      expect(darkModulesOfSvg(badge?.querySelector('svg')?.outerHTML ?? '')).toEqual(referenceModules(p.badgeCode, 'Alphanumeric').dark);
    }
  });

  it('prints only the chosen participants, in the order given, skipping those without meetings', () => {
    const chosen = parsePrintout(agendasHtml(view, [people.wang.id, 'ppl-nobody', people.zhang.id, people.wang.id]));
    expect(pagesOf(chosen).map((p) => p.dataset.person)).toEqual([people.wang.id, people.zhang.id]);
    expect(agendaOwners(view, ['ppl-nobody'])).toEqual([]);
    const one = parsePrintout(agendasHtml(view, [people.wang.id]));
    expect(one.title).toBe('王芳-个人洽谈日程');
    expect(textOf(one.querySelector('footer'))).toContain('第 1 / 1 页');
  });

  it('prints no agenda for a deleted participant, but names them on the other side', () => {
    const gone: PersonRef = { id: 'ppl-gone', name: '（已删除的参会人）', badgeCode: '' };
    const withGone = { ...view, meetings: view.meetings.map((m): MeetingView => (m.id === 'mtg-3' ? { ...m, people: [m.people[0], gone] } : m)) };
    const printed = parsePrintout(agendasHtml(withGone));
    expect(pagesOf(printed).map((p) => p.dataset.person)).not.toContain('ppl-gone');
    expect(meetingRows(printed.querySelector(`[data-person="${people.zhang.id}"]`) ?? printed.body)[1]?.[2]).toBe('（已删除的参会人）');
  });

  it('prints a single notice when nobody has a meeting', () => {
    const empty = parsePrintout(agendasHtml({ ...view, meetings: [] }));
    expect(pagesOf(empty)).toHaveLength(1);
    expect(textOf(empty.body)).toBe('暂无洽谈安排');
  });
});
