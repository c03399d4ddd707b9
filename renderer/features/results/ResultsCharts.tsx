import { useMemo } from 'react';
import { Card, Col, Empty, Row } from 'antd';
import type { FairResults } from '@shared/results';
import { RESULT_CHARTS, type ChartKey } from './charts/chartOptions';
import { EChart } from './charts/EChart';

/** On a wide screen the first row, three across, is the day at a glance; the breakdowns of the outcomes follow two by two. */
const FIRST_ROW = new Set<ChartKey>(['checkIn', 'meetingStates', 'funnel']);

/** The dashboard's charts; one with nothing to show yet says why instead. */
export const ResultsCharts = ({ results }: { results: FairResults }) => {
  const charts = useMemo(() => RESULT_CHARTS.map((chart) => ({ chart, empty: chart.empty(results), option: chart.option(results) })), [results]);
  return (
    <Row gutter={[12, 12]} data-testid="results-charts">
      {charts.map(({ chart, empty, option }) => (
        <Col key={chart.key} xs={24} lg={12} xxl={FIRST_ROW.has(chart.key) ? 8 : 12}>
          <Card size="small" title={chart.title} style={{ height: '100%' }}>
            {empty ? (
              <div style={{ height: chart.height, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
                <Empty description={empty} data-testid={`chart-empty-${chart.key}`} />
              </div>
            ) : (
              <EChart option={option} height={chart.height} testId={`chart-${chart.key}`} />
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
};
