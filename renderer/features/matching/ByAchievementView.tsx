import { useCallback } from 'react';
import { Flex } from 'antd';
import { useStore } from 'zustand';
import type { Achievement } from '@shared/model';
import type { MatchSettings } from './client/types';
import { EngineGate } from './EngineGate';
import { FilterBar } from './FilterBar';
import { achievementSubtitle, type MatchLookups } from './lookups';
import { NoRecords } from './NoRecords';
import type { PairStates } from './pairs';
import { RecordHeader } from './RecordHeader';
import { PickAndShow } from './PickAndShow';
import { RecordPicker } from './RecordPicker';
import type { SessionSnapshot } from './session';
import { useMatchingUi } from './store';
import { SuggestionPanel } from './SuggestionPanel';
import type { PairActions } from './usePairs';

type Props = {
  snapshot: SessionSnapshot | undefined;
  onRetry: () => void;
  lookups: MatchLookups;
  settings: MatchSettings;
  states: PairStates;
  actions: PairActions;
};

/** 按成果: the reverse view, for a university that asks which enterprises its result could serve. */
export const ByAchievementView = ({ snapshot, onRetry, lookups, settings, states, actions }: Props) => {
  const achievementId = useStore(useMatchingUi, (s) => s.achievementId);
  const query = useStore(useMatchingUi, (s) => s.achievementQuery);
  const ui = useMatchingUi.getState();
  const toSource = useCallback(
    (a: Achievement) => ({ id: a.id, primary: a.title, secondary: [lookups.organisations.get(a.ownerId)?.name, a.field, ...a.keywords] }),
    [lookups],
  );
  const describe = useCallback((a: Achievement) => ({ title: a.title, subtitle: achievementSubtitle(a, lookups) }), [lookups]);
  if (lookups.lists.achievements.length === 0) return <NoRecords kind="achievements" eventId={lookups.event.id} />;
  if (lookups.lists.needs.length === 0) return <NoRecords kind="needs" eventId={lookups.event.id} />;
  const achievement = achievementId ? lookups.achievements.get(achievementId) : undefined;

  return (
    <PickAndShow
      hint="从左侧选择一项科技成果，查看它能满足的技术需求"
      picker={
        <RecordPicker
          cacheName="matching-achievements"
          records={lookups.lists.achievements}
          toSource={toSource}
          describe={describe}
          query={query}
          onQuery={ui.setAchievementQuery}
          selectedId={achievementId}
          onPick={ui.pickAchievement}
          placeholder="成果名称、成果单位、领域、拼音"
          testId="achievement-picker"
        />
      }
    >
      {achievement && (
        <Flex vertical gap={12}>
          <RecordHeader
            kindLabel="科技成果 · 可满足的技术需求"
            title={achievement.title}
            owner={lookups.organisations.get(achievement.ownerId)?.name ?? ''}
            tags={[achievement.field, achievement.trl ? `${achievement.maturity} · TRL${achievement.trl}` : achievement.maturity, ...achievement.cooperationModes]}
            keywords={achievement.keywords}
          />
          <EngineGate snapshot={snapshot} onRetry={onRetry}>
            {(s) => (
              <Flex vertical gap={8}>
                <FilterBar target="needs" docs={s.docs.needs} />
                <SuggestionPanel session={s} target="needs" queryId={achievement.id} lookups={lookups} settings={settings} states={states} actions={actions} />
              </Flex>
            )}
          </EngineGate>
        </Flex>
      )}
    </PickAndShow>
  );
};
