import { Card, Col, Row, Typography } from 'antd';
import type { Kpi } from './kpis';

/**
 * The eight headline figures. The test id sits on the number alone
 * (`kpi-outcomes` reads “3”), so tests and the benchmark read the figure
 * without its unit or note.
 */
export const KpiCards = ({ kpis }: { kpis: readonly Kpi[] }) => (
  <Row gutter={[12, 12]} data-testid="results-kpis">
    {kpis.map((k) => (
      <Col key={k.key} xs={12} md={6} xxl={3}>
        <Card size="small" style={{ height: '100%' }}>
          <Typography.Text type="secondary">{k.label}</Typography.Text>
          <div style={{ fontSize: 26, fontWeight: 600, lineHeight: 1.25 }}>
            <span data-testid={`kpi-${k.key}`}>{k.text}</span>
            {k.unit ? <span style={{ fontSize: 14, fontWeight: 400, marginLeft: 4, color: '#888' }}>{k.unit}</span> : null}
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {k.note}
          </Typography.Text>
        </Card>
      </Col>
    ))}
  </Row>
);
