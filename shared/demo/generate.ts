import { createClock } from '../clock/hlc';
import { createIdGenerator, seededRandom } from '../ids';
import { deriveSlots, ID_PREFIX, type Achievement, type DockingEvent, type MeetingRequest, type Need, type Organisation, type Participant } from '../model';
import { demoEvent } from './event';
import { createDice } from './random';
import { buildRoster, type Stamper } from './roster';
import { buildSignUpRequests } from './requests';
import { buildAchievements, buildNeeds } from './works';

/** 示例对接会: a whole fair, as the app would hold it after sign-ups closed. */
export type DemoFair = {
  event: DockingEvent;
  organisations: Organisation[];
  participants: Participant[];
  needs: Need[];
  achievements: Achievement[];
  /** 报名意向: the meetings asked for on the sign-up forms, waiting for the organiser. */
  meetingRequests: MeetingRequest[];
};

export type DemoOptions = {
  seed?: number;
  /** The wall clock the records are stamped and their ids timed with. */
  now?: number;
  deviceId?: string;
};

/**
 * An expert who is the contact for achievements names their core words as
 * 专长 (the roster could only guess from the organisation's topics, before
 * achievements were handed out).
 */
const withOwnExpertise = (participants: readonly Participant[], achievements: readonly Achievement[]): Participant[] =>
  participants.map((p) => {
    const own = achievements.find((a) => a.contactId === p.id);
    return p.expertise && own ? { ...p, expertise: own.keywords.slice(0, 3) } : p;
  });

/** The fair's opening day, so `--seed` defaults to something an organiser recognises. */
export const DEMO_SEED = 20261127;
/** Half a year before the fair, when organisers start collecting sign-ups. */
export const DEMO_NOW = Date.UTC(2026, 4, 20, 8, 0, 0);

/**
 * A realistic Zhongguancun docking fair: 150-odd organisations, some 450
 * people, 180 needs and 240 achievements across all ten fields. The same
 * options give byte-identical output, so demos, screenshots and benchmarks
 * can be reproduced.
 */
export const generateDemoFair = ({ seed = DEMO_SEED, now = DEMO_NOW, deviceId = 'demo' }: DemoOptions = {}): DemoFair => {
  // A fixed clock: the HLC counter orders records created within the same millisecond.
  const newId = createIdGenerator(seededRandom(seed), () => now);
  const clock = createClock(deviceId, () => now);
  const dice = createDice(seed);

  const created = clock.next();
  const event = demoEvent({ id: newId(ID_PREFIX.event), createdAt: created, updatedAt: created, deleted: false });
  const stamp: Stamper = (kind) => {
    const at = clock.next();
    return { id: newId(ID_PREFIX[kind]), eventId: event.id, createdAt: at, updatedAt: at, deleted: false };
  };

  const { organisations, participants } = buildRoster(dice, stamp, event.sessions, deriveSlots(event));
  const needs = buildNeeds(dice, stamp, organisations);
  const achievements = buildAchievements(dice, stamp, organisations);
  const people = withOwnExpertise(participants, achievements);
  const meetingRequests = buildSignUpRequests(dice, stamp, needs, achievements, people);
  return { event, organisations: organisations.map((o) => o.record), participants: people, needs, achievements, meetingRequests };
};
