import { Alert, Flex, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { AcceptedRow, ImportKind, ImportPlan } from '@shared/import';
import { AcceptedRows } from './AcceptedRows';
import { PlanCounts } from './PlanCounts';
import { RejectedRows } from './RejectedRows';

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
  const acceptedColumns: ColumnsType<AcceptedRow<ImportKind>> = [
    { title: '名称', key: 'main', width: 200, ellipsis: true, render: (_, r) => acceptedSummary(plan.kind, r).main },
    { title: '单位', key: 'org', width: 220, ellipsis: true, render: (_, r) => r.organisationName ?? '' },
    { title: '内容', key: 'detail', ellipsis: true, render: (_, r) => acceptedSummary(plan.kind, r).detail },
  ];
  return (
    <Flex vertical gap={16}>
      <PlanCounts
        counts={[
          { title: '可导入', value: plan.accepted.length, unit: '行', testId: 'import-count-accepted' },
          { title: '有问题', value: plan.rejected.length, unit: '行', testId: 'import-count-rejected' },
          { title: '新建机构', value: plan.newOrganisations.length, unit: '个', testId: 'import-count-new-orgs' },
        ]}
      />
      {plan.warnings.map((w) => (
        <Alert key={w} type="info" showIcon title={w} data-testid="import-warning" />
      ))}
      <RejectedRows
        rows={plan.rejected}
        label={{ title: '内容', width: 240 }}
        testIds={{ table: 'import-rejected-table', row: 'import-rejected-row', reason: 'import-rejected-reason', allOk: 'import-all-ok' }}
      />
      {plan.newOrganisations.length > 0 && (
        <Typography.Text type="secondary" data-testid="import-new-orgs">
          将新建机构：{plan.newOrganisations.map((o) => `${o.name}（${o.kind}）`).join('、')}
        </Typography.Text>
      )}
      <AcceptedRows<AcceptedRow<ImportKind>>
        rows={plan.accepted}
        columns={acceptedColumns}
        showLabel="显示可导入的行"
        testIds={{ toggle: 'import-show-accepted', table: 'import-accepted-table', row: 'import-accepted-row' }}
      />
    </Flex>
  );
};
