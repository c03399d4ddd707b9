import { useMemo } from 'react';
import { Card, Space, Spin, Tag, Typography } from 'antd';
import { fairResults } from '@shared/results';
import { useFairNow } from '../../app/useFairNow';
import type { RegistryData } from '../registry/useRegistryData';
import { localDateTime } from './format';
import { KpiCards } from './KpiCards';
import { resultKpis } from './kpis';
import { ResultsActions } from './ResultsActions';
import { ResultsCharts } from './ResultsCharts';
import { resultsInput, type ResultsSources } from './resultsSources';
import { TopOrganisations } from './TopOrganisations';
import { useResultsRecords } from './useResultsRecords';

/** Meetings turn 已完成 by the clock: half a minute is soon enough for a dashboard. */
const TICK_MS = 30_000;

/**
 * 成果统计: the fair's results, live. Every figure is recomputed when a
 * meeting, outcome, request or registry record changes (another window, a
 * laptop merged in) and as the fair's clock passes a round.
 */
export const ResultsPage = ({ data }: { data: RegistryData }) => {
  const records = useResultsRecords(data.event.id);
  const { now, offsetMs, ready } = useFairNow(data.event.id, TICK_MS);
  // Not before the rehearsal offset is read: the laptop's clock would count the wrong rounds as held.
  const sources = useMemo((): ResultsSources | undefined => (records && ready ? { data, records, now } : undefined), [data, records, now, ready]);
  const results = useMemo(() => sources && fairResults(resultsInput(sources), sources.now), [sources]);
  const kpis = useMemo(() => results && resultKpis(results), [results]);

  if (!sources || !results || !kpis) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="results-page">
      <Card size="small">
        <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {data.event.name}
          </Typography.Text>
          <Typography.Text type="secondary" data-testid="results-as-of">
            统计截至 {localDateTime(now)}
          </Typography.Text>
          {offsetMs !== 0 ? <Tag color="orange">演练时间</Tag> : null}
          <span style={{ flex: 1 }} />
          <ResultsActions sources={sources} results={results} />
        </div>
      </Card>
      <KpiCards kpis={kpis} />
      <ResultsCharts results={results} />
      <TopOrganisations results={results} />
    </Space>
  );
};
