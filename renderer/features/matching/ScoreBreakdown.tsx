import { Flex, Tooltip, Typography } from 'antd';
import type { ScoreParts } from '@shared/matching';

const PART_LABELS: Record<keyof ScoreParts, string> = { text: '文本', field: '领域', cooperation: '合作方式', maturity: '成熟度', budget: '预算', region: '地区' };
const PART_ORDER = Object.keys(PART_LABELS) as (keyof ScoreParts)[];

/** A signal scales the text score, so it reads as a percentage: +15 %, −5 %. */
const percent = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.round(Math.abs(v) * 100)}%`;
const shown = (k: keyof ScoreParts, v: number) => (k === 'text' ? v.toFixed(2) : percent(v));

/**
 * The score and what made it: the text similarity (0…1: matched words and
 * shared characters) scaled by each structured signal's bonus or penalty,
 * score = 文本 × (1 + 领域 + 合作方式 + …). The parts that count are shown
 * inline; the tooltip lists all six and the rule.
 */
export const ScoreBreakdown = ({ score, parts }: { score: number; parts: ScoreParts }) => {
  const counted = PART_ORDER.filter((k) => k === 'text' || Math.abs(parts[k]) >= 0.005);
  return (
    <Tooltip
      title={
        <table style={{ borderSpacing: '12px 2px', marginLeft: -12 }}>
          <tbody>
            {PART_ORDER.map((k) => (
              <tr key={k}>
                <td>{PART_LABELS[k]}</td>
                <td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{shown(k, parts[k])}</td>
              </tr>
            ))}
            <tr>
              <td colSpan={2}>评分 = 文本 × (1 + 各项加减)</td>
            </tr>
          </tbody>
        </table>
      }
    >
      <Flex vertical align="flex-end" style={{ maxWidth: 230, cursor: 'help' }} data-testid="score-breakdown">
        <Typography.Text strong style={{ fontSize: 18, lineHeight: '24px', fontVariantNumeric: 'tabular-nums' }} data-testid="score">
          {score.toFixed(2)}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'right' }}>
          {counted.map((k) => (
            <span key={k} style={{ whiteSpace: 'nowrap', marginLeft: 8, color: parts[k] < 0 ? '#cf1322' : undefined }}>
              {PART_LABELS[k]} {shown(k, parts[k])}
            </span>
          ))}
        </Typography.Text>
      </Flex>
    </Tooltip>
  );
};
