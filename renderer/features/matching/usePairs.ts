import { useMemo } from 'react';
import { App as AntApp } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { isActiveRequest, requestDraftFromSuggestion, suggestedTarget, type MatchVerdict, type MeetingRequestDraft, type RequestPriority } from '@shared/model';
import { useDesk } from '../../app/DeskContext';
import { clearMatchVerdict, listMatchFeedback, setMatchVerdict } from '../../db/matchFeedback';
import { createMeetingRequests, readMeetingRequests } from '../../db/meetingRequests';
import type { MatchLookups } from './lookups';
import { EMPTY_PAIR_STATES, pairKey, type InviteOutcome, type Pair, type PairStates } from './pairs';

export type PairActions = {
  /** `null` takes the verdict back. */
  setVerdict(pair: Pair, verdict: MatchVerdict | null): Promise<void>;
  setVerdicts(pairs: readonly Pair[], verdict: MatchVerdict): Promise<void>;
  /** One batch, one transaction: pairs already invited are skipped and counted, not refused. */
  invite(pairs: readonly Pair[], priority: RequestPriority): Promise<InviteOutcome>;
};

/**
 * The organiser's verdicts and invitations for the fair's pairs, live from
 * the database, and the writes that change them (each through the
 * repository, one transaction each).
 */
export const usePairs = (lookups: MatchLookups): { states: PairStates; actions: PairActions } => {
  const db = useDesk();
  const { message } = AntApp.useApp();
  const eventId = lookups.event.id;
  const states =
    useLiveQuery(async () => {
      const [feedback, requests] = await Promise.all([listMatchFeedback(db, eventId), readMeetingRequests(db, eventId)]);
      const verdicts = new Map(feedback.map((f) => [pairKey(f), f.verdict]));
      const invited = new Set(
        requests.flatMap((r) => {
          if (!isActiveRequest(r) || !r.needId) return [];
          // A request about an achievement names it; one with an expert names only the person.
          return [pairKey({ needId: r.needId, targetId: r.achievementId ?? r.toId })];
        }),
      );
      return { verdicts, invited } satisfies PairStates;
    }, [db, eventId]) ?? EMPTY_PAIR_STATES;

  const actions = useMemo((): PairActions => {
    const write = async (pair: Pair, verdict: MatchVerdict | null): Promise<boolean> => {
      const result = verdict ? await setMatchVerdict(db, eventId, { ...pair, verdict }) : await clearMatchVerdict(db, pair.needId, pair.targetId);
      if (!result.ok) message.error(`保存反馈失败：${result.issues.map((i) => i.message).join('；')}`);
      return result.ok;
    };
    return {
      setVerdict: async (pair, verdict) => {
        await write(pair, verdict);
      },
      setVerdicts: async (pairs, verdict) => {
        for (const pair of pairs) if (!(await write(pair, verdict))) return;
      },
      invite: async (pairs, priority) => {
        const drafts: MeetingRequestDraft[] = [];
        const problems: string[] = [];
        for (const pair of pairs) {
          const need = lookups.needs.get(pair.needId);
          const target = suggestedTarget(pair.targetKind, pair.targetId, lookups.achievements, lookups.participants);
          if (!need || !target) {
            problems.push('需求或推荐对象已被删除');
            continue;
          }
          const draft = requestDraftFromSuggestion(need, target, lookups.lists.participants, priority);
          if (draft.ok) drafts.push(draft.value);
          else problems.push(...draft.issues.map((i) => i.message));
        }
        if (drafts.length === 0) return { created: 0, duplicates: 0, problems };
        const result = await createMeetingRequests(db, eventId, drafts);
        if (!result.ok) return { created: 0, duplicates: 0, problems: [...problems, ...result.issues.map((i) => i.message)] };
        return { created: result.value.created.length, duplicates: result.value.skipped.length, problems };
      },
    };
  }, [db, eventId, lookups, message]);

  return { states, actions };
};
