import type { HTMLAttributes } from 'react';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';

/** Any row of a preview: it keeps the spreadsheet row it came from. */
export type SheetRow = { rowNumber: number };

const PAGE = { pageSize: 100, hideOnSinglePage: true, showSizeChanger: false };

type Props<T extends SheetRow> = {
  rows: readonly T[];
  /** The columns after 行号, which every preview table shows first. */
  columns: ColumnsType<T>;
  testId: string;
  rowTestId: string;
};

/**
 * A preview table of sheet rows, led by the spreadsheet row number so that
 * the organiser can find the row in Excel; each row carries it as
 * data-row-number too.
 */
export const SheetRowsTable = <T extends SheetRow>({ rows, columns, testId, rowTestId }: Props<T>) => (
  <div data-testid={testId}>
    <Table<T>
      size="small"
      rowKey="rowNumber"
      pagination={PAGE}
      columns={[{ title: '行号', dataIndex: 'rowNumber', key: 'row', width: 72 }, ...columns]}
      dataSource={rows}
      onRow={(r) => ({ 'data-testid': rowTestId, 'data-row-number': r.rowNumber }) as HTMLAttributes<HTMLElement>}
    />
  </div>
);
