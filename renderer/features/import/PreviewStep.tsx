import { useState, type HTMLAttributes } from 'react';
import { Alert, Flex, Statistic, Switch, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { AcceptedRow, ImportKind, ImportPlan, RejectedRow } from '@shared/import';

const PAGE = { pageSize: 100, hideOnSinglePage: true, showSizeChanger: false };

const rejectedColumns: ColumnsType<RejectedRow> = [
  { title: '行号', dataIndex: 'rowNumber', key: 'row', width: 72 },
  { title: '内容', dataIndex: 'label', key: 'label', width: 240, ellipsis: true },
  {
    title: '问题',
    key: 'reasons',
    render: (_, r) => (
      <Flex vertical>
        {r.reasons.map((reason) => (
          <Typography.Text key={reason} type="danger" data-testid="import-rejected-reason">
            {reason}
          </Typography.Text>
        ))}
      </Flex>
    ),
  },
];

/** What an accepted row will store, in a few words: the name or title, and the fields organisers check first. */
const acceptedSummary = (kind: ImportKind, row: AcceptedRow<ImportKind>): { main: string; detail: string } => {
  const d = row.draft as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v.join('、') : '');
  if (kind === 'participants') return { main: String(d.name ?? ''), detail: [d.mobile, list(d.roles), d.title].filter(Boolean).join(' · ') };
  if (kind === 'organisations') return { main: String(d.name ?? ''), detail: [d.kind, d.region].filter(Boolean).join(' · ') };
  return { main: String(d.title ?? ''), detail: [d.field, d.maturity, list(d.cooperationModes)].filter(Boolean).join(' · ') };
};

type Props = { plan: ImportPlan };

/** Step ③: everything the import would do, and every row it would leave out with the reasons, before anything is written. */
export const PreviewStep = ({ plan }: Props) => {
  const [showAccepted, setShowAccepted] = useState(false);
  const acceptedColumns: ColumnsType<AcceptedRow<ImportKind>> = [
    { title: '行号', dataIndex: 'rowNumber', key: 'row', width: 72 },
    { title: '名称', key: 'main', width: 200, ellipsis: true, render: (_, r) => acceptedSummary(plan.kind, r).main },
    { title: '单位', key: 'org', width: 220, ellipsis: true, render: (_, r) => r.organisationName ?? '' },
    { title: '内容', key: 'detail', ellipsis: true, render: (_, r) => acceptedSummary(plan.kind, r).detail },
  ];
  return (
    <Flex vertical gap={16}>
      <Flex gap={48}>
        <Statistic title="可导入" value={plan.accepted.length} suffix="行" data-testid="import-count-accepted" data-count={plan.accepted.length} />
        <Statistic title="有问题" value={plan.rejected.length} suffix="行" data-testid="import-count-rejected" data-count={plan.rejected.length} />
        <Statistic title="新建机构" value={plan.newOrganisations.length} suffix="个" data-testid="import-count-new-orgs" data-count={plan.newOrganisations.length} />
      </Flex>
      {plan.warnings.map((w) => (
        <Alert key={w} type="info" showIcon title={w} data-testid="import-warning" />
      ))}
      {plan.rejected.length > 0 ? (
        <>
          <Typography.Text>
            以下 {plan.rejected.length} 行<Typography.Text strong>不会导入</Typography.Text>，可在表格中修改后再导入这些行：
          </Typography.Text>
          <div data-testid="import-rejected-table">
            <Table<RejectedRow>
              size="small"
              rowKey="rowNumber"
              pagination={PAGE}
              columns={rejectedColumns}
              dataSource={plan.rejected}
              onRow={(r) => ({ 'data-testid': 'import-rejected-row', 'data-row-number': r.rowNumber }) as HTMLAttributes<HTMLElement>}
            />
          </div>
        </>
      ) : (
        <Alert type="success" showIcon title="所有行都检查通过" data-testid="import-all-ok" />
      )}
      {plan.newOrganisations.length > 0 && (
        <Typography.Text type="secondary" data-testid="import-new-orgs">
          将新建机构：{plan.newOrganisations.map((o) => `${o.name}（${o.kind}）`).join('、')}
        </Typography.Text>
      )}
      <Flex gap={8} align="center">
        <Switch checked={showAccepted} onChange={setShowAccepted} data-testid="import-show-accepted" />
        <span>显示可导入的行</span>
      </Flex>
      {showAccepted && (
        <div data-testid="import-accepted-table">
          <Table<AcceptedRow<ImportKind>>
            size="small"
            rowKey="rowNumber"
            pagination={PAGE}
            columns={acceptedColumns}
            dataSource={plan.accepted}
            onRow={(r) => ({ 'data-testid': 'import-accepted-row', 'data-row-number': r.rowNumber }) as HTMLAttributes<HTMLElement>}
          />
        </div>
      )}
    </Flex>
  );
};
