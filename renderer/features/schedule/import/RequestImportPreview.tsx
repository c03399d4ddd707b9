import { useMemo } from 'react';
import { Flex, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { DuplicateRow, RequestImportContext, RequestImportPlan, RequestRowDraft } from '@shared/import';
import { AcceptedRows } from '../../import/AcceptedRows';
import { PlanCounts } from '../../import/PlanCounts';
import { RejectedRows } from '../../import/RejectedRows';
import { SheetRowsTable } from '../../import/SheetRowsTable';

const duplicateColumns: ColumnsType<DuplicateRow> = [
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
  const titles = useMemo(() => new Map([...context.needs, ...context.achievements].map((r) => [r.id, r.title])), [context]);
  const acceptedColumns: ColumnsType<RequestRowDraft> = [
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
      <PlanCounts
        counts={[
          { title: '将创建', value: plan.accepted.length, unit: '条', testId: 'request-import-count-accepted' },
          { title: '重复，跳过', value: plan.duplicates.length, unit: '行', testId: 'request-import-count-duplicates' },
          { title: '有问题，不导入', value: plan.rejected.length, unit: '行', testId: 'request-import-count-rejected' },
        ]}
      />
      <RejectedRows
        rows={plan.rejected}
        label={{ title: '约谈', width: 200 }}
        testIds={{ table: 'request-import-rejected', row: 'request-import-rejected-row', reason: 'request-import-reason', allOk: 'request-import-all-ok' }}
      />
      {plan.duplicates.length > 0 && (
        <>
          <Typography.Text>以下 {plan.duplicates.length} 行与已有的约谈申请（或表格中前面的行）相同，将跳过：</Typography.Text>
          <SheetRowsTable<DuplicateRow> rows={plan.duplicates} columns={duplicateColumns} testId="request-import-duplicates" rowTestId="request-import-duplicate-row" />
        </>
      )}
      <AcceptedRows<RequestRowDraft>
        rows={plan.accepted}
        columns={acceptedColumns}
        showLabel="显示将创建的约谈申请"
        testIds={{ toggle: 'request-import-show-accepted', table: 'request-import-accepted', row: 'request-import-accepted-row' }}
      />
    </Flex>
  );
};
