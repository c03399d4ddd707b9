import { achievementDoc, expertDoc, isExpert, needDoc } from '@shared/matching';
import type { Achievement } from '@shared/model';
import type { DeskDatabase } from '../../db/database';
import { readLiveRegistry, type LiveRegistry } from '../../db/liveRegistry';
import type { MatchCorpus } from './client/types';

/**
 * A fair's live records as the matching engine reads them, through the
 * mappers of shared/matching/records.ts so the app ranks what `cli match`
 * would. Experts are the participants with the 专家 role, described by their
 * organisation's region and the achievements they are contact for.
 */
export const matchCorpusOf = ({ organisations, participants, needs, achievements }: LiveRegistry): MatchCorpus => {
  const orgs = new Map(organisations.map((o) => [o.id, o]));
  const contactFor = new Map<string, Achievement[]>();
  for (const a of achievements) {
    if (a.contactId === undefined) continue;
    const list = contactFor.get(a.contactId) ?? [];
    list.push(a);
    contactFor.set(a.contactId, list);
  }
  return {
    needs: needs.map((n) => needDoc(n, orgs.get(n.ownerId))),
    achievements: achievements.map((a) => achievementDoc(a, orgs.get(a.ownerId))),
    experts: participants
      .filter(isExpert)
      .map((p) => expertDoc(p, p.organisationId === undefined ? undefined : orgs.get(p.organisationId), contactFor.get(p.id) ?? [])),
  };
};

/** Reads the corpus in one transaction (so the lists agree); inside a live query it re-runs when any of them changes. */
export const readMatchCorpus = async (db: DeskDatabase, eventId: string): Promise<MatchCorpus> => matchCorpusOf(await readLiveRegistry(db, eventId));
