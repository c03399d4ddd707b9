import { useMemo, useState, type HTMLAttributes } from 'react';
import { Alert, Flex, Statistic, Switch, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { DuplicateRow, RejectedRow, RequestImportContext, RequestImportPlan, RequestRowDraft } from '@shared/import';

const PAGE = { pageSize: 100, hideOnSinglePage: true, showSizeChanger: false };

const rowProps = (testId: string) => (r: { rowNumber: number }) => ({ 'data-testid': testId, 'data-row-number': r.rowNumber }) as HTMLAttributes<HTMLElement>;

const rejectedColumns: ColumnsType<RejectedRow> = [
  { title: '行号', dataIndex: 'rowNumber', key: 'row', width: 72 },
  { title: '约谈', dataIndex: 'label', key: 'label', width: 200, ellipsis: true },
  {
    title: '问题',
    key: 'reasons',
    render: (_, r) => (
      <Flex vertical>
        {r.reasons.map((reason) => (
          <Typography.Text key={reason} type="danger" data-testid="request-import-reason">
            {reason}
          </Typography.Text>
        ))}
      </Flex>
    ),
  },
];

const duplicateColumns: ColumnsType<DuplicateRow> = [
  { title: '行号', dataIndex: 'rowNumber', key: 'row', width: 72 },
  { title: '约谈', dataIndex: 'label', key: 'label', width: 200, ellipsis: true },
  { title: '跳过原因', dataIndex: 'reason', key: 'reason', render: (reason: string) => <span data-testid="request-import-duplicate-reason">{reason}</span> },
];

type Props = { plan: RequestImportPlan; context: RequestImportContext };

/**
 * Step ③: the requests the import will create, the rows it skips as
 * duplicates and the rows it leaves out with their reasons — before
 * anything is written.
 */
export const RequestImportPreview = ({ plan, context }: Props) => {
  const [showAccepted, setShowAccepted] = useState(false);
  const titles = useMemo(() => new Map([...context.needs, ...context.achievements].map((r) => [r.id, r.title])), [context]);
  const acceptedColumns: ColumnsType<RequestRowDraft> = [
    { title: '行号', dataIndex: 'rowNumber', key: 'row', width: 72 },
    { title: '约谈', dataIndex: 'label', key: 'label', width: 200, ellipsis: true },
    {
      title: '需求 / 成果',
      key: 'topic',
      ellipsis: true,
      render: (_, r) => [r.draft.needId, r.draft.achievementId].flatMap((id) => (id === undefined ? [] : [titles.get(id) ?? ''])).join(' · ') || '—',
    },
    { title: '优先级', key: 'priority', width: 80, render: (_, r) => r.draft.priority },
    { title: '双向', key: 'mutual', width: 64, render: (_, r) => (r.draft.mutual ? '是' : '否') },
    { title: '可约时段', key: 'slots', width: 100, render: (_, r) => (r.draft.allowedSlotIds?.length ? `${r.draft.allowedSlotIds.length}个时段` : '不限') },
    { title: '状态', key: 'state', width: 80, render: (_, r) => r.draft.state ?? '待确认' },
  ];
  return (
    <Flex vertical gap={16}>
      <Flex gap={48}>
        <Statistic title="将创建" value={plan.accepted.length} suffix="条" data-testid="request-import-count-accepted" data-count={plan.accepted.length} />
        <Statistic title="重复，跳过" value={plan.duplicates.length} suffix="行" data-testid="request-import-count-duplicates" data-count={plan.duplicates.length} />
        <Statistic title="有问题，不导入" value={plan.rejected.length} suffix="行" data-testid="request-import-count-rejected" data-count={plan.rejected.length} />
      </Flex>
      {plan.rejected.length > 0 ? (
        <>
          <Typography.Text>
            以下 {plan.rejected.length} 行<Typography.Text strong>不会导入</Typography.Text>，可在表格中修改后再导入这些行：
          </Typography.Text>
          <div data-testid="request-import-rejected">
            <Table<RejectedRow> size="small" rowKey="rowNumber" pagination={PAGE} columns={rejectedColumns} dataSource={plan.rejected} onRow={rowProps('request-import-rejected-row')} />
          </div>
        </>
      ) : (
        <Alert type="success" showIcon title="所有行都检查通过" data-testid="request-import-all-ok" />
      )}
      {plan.duplicates.length > 0 && (
        <>
          <Typography.Text>以下 {plan.duplicates.length} 行与已有的约谈申请（或表格中前面的行）相同，将跳过：</Typography.Text>
          <div data-testid="request-import-duplicates">
            <Table<DuplicateRow> size="small" rowKey="rowNumber" pagination={PAGE} columns={duplicateColumns} dataSource={plan.duplicates} onRow={rowProps('request-import-duplicate-row')} />
          </div>
        </>
      )}
      <Flex gap={8} align="center">
        <Switch checked={showAccepted} onChange={setShowAccepted} data-testid="request-import-show-accepted" />
        <span>显示将创建的约谈申请</span>
      </Flex>
      {showAccepted && (
        <div data-testid="request-import-accepted">
          <Table<RequestRowDraft> size="small" rowKey="rowNumber" pagination={PAGE} columns={acceptedColumns} dataSource={plan.accepted} onRow={rowProps('request-import-accepted-row')} />
        </div>
      )}
    </Flex>
  );
};
