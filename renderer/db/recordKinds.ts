import type { z } from 'zod';
import {
  achievementDraftSchema,
  ID_PREFIX,
  needDraftSchema,
  organisationDraftSchema,
  participantDraftSchema,
  type Achievement,
  type Need,
  type Organisation,
  type Participant,
} from '@shared/model';

/**
 * The registry's record kinds, each with its table, id prefix, draft schema
 * and Chinese name. The generic repository functions take one of these keys.
 */
export const REGISTRY_KINDS = {
  organisations: { prefix: ID_PREFIX.organisation, schema: organisationDraftSchema, label: '机构' },
  participants: { prefix: ID_PREFIX.participant, schema: participantDraftSchema, label: '参会人' },
  needs: { prefix: ID_PREFIX.need, schema: needDraftSchema, label: '技术需求' },
  achievements: { prefix: ID_PREFIX.achievement, schema: achievementDraftSchema, label: '科技成果' },
} as const;

export type RegistryKind = keyof typeof REGISTRY_KINDS;

export type RecordOf = {
  organisations: Organisation;
  participants: Participant;
  needs: Need;
  achievements: Achievement;
};

/** What a form or an import row supplies for a kind (before validation). */
export type InputOf<K extends RegistryKind> = z.input<(typeof REGISTRY_KINDS)[K]['schema']>;
