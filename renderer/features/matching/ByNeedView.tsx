import { useCallback } from 'react';
import { Flex, Tabs } from 'antd';
import { useStore } from 'zustand';
import type { Need } from '@shared/model';
import type { MatchSettings } from './client/types';
import { EngineGate } from './EngineGate';
import { FilterBar } from './FilterBar';
import { needSubtitle, type MatchLookups } from './lookups';
import { NoRecords } from './NoRecords';
import type { PairStates } from './pairs';
import { RecordHeader } from './RecordHeader';
import { PickAndShow } from './PickAndShow';
import { RecordPicker } from './RecordPicker';
import type { SessionSnapshot } from './session';
import { useMatchingUi, type NeedTab } from './store';
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

const TABS: { key: NeedTab; label: string }[] = [
  { key: 'achievements', label: '推荐成果' },
  { key: 'experts', label: '推荐专家' },
];

/** 按需求: pick a need on the left, see the achievements and experts that could meet it on the right. */
export const ByNeedView = ({ snapshot, onRetry, lookups, settings, states, actions }: Props) => {
  const needId = useStore(useMatchingUi, (s) => s.needId);
  const tab = useStore(useMatchingUi, (s) => s.tab);
  const query = useStore(useMatchingUi, (s) => s.needQuery);
  const ui = useMatchingUi.getState();
  const toSource = useCallback((n: Need) => ({ id: n.id, primary: n.title, secondary: [lookups.organisations.get(n.ownerId)?.name, n.field, ...n.keywords] }), [lookups]);
  const describe = useCallback((n: Need) => ({ title: n.title, subtitle: needSubtitle(n, lookups) }), [lookups]);
  if (lookups.lists.needs.length === 0) return <NoRecords kind="needs" eventId={lookups.event.id} />;
  const need = needId ? lookups.needs.get(needId) : undefined;

  return (
    <PickAndShow
      hint="从左侧选择一项技术需求，查看为它推荐的成果与专家"
      picker={
        <RecordPicker
          cacheName="matching-needs"
          records={lookups.lists.needs}
          toSource={toSource}
          describe={describe}
          query={query}
          onQuery={ui.setNeedQuery}
          selectedId={needId}
          onPick={ui.pickNeed}
          placeholder="需求名称、需求单位、领域、拼音"
          testId="need-picker"
        />
      }
    >
      {need && (
        <Flex vertical gap={8}>
          <RecordHeader
            kindLabel="技术需求"
            title={need.title}
            owner={lookups.organisations.get(need.ownerId)?.name ?? ''}
            tags={[need.field, ...need.cooperationModes, ...(need.budgetWan === undefined ? [] : [`预算 ${need.budgetWan} 万元`])]}
            keywords={need.keywords}
          />
          <Tabs activeKey={tab} onChange={(k) => ui.setTab(k === 'experts' ? 'experts' : 'achievements')} items={TABS} style={{ marginBottom: -8 }} />
          <EngineGate snapshot={snapshot} onRetry={onRetry}>
            {(s) => (
              <Flex vertical gap={8}>
                <FilterBar target={tab} docs={s.docs[tab]} />
                <SuggestionPanel session={s} target={tab} queryId={need.id} lookups={lookups} settings={settings} states={states} actions={actions} />
              </Flex>
            )}
          </EngineGate>
        </Flex>
      )}
    </PickAndShow>
  );
};
