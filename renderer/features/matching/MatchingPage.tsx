import { useMemo } from 'react';
import { Badge, Button, Flex, Segmented, Space } from 'antd';
import { SettingOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import { matchSettingsOf } from '@shared/model';
import type { RegistryData } from '../registry/useRegistryData';
import { BulkModal } from './BulkModal';
import { BulkReview } from './BulkReview';
import { runBulk } from './bulkRun';
import { ByAchievementView } from './ByAchievementView';
import { ByNeedView } from './ByNeedView';
import { EngineGate } from './EngineGate';
import { useMatchLookups } from './lookups';
import { MatchSettingsDrawer } from './MatchSettingsDrawer';
import { useMatchSession } from './MatchingSession';
import { NoRecords } from './NoRecords';
import { rejectedFor } from './pairs';
import { useMatchingUi, type BulkTarget, type MatchingView } from './store';
import { usePairs } from './usePairs';
import { useSaveSettings } from './useSaveSettings';

const VIEWS: { value: MatchingView; label: string }[] = [
  { value: 'byNeed', label: '按需求' },
  { value: 'byAchievement', label: '按成果' },
  { value: 'bulk', label: '批量推荐' },
];

/** 精准对接: suggestions per need, per achievement, or for every need at once, and the settings that rank them. */
export const MatchingPage = ({ data }: { data: RegistryData }) => {
  const view = useStore(useMatchingUi, (s) => s.view);
  const settingsOpen = useStore(useMatchingUi, (s) => s.settingsOpen);
  const bulk = useStore(useMatchingUi, (s) => s.bulk);
  const { snapshot, retry } = useMatchSession();
  const lookups = useMatchLookups(data);
  const settings = useMemo(() => matchSettingsOf(data.event), [data.event]);
  const { states, actions } = usePairs(lookups);
  const saveSettings = useSaveSettings(data.event);
  const ui = useMatchingUi.getState();
  const hasNeeds = data.lists.needs.length > 0;

  const startBulk = async (target: BulkTarget, top: number) => {
    if (!snapshot || snapshot.status.state !== 'ready') return;
    const excludeByNeed = Object.fromEntries(data.lists.needs.map((n) => [n.id, rejectedFor(states, target, n.id)]));
    if (await runBulk(snapshot.client, target, top, excludeByNeed)) {
      ui.setBulkOpen(false);
      ui.setView('bulk');
    }
  };

  const views = VIEWS.map((v) => ({
    value: v.value,
    label:
      v.value === 'bulk' && bulk.phase === 'running' ? (
        <Badge status="processing" text={v.label} />
      ) : (
        v.label
      ),
  }));

  return (
    <Flex vertical gap={16} style={{ height: '100%', minHeight: 0 }} data-testid="matching">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Segmented<MatchingView> options={views} value={view} onChange={ui.setView} data-testid="matching-views" />
        <Space>
          <Button type="primary" icon={<ThunderboltOutlined />} disabled={!hasNeeds} onClick={() => ui.setBulkOpen(true)} data-testid="bulk-open">
            为所有需求生成推荐
          </Button>
          <Button icon={<SettingOutlined />} onClick={() => ui.setSettingsOpen(true)} data-testid="settings-open">
            匹配设置
          </Button>
        </Space>
      </Flex>
      {view === 'byNeed' && <ByNeedView snapshot={snapshot} onRetry={retry} lookups={lookups} settings={settings} states={states} actions={actions} />}
      {view === 'byAchievement' && <ByAchievementView snapshot={snapshot} onRetry={retry} lookups={lookups} settings={settings} states={states} actions={actions} />}
      {view === 'bulk' &&
        (hasNeeds ? (
          <EngineGate snapshot={snapshot} onRetry={retry}>
            {() => <BulkReview lookups={lookups} states={states} actions={actions} />}
          </EngineGate>
        ) : (
          <NoRecords kind="needs" eventId={data.event.id} />
        ))}
      <BulkModal needCount={data.lists.needs.length} ready={snapshot?.status.state === 'ready'} onStart={(target, top) => void startBulk(target, top)} />
      {settingsOpen && <MatchSettingsDrawer settings={settings} onSave={saveSettings} onClose={() => ui.setSettingsOpen(false)} />}
    </Flex>
  );
};
