import { Col, InputNumber, Row, Slider, Typography } from 'antd';
import type { MatchWeights } from '@shared/matching';

type WeightSpec = { key: keyof MatchWeights; label: string; hint: string; max: number; step: number };

/** The knobs in the order an organiser thinks about them: where words count, how they count, then the bonuses. */
const GROUPS: { title: string; specs: WeightSpec[] }[] = [
  {
    title: '文本字段权重',
    specs: [
      { key: 'title', label: '标题', hint: '标题中的词按此倍数计', max: 10, step: 0.5 },
      { key: 'keywords', label: '关键词', hint: '关键词按此倍数计', max: 10, step: 0.5 },
      { key: 'description', label: '描述', hint: '描述、简介中的词按此倍数计', max: 10, step: 0.5 },
    ],
  },
  {
    title: '文本评分（BM25）',
    specs: [
      { key: 'k1', label: 'k1 词频饱和', hint: '越小，同一个词重复出现加分越少', max: 3, step: 0.1 },
      { key: 'b', label: 'b 长度归一', hint: '0 不考虑文本长短，1 完全按长度折算', max: 1, step: 0.05 },
    ],
  },
  {
    title: '结构化调整（按比例调整文本分：0.15 即 +15%）',
    specs: [
      { key: 'field', label: '领域相同', hint: '同一行业领域的加分', max: 0.5, step: 0.01 },
      { key: 'cooperation', label: '合作方式', hint: '合作方式一致的加分（不一致扣一半）', max: 0.5, step: 0.01 },
      { key: 'maturity', label: '成熟度', hint: '成熟度满足需求的加分', max: 0.5, step: 0.01 },
      { key: 'budget', label: '预算', hint: '转化价格在预算内的加分', max: 0.5, step: 0.01 },
      { key: 'region', label: '地区', hint: '同一地区的加分', max: 0.5, step: 0.01 },
    ],
  },
];

const round = (v: number, step: number) => Number((Math.round(v / step) * step).toFixed(4));

/** Sliders with exact inputs beside them for every weight of the score. */
export const WeightsEditor = ({ value, onChange }: { value: MatchWeights; onChange: (weights: MatchWeights) => void }) => (
  <div data-testid="weights-editor">
    {GROUPS.map((g) => (
      <div key={g.title} style={{ marginBottom: 12 }}>
        <Typography.Text strong>{g.title}</Typography.Text>
        {g.specs.map((s) => {
          const set = (v: number) => onChange({ ...value, [s.key]: round(Math.min(s.max, Math.max(0, v)), s.step) });
          return (
            <Row key={s.key} gutter={12} align="middle" style={{ marginTop: 4 }}>
              <Col flex="112px">
                <Typography.Text title={s.hint}>{s.label}</Typography.Text>
              </Col>
              <Col flex="auto">
                <Slider min={0} max={s.max} step={s.step} value={value[s.key]} onChange={set} tooltip={{ formatter: (v) => v }} />
              </Col>
              <Col flex="96px">
                <InputNumber size="small" min={0} max={s.max} step={s.step} value={value[s.key]}
                  // An emptied box is a number being retyped, not a zero.
                  onChange={(v) => v !== null && set(v)}
                  style={{ width: '100%' }} data-testid={`weight-${s.key}`} />
              </Col>
            </Row>
          );
        })}
      </div>
    ))}
  </div>
);
