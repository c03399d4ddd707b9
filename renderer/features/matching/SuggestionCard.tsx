import { memo, type ReactNode } from 'react';
import { Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { CloseCircleOutlined, DownOutlined, LikeFilled, LikeOutlined, UpOutlined } from '@ant-design/icons';
import type { Suggestion } from '@shared/matching';
import type { RequestPriority } from '@shared/model';
import { InviteButton } from './InviteButton';
import type { Described } from './lookups';
import { ScoreBreakdown } from './ScoreBreakdown';

type Props = {
  rank: number;
  suggestion: Suggestion;
  described: Described;
  invited: boolean;
  recommended: boolean;
  /** The texts with shared terms marked, when expanded. */
  panel: ReactNode;
  /** Handlers take the suggestion's id, so one stable function serves every card. */
  onToggle: (id: string) => void;
  onRecommend: (id: string, recommended: boolean) => void;
  onReject: (id: string) => void;
  onInvite: (id: string, priority: RequestPriority) => void;
};

/**
 * One ranked suggestion: what it is, its score and reasons, and what the
 * organiser can do with it. Memoised: marking one card re-renders that card,
 * not the page of them.
 */
export const SuggestionCard = memo(({ rank, suggestion, described: { title, owner, tags }, invited, recommended, panel, onToggle, onRecommend, onReject, onInvite }: Props) => (
  <Card size="small" data-testid="suggestion-card" data-id={suggestion.id} styles={{ body: { padding: '12px 16px' } }}>
    <Flex gap={12} align="flex-start">
      <div style={{ width: 28, flex: 'none', fontSize: 18, fontWeight: 600, color: rank <= 3 ? '#1f6feb' : '#8c8c8c', textAlign: 'center', lineHeight: '28px' }} data-testid="suggestion-rank">
        {rank}
      </div>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Flex justify="space-between" gap={12} align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Typography.Text strong style={{ fontSize: 15 }} data-testid="suggestion-title">
              {title}
            </Typography.Text>
            <Flex wrap gap={6} align="center" style={{ marginTop: 2 }}>
              <Typography.Text type="secondary" style={{ fontSize: 13, marginRight: 2 }}>
                {owner}
              </Typography.Text>
              {tags.map((t) => (
                <Tag key={t} style={{ margin: 0 }} variant="filled">
                  {t}
                </Tag>
              ))}
              {recommended && (
                <Tag color="green" style={{ margin: 0 }} data-testid="recommended-tag">
                  已推荐
                </Tag>
              )}
            </Flex>
          </div>
          <div style={{ flex: 'none', textAlign: 'right' }}>
            <ScoreBreakdown score={suggestion.score} parts={suggestion.parts} />
          </div>
        </Flex>
        <ul style={{ margin: '8px 0', paddingLeft: 18, color: 'rgba(0,0,0,0.75)' }} data-testid="suggestion-reasons">
          {suggestion.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Button type="link" size="small" style={{ paddingLeft: 0 }} icon={panel ? <UpOutlined /> : <DownOutlined />} onClick={() => onToggle(suggestion.id)} data-testid="toggle-texts">
            {panel ? '收起原文' : '对照原文'}
          </Button>
          <Space size={8}>
            <Button size="small" icon={recommended ? <LikeFilled /> : <LikeOutlined />} onClick={() => onRecommend(suggestion.id, recommended)} data-testid="recommend">
              {recommended ? '取消推荐' : '推荐'}
            </Button>
            <Button size="small" icon={<CloseCircleOutlined />} onClick={() => onReject(suggestion.id)} data-testid="reject">
              不合适
            </Button>
            <InviteButton size="small" invited={invited} onInvite={(priority) => onInvite(suggestion.id, priority)} />
          </Space>
        </Flex>
        {panel && <div style={{ marginTop: 8 }}>{panel}</div>}
      </div>
    </Flex>
  </Card>
));
SuggestionCard.displayName = 'SuggestionCard';
