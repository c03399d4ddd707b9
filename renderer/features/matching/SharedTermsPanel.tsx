import { useMemo } from 'react';
import { Col, Row, Space, Tag, Typography } from 'antd';
import type { MatchDoc } from '@shared/matching';
import { HighlightedText } from './HighlightedText';
import { distinctTerms, termVariants } from './highlight';

type Side = { label: string; doc: MatchDoc | undefined };

const DocText = ({ side, variants }: { side: Side; variants: readonly string[] }) => {
  const { doc } = side;
  return (
    <div style={{ minWidth: 0 }} data-testid="shared-terms-side">
      <Typography.Text type="secondary">{side.label}</Typography.Text>
      {doc ? (
        <>
          <Typography.Paragraph strong style={{ margin: '4px 0' }}>
            <HighlightedText text={doc.title} variants={variants} />
          </Typography.Paragraph>
          {doc.keywords && doc.keywords.length > 0 && (
            <Typography.Paragraph style={{ margin: '4px 0' }}>
              <Typography.Text type="secondary">关键词：</Typography.Text>
              <HighlightedText text={doc.keywords.join('、')} variants={variants} />
            </Typography.Paragraph>
          )}
          {doc.description && (
            <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap', maxHeight: 220, overflow: 'auto' }}>
              <HighlightedText text={doc.description} variants={variants} />
            </Typography.Paragraph>
          )}
        </>
      ) : (
        <Typography.Paragraph type="secondary">该记录已删除</Typography.Paragraph>
      )}
    </div>
  );
};

/**
 * Both texts of a pair side by side with the words they share marked, so the
 * organiser can see for themselves why the engine paired them.
 */
export const SharedTermsPanel = ({ left, right, terms, synonyms }: { left: Side; right: Side; terms: readonly string[]; synonyms: readonly (readonly string[])[] }) => {
  const variants = useMemo(() => termVariants(terms, synonyms), [terms, synonyms]);
  const chips = useMemo(() => distinctTerms(terms), [terms]);
  return (
    <div style={{ background: '#fafafa', borderRadius: 6, padding: 12 }} data-testid="shared-terms-panel">
      <Space size={[4, 4]} wrap style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">共同词：</Typography.Text>
        {chips.length > 0 ? chips.map((t) => <Tag key={t} color="gold">{t}</Tag>) : <Typography.Text type="secondary">无（按领域与合作条件推荐）</Typography.Text>}
      </Space>
      <Row gutter={24}>
        <Col span={12}>
          <DocText side={left} variants={variants} />
        </Col>
        <Col span={12}>
          <DocText side={right} variants={variants} />
        </Col>
      </Row>
    </div>
  );
};
