import type { z } from 'zod';
import {
  achievementSchema,
  eventSchema,
  matchFeedbackSchema,
  meetingRequestSchema,
  meetingSchema,
  needSchema,
  organisationSchema,
  outcomeRevisionSchema,
  outcomeSchema,
  participantSchema,
} from '../model';
import type { HlcStamp } from '../clock/hlc';

/**
 * How records of a kind merge.
 * - `fields`: each field is a last-writer-wins register (HLC stamp, ties by
 *   device id inside the stamp), deletes are a `deleted` field, and the losing
 *   values of concurrent edits are kept in `conflicts`.
 * - `immutable`: written once and never edited (outcome revisions): the union
 *   by id.
 */
export type MergePolicy = 'fields' | 'immutable';

/**
 * Every kind a bundle carries, in the order they are written and imported
 * (records before the records that point at them). `label` is the Chinese
 * name the UI and error messages use.
 */
export const SYNC_KINDS = {
  events: { label: '活动', policy: 'fields', schema: eventSchema },
  organisations: { label: '机构', policy: 'fields', schema: organisationSchema },
  participants: { label: '参会人', policy: 'fields', schema: participantSchema },
  needs: { label: '技术需求', policy: 'fields', schema: needSchema },
  achievements: { label: '科技成果', policy: 'fields', schema: achievementSchema },
  meetingRequests: { label: '约谈申请', policy: 'fields', schema: meetingRequestSchema },
  meetings: { label: '洽谈', policy: 'fields', schema: meetingSchema },
  outcomes: { label: '对接成果', policy: 'fields', schema: outcomeSchema },
  outcomeRevisions: { label: '成果修改记录', policy: 'immutable', schema: outcomeRevisionSchema },
  matchFeedback: { label: '匹配反馈', policy: 'fields', schema: matchFeedbackSchema },
} as const satisfies Record<string, { label: string; policy: MergePolicy; schema: z.ZodType }>;

export type SyncKind = keyof typeof SYNC_KINDS;
export const SYNC_KIND_NAMES = Object.keys(SYNC_KINDS) as SyncKind[];
export const isSyncKind = (name: string): name is SyncKind => Object.hasOwn(SYNC_KINDS, name);

/** A stored record of any kind as the sync layer sees it: an id plus fields it does not interpret. */
export type SyncRecord = { readonly id: string; readonly [field: string]: unknown };

/** Records of the `fields` policy also carry the bookkeeping of `RecordBase`. */
export type FieldRecord = SyncRecord & {
  readonly createdAt: HlcStamp;
  readonly updatedAt: HlcStamp;
  readonly deleted: boolean;
  readonly fieldStamps?: Readonly<Record<string, HlcStamp>>;
  readonly fieldSeen?: Readonly<Record<string, HlcStamp>>;
  readonly conflicts?: Readonly<Record<string, readonly FieldConflict[]>>;
};

/** A losing value kept beside the winner until the organiser picks one. */
export type FieldConflict = { readonly value?: unknown; readonly stamp: HlcStamp; readonly seen?: HlcStamp };

/** The records of one event, by kind. A kind left out has no records. */
export type SyncState = { readonly [K in SyncKind]?: readonly SyncRecord[] };
