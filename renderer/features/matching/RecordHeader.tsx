import { Space, Tag, Typography } from 'antd';

/** The picked need or achievement above its suggestions: what the organiser is matching from. */
export const RecordHeader = ({ kindLabel, title, owner, tags, keywords }: { kindLabel: string; title: string; owner: string; tags: readonly string[]; keywords: readonly string[] }) => (
  <div data-testid="match-query">
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {kindLabel}
    </Typography.Text>
    <Typography.Title level={4} style={{ margin: '2px 0 4px' }} data-testid="match-query-title">
      {title}
    </Typography.Title>
    <Space size={[4, 4]} wrap>
      <Typography.Text type="secondary">{owner}</Typography.Text>
      {tags.map((t) => (
        <Tag key={t} color="blue" variant="filled">
          {t}
        </Tag>
      ))}
      {keywords.length > 0 && <Typography.Text type="secondary">关键词：{keywords.join('、')}</Typography.Text>}
    </Space>
  </div>
);
