import type { Page } from 'playwright-core';
import { deriveSlots, type DockingEvent, type Meeting, type MeetingRequest, type Participant, type Slot } from '../../shared/model';
import { replacementPlan, slotStartMs } from '../../shared/floor';
import { storedRows } from './stored';

/** A keyboard-wedge scanner: the code and Enter, a few milliseconds apart. */
export const scanBadge = (page: Page, code: string) => page.keyboard.type(`${code}\n`, { delay: 5 });

export type Fair = { event: DockingEvent; people: Participant[]; requests: MeetingRequest[]; meetings: Meeting[] };

/** The open fair as stored (the demo has one event). */
export const readFair = async (page: Page): Promise<Fair> => ({
  event: (await storedRows<DockingEvent>(page, 'events'))[0] as DockingEvent,
  people: await storedRows<Participant>(page, 'participants'),
  requests: await storedRows<MeetingRequest>(page, 'meetingRequests'),
  meetings: await storedRows<Meeting>(page, 'meetings'),
});

export type Scene = { slot: Slot; noShow: Meeting; wish: MeetingRequest };

/**
 * Where a no-show makes room for a wish (a request without a meeting): a
 * day-1 round in which one of the wish's people has a meeting with someone
 * else. The product's own `replacementPlan` (the oracle here) must offer the
 * wish once that meeting is a no-show and both sides of the wish are
 * checked in. The first wish, in the order given, that has such a round.
 */
export const findScene = (fair: Fair, wishes: readonly MeetingRequest[]): Scene => {
  const slots = deriveSlots(fair.event).filter((s) => s.date === fair.event.startDate);
  for (const wish of wishes) {
    const here = new Set([wish.fromId, wish.toId]);
    const people = fair.people.map((p) => (here.has(p.id) ? { ...p, checkIn: { state: '已签到' as const } } : p));
    for (const slot of slots) {
      for (const [side, other] of [[wish.fromId, wish.toId], [wish.toId, wish.fromId]] as const) {
        const noShow = fair.meetings.find((m) => m.slotId === slot.id && m.participantIds.includes(side) && !m.participantIds.includes(other));
        if (!noShow) continue;
        const meetings = fair.meetings.map((m) => (m.id === noShow.id ? { ...m, state: '未到场' as const } : m));
        const plan = replacementPlan({ event: fair.event, participants: people, requests: fair.requests, meetings }, slotStartMs(slot) + 60_000);
        if (plan.proposals.some((p) => p.choice.kind === 'add' && p.choice.requestId === wish.id)) return { slot, noShow, wish };
      }
    }
  }
  throw new Error(`no round where a no-show makes room for one of ${wishes.length} wishes`);
};
