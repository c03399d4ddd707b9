import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useNavigation } from '../../../../../renderer/app/navigation';
import { newId } from '../../../../../renderer/db/fieldChanges';
import { updateRequestState } from '../../../../../renderer/db/meetingRequests';
import { useRequestsUi } from '../../../../../renderer/features/schedule/requests/store';
import { matchingFair } from '../../../db/matchingFixture';
import { draft, openRequests, seed, stateOf, type Fair } from './requestsDesk';

// The first render of antd's table in jsdom takes seconds on a shared two-core machine.
const SLOW = { timeout: 60_000 };

/** 张伟→李娜 about the need and achievement, 张伟→王芳 about the need, 李娜→王芳 about nothing. */
const threeRequests = async (fair: Fair) => {
  const [a, b, c] = await seed(fair, [
    draft(fair),
    draft(fair, { toId: fair.wang.id, achievementId: undefined, priority: '必须' }),
    draft(fair, { fromId: fair.li.id, toId: fair.wang.id, needId: undefined, achievementId: undefined, source: '报名意向' }),
  ]);
  if (!a || !b || !c) throw new Error('seed');
  return { a, b, c };
};

const counts = () => screen.getByTestId('request-counts').textContent;

describe('约谈申请 list', () => {
  it('accepts the selected rows in IndexedDB and counts them on top', SLOW, async () => {
    const fair = await matchingFair();
    const { a, b, c } = await threeRequests(fair);
    const desk = await openRequests(fair);
    await desk.waitForRows(3);
    expect(counts()).toBe('待确认 3 · 已接受 0 · 已拒绝 0 · 已取消 0');
    desk.select(a.id, c.id);
    expect(screen.getByTestId('bulk-accept').textContent).toBe('接受 2');
    desk.bulk('accept');
    await waitFor(async () => expect([await stateOf(fair, a.id), await stateOf(fair, b.id), await stateOf(fair, c.id)]).toEqual(['已接受', '待确认', '已接受']));
    await waitFor(() => expect(counts()).toBe('待确认 1 · 已接受 2 · 已拒绝 0 · 已取消 0'));
    expect(screen.getByTestId('selected-count').textContent).toBe('已选 0 条');
  });

  it('declines a row, which then leaves the default view', SLOW, async () => {
    const fair = await matchingFair();
    const { a } = await threeRequests(fair);
    const desk = await openRequests(fair);
    await desk.waitForRows(3);
    desk.select(a.id);
    desk.bulk('decline');
    await waitFor(async () => expect(await stateOf(fair, a.id)).toBe('已拒绝'));
    await desk.waitForRows(2);
    desk.showOnly('已拒绝');
    await desk.waitForRows(1);
    expect(desk.rowOf(a.id).getByTestId('request-state').textContent).toContain('已拒绝');
  });

  it('accepts every pending request with the shortcut', SLOW, async () => {
    const fair = await matchingFair();
    const { a, b, c } = await threeRequests(fair);
    await updateRequestState(fair.db, c.id, '已取消');
    await openRequests(fair);
    await waitFor(() => expect(screen.getByTestId('accept-all-pending').textContent).toBe('全部接受待确认 2'));
    fireEvent.click(screen.getByTestId('accept-all-pending'));
    await waitFor(async () => expect([await stateOf(fair, a.id), await stateOf(fair, b.id), await stateOf(fair, c.id)]).toEqual(['已接受', '已接受', '已取消']));
  });

  it('asks before changing more than 20 requests at once', SLOW, async () => {
    const fair = await matchingFair();
    const [first] = await seed(fair, [draft(fair)]);
    if (!first) throw new Error('seed');
    // Copies straight into the table: the repository would rightly refuse them as duplicates, and only the count matters here.
    await fair.db.meetingRequests.bulkAdd(Array.from({ length: 20 }, () => ({ ...first, id: newId('req') })));
    await openRequests(fair);
    await waitFor(() => expect(screen.getByTestId('accept-all-pending').textContent).toBe('全部接受待确认 21'));
    fireEvent.click(screen.getByTestId('accept-all-pending'));
    expect(await screen.findAllByText('接受 21 条约谈申请？')).not.toHaveLength(0);
    expect((await fair.db.meetingRequests.toArray()).filter((r) => r.state === '已接受')).toHaveLength(0);
    fireEvent.click(screen.getByTestId('confirm-bulk'));
    await waitFor(async () => expect((await fair.db.meetingRequests.toArray()).every((r) => r.state === '已接受')).toBe(true));
  });

  it('shows the Chinese reason a declined request cannot come back while its duplicate is active, and writes nothing', SLOW, async () => {
    const fair = await matchingFair();
    const { a } = await threeRequests(fair);
    await updateRequestState(fair.db, a.id, '已拒绝');
    const [again] = await seed(fair, [draft(fair, { fromId: fair.li.id, toId: fair.zhang.id })]);
    const desk = await openRequests(fair);
    desk.showOnly('已拒绝');
    await desk.waitForRows(1);
    desk.select(a.id);
    desk.bulk('accept');
    const refused = await screen.findByTestId('state-refused');
    expect(refused.textContent).toBe('未能接受，未作任何更改：李娜与张伟已有关于需求“锂电池正极材料”与成果“高镍正极材料”的约谈申请（待确认），不能重新启用');
    expect(await stateOf(fair, a.id)).toBe('已拒绝');
    expect(await stateOf(fair, again?.id ?? '')).toBe('待确认');
  });

  it('narrows the rows by text, priority, source and state', SLOW, async () => {
    const fair = await matchingFair();
    const { a, b, c } = await threeRequests(fair);
    const desk = await openRequests(fair);
    await desk.waitForRows(3);
    desk.search('王芳');
    await desk.waitForIds(b.id, c.id);
    // Organisation names and topics are searched too, every word of the query.
    desk.search('智感 正极');
    await desk.waitForIds(a.id, b.id);
    desk.search('');
    useRequestsUi.getState().setFilters({ priorities: ['必须'] });
    await desk.waitForIds(b.id);
    useRequestsUi.getState().setFilters({ priorities: [], sources: ['报名意向'] });
    await desk.waitForIds(c.id);
    useRequestsUi.getState().setFilters({ sources: [], states: ['已取消'] });
    await desk.waitForRows(0);
    expect(screen.getByText('没有符合条件的约谈申请')).toBeTruthy();
  });

  it('tags requests repeating an active one (same topic, or same two people) and the filter shows only those', SLOW, async () => {
    const fair = await matchingFair();
    const { a, b, c } = await threeRequests(fair);
    // Another wish of 张伟 and 王芳, the other way round and about nothing in particular.
    const [d] = await seed(fair, [draft(fair, { fromId: fair.wang.id, toId: fair.zhang.id, needId: undefined, achievementId: undefined })]);
    // An exact repeat, as a merge from another laptop can bring back: cancelled, copied, then restored behind the repository's back.
    await updateRequestState(fair.db, a.id, '已取消');
    const [copy] = await seed(fair, [draft(fair)]);
    await fair.db.meetingRequests.update(a.id, { state: '待确认' });
    if (!d || !copy) throw new Error('seed');
    const desk = await openRequests(fair);
    await desk.waitForRows(5);
    const tagged = () => desk.rows().filter((r) => within(r).queryByTestId('duplicate-tag')).map((r) => r.getAttribute('data-request-id'));
    expect(new Set(tagged())).toEqual(new Set([a.id, copy.id, d.id, b.id]));
    expect(desk.rowOf(c.id).queryByTestId('duplicate-tag')).toBeNull();
    await desk.user.hover(desk.rowOf(a.id).getByTestId('duplicate-tag'));
    const tip = await screen.findByTestId('duplicate-tooltip');
    expect(tip.textContent).toContain('同一双方、同一议题已有有效申请：');
    expect(tip.textContent).toContain('张伟→李娜（需求“锂电池正极材料”、成果“高镍正极材料”）·待确认');
    fireEvent.click(screen.getByTestId('filter-duplicates'));
    await desk.waitForRows(4);
  });

  it('explains where requests come from when there are none, and leads to 精准对接', SLOW, async () => {
    const fair = await matchingFair();
    useNavigation.setState({ page: 'participants' });
    await openRequests(fair);
    expect((await screen.findByTestId('requests-empty')).textContent).toContain('邀请洽谈');
    fireEvent.click(screen.getByTestId('go-matching'));
    expect(useNavigation.getState().page).toBe('matching');
  });
});
