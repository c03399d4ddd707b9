import { Alert, Flex, Typography } from 'antd';
import type { RejectedRow } from '@shared/import';
import { SheetRowsTable } from './SheetRowsTable';

type Props = {
  rows: readonly RejectedRow[];
  /** The heading and width of the row's own words: 内容 for registry rows, 约谈 for requests. */
  label: { title: string; width: number };
  testIds: { table: string; row: string; reason: string; allOk: string };
};

/** The rows an import will leave out, each with every reason so that it can be fixed in the sheet; or that every row passed. */
export const RejectedRows = ({ rows, label, testIds }: Props) =>
  rows.length > 0 ? (
    <>
      <Typography.Text>
        以下 {rows.length} 行<Typography.Text strong>不会导入</Typography.Text>，可在表格中修改后再导入这些行：
      </Typography.Text>
      <SheetRowsTable<RejectedRow>
        rows={rows}
        testId={testIds.table}
        rowTestId={testIds.row}
        columns={[
          { title: label.title, dataIndex: 'label', key: 'label', width: label.width, ellipsis: true },
          {
            title: '问题',
            key: 'reasons',
            render: (_, r) => (
              <Flex vertical>
                {r.reasons.map((reason) => (
                  <Typography.Text key={reason} type="danger" data-testid={testIds.reason}>
                    {reason}
                  </Typography.Text>
                ))}
              </Flex>
            ),
          },
        ]}
      />
    </>
  ) : (
    <Alert type="success" showIcon title="所有行都检查通过" data-testid={testIds.allOk} />
  );
