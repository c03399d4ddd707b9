import type { ReactNode } from 'react';
import { Alert, Button, Dropdown, Flex, Radio, Space } from 'antd';
import { DownOutlined, ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import { REQUEST_PRIORITIES } from '@shared/model';
import { priorityItems } from './InviteButton';
import type { Pair } from './pairs';
import { useMatchingUi, type ReviewMode } from './store';
import type { ReviewBatch } from './useReviewBatch';

const MODES: { value: ReviewMode; label: string }[] = [
  { value: 'byNeed', label: '按需求' },
  { value: 'byPerson', label: '按参会人' },
];

type Props = {
  /** What the table holds (and, for 按参会人, its search box), beside the 按需求 / 按参会人 switch. */
  start: ReactNode;
  picked: readonly Pair[];
  batch: ReviewBatch;
  /** Actions between 批量邀请 and 重新生成. */
  children?: ReactNode;
};

/** The bulk review's controls, the same in both views: 批量邀请 with a priority, 重新生成, the last invite's summary. */
export const ReviewToolbar = ({ start, picked, batch, children }: Props) => {
  const mode = useStore(useMatchingUi, (s) => s.reviewMode);
  const ui = useMatchingUi.getState();
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space wrap size={12}>
          {/* Buttons, not a second Segmented: under the page's own 按需求 / 按成果 switch it reads as part of the review. */}
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={MODES}
            value={mode}
            onChange={(e) => ui.setReviewMode(e.target.value === 'byPerson' ? 'byPerson' : 'byNeed')}
            data-testid="review-modes"
          />
          {start}
        </Space>
        <Space wrap>
          <Dropdown
            trigger={['click']}
            disabled={picked.length === 0 || batch.busy}
            menu={{
              items: priorityItems,
              onClick: ({ key }) => {
                const priority = REQUEST_PRIORITIES.find((p) => p === key);
                if (priority) void batch.invite(picked, priority);
              },
            }}
          >
            <Button type="primary" icon={<SendOutlined />} disabled={picked.length === 0} loading={batch.busy} data-testid="bulk-invite">
              批量邀请{picked.length > 0 ? `（${picked.length}）` : ''} <DownOutlined />
            </Button>
          </Dropdown>
          {children}
          <Button icon={<ReloadOutlined />} onClick={() => ui.setBulkOpen(true)} data-testid="bulk-rerun">
            重新生成
          </Button>
        </Space>
      </Flex>
      {batch.summary && <Alert type={batch.summary.complete ? 'success' : 'warning'} showIcon closable title={batch.summary.text} onClose={batch.closeSummary} data-testid="bulk-summary" />}
    </>
  );
};
