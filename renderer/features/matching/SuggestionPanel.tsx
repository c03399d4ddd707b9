import { useCallback, useMemo, useState } from 'react';
import { App as AntApp, Alert, Button, Empty, Flex, Spin, Typography } from 'antd';
import { useStore } from 'zustand';
import { DOMAIN_SYNONYMS } from '@shared/matching';
import type { RequestPriority } from '@shared/model';
import type { MatchSettings, MatchTarget } from './client/types';
import { filterSuggestions, hasFilters } from './filters';
import { describeTarget, type MatchLookups } from './lookups';
import { pairKey, pairOf, rejectedFor, type PairStates } from './pairs';
import { RejectedList } from './RejectedList';
import type { SessionSnapshot } from './session';
import { SharedTermsPanel } from './SharedTermsPanel';
import { useMatchingUi } from './store';
import { SuggestionCard } from './SuggestionCard';
import type { PairActions } from './usePairs';
import { useSuggestions } from './useSuggestions';

/** Ranked deeper than shown, so the filters still leave a full list. */
const FETCH_TOP = 60;
/** Cards shown at first: enough to choose from, few enough to answer a click at once. */
const PAGE = 10;

const TARGET_NAMES: Record<MatchTarget, string> = { achievements: '成果', experts: '专家', needs: '需求' };

type Props = {
  session: SessionSnapshot;
  target: MatchTarget;
  queryId: string;
  lookups: MatchLookups;
  settings: MatchSettings;
  states: PairStates;
  actions: PairActions;
};

/**
 * A record's ranked suggestions: cards with score, reasons and the shared
 * terms marked in both texts, and 推荐 / 不合适 / 邀请洽谈 on each.
 */
export const SuggestionPanel = ({ session, target, queryId, lookups, settings, states, actions }: Props) => {
  const { message } = AntApp.useApp();
  const filters = useStore(useMatchingUi, (s) => s.filters);
  const expandedId = useStore(useMatchingUi, (s) => s.expandedId);
  // Remembered per record: picking another need starts again at one page.
  const [more, setMore] = useState<string | null>(null);
  const rejected = useMemo(() => rejectedFor(states, target, queryId), [states, target, queryId]);
  const { suggestions, slow, error, answeredId } = useSuggestions(session.client, session.version, { target, queryId, top: FETCH_TOP, exclude: rejected });
  const docs = session.docs[target];
  const synonyms = useMemo(() => [...DOMAIN_SYNONYMS, ...settings.synonyms], [settings.synonyms]);
  const name = TARGET_NAMES[target];
  const filtered = useMemo(() => (suggestions ? filterSuggestions(suggestions, docs, filters, target) : []), [suggestions, docs, filters, target]);
  const shown = more === queryId ? filtered : filtered.slice(0, PAGE);
  const described = useMemo(() => new Map(filtered.map((s) => [s.id, describeTarget(target, s.id, lookups)])), [filtered, target, lookups]);

  const onToggle = useCallback((id: string) => useMatchingUi.getState().toggleExpanded(id), []);
  const onRecommend = useCallback((id: string, recommended: boolean) => void actions.setVerdict(pairOf(target, queryId, id), recommended ? null : '推荐'), [actions, target, queryId]);
  const onReject = useCallback(
    (id: string) => {
      void actions.setVerdict(pairOf(target, queryId, id), '不合适').then(() => message.info(`已将“${describeTarget(target, id, lookups).title}”标记为不合适，不再推荐`));
    },
    [actions, target, queryId, lookups, message],
  );
  const onInvite = useCallback(
    async (id: string, priority: RequestPriority) => {
      const outcome = await actions.invite([pairOf(target, queryId, id)], priority);
      if (outcome.created > 0) message.success(`已创建约谈申请（${priority}）`);
      else if (outcome.duplicates > 0) message.info('该约谈申请已存在，未重复创建');
      else message.error(`未能创建约谈申请：${outcome.problems.join('；')}`);
    },
    [actions, target, queryId, message],
  );

  if (error) return <Alert type="error" showIcon title="推荐计算失败" description={error} data-testid="rank-error" />;
  if (!suggestions) return <Spin style={{ margin: 48 }} description="正在计算推荐…" />;

  const rejectedItems = rejected.map((id) => ({ id, ...describeTarget(target, id, lookups) }));
  const needDoc = (id: string) => session.docs.needs.get(target === 'needs' ? id : queryId);
  const otherDoc = (id: string) => (target === 'needs' ? session.docs.achievements.get(queryId) : docs.get(id));

  return (
    <Spin spinning={slow} description="正在重新排序…">
      <Flex vertical gap={8} style={{ opacity: answeredId !== queryId ? 0.5 : 1 }} data-testid="suggestions">
        <RejectedList items={rejectedItems} onUndo={(id) => void actions.setVerdict(pairOf(target, queryId, id), null)} />
        {shown.length === 0 ? (
          <Empty
            data-testid="no-suggestions"
            description={
              hasFilters(filters, target) ? (
                <>
                  当前筛选条件下没有推荐的{name}
                  <Button type="link" onClick={() => useMatchingUi.getState().clearFilters()}>
                    清除筛选
                  </Button>
                </>
              ) : (
                <>
                  <Typography.Paragraph style={{ marginBottom: 4 }}>没有找到与之相关的{name}</Typography.Paragraph>
                  <Typography.Text type="secondary">可以补充关键词或描述，或在“匹配设置”中添加同义词后再试。</Typography.Text>
                </>
              )
            }
          />
        ) : (
          shown.map((s, i) => {
            const key = pairKey(pairOf(target, queryId, s.id));
            return (
              <SuggestionCard
                key={s.id}
                rank={i + 1}
                suggestion={s}
                described={described.get(s.id) ?? describeTarget(target, s.id, lookups)}
                invited={states.invited.has(key)}
                recommended={states.verdicts.get(key) === '推荐'}
                onToggle={onToggle}
                onRecommend={onRecommend}
                onReject={onReject}
                onInvite={onInvite}
                panel={
                  expandedId === s.id ? (
                    <SharedTermsPanel left={{ label: '技术需求', doc: needDoc(s.id) }} right={{ label: target === 'experts' ? '专家' : '科技成果', doc: otherDoc(s.id) }} terms={s.sharedTerms} synonyms={synonyms} />
                  ) : null
                }
              />
            );
          })
        )}
        {shown.length < filtered.length && (
          <Button type="dashed" onClick={() => setMore(queryId)} data-testid="show-more">
            显示全部 {filtered.length} 项
          </Button>
        )}
      </Flex>
    </Spin>
  );
};
