import { useState } from 'react';
import { Flex, Switch } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { SheetRowsTable, type SheetRow } from './SheetRowsTable';

type Props<T extends SheetRow> = {
  rows: readonly T[];
  columns: ColumnsType<T>;
  /** The switch's words: what the hidden table lists. */
  showLabel: string;
  testIds: { toggle: string; table: string; row: string };
};

/** The rows an import will store, behind a switch: organisers look at the problems first, and thousands of good rows would bury them. */
export const AcceptedRows = <T extends SheetRow>({ rows, columns, showLabel, testIds }: Props<T>) => {
  const [shown, setShown] = useState(false);
  return (
    <>
      <Flex gap={8} align="center">
        <Switch checked={shown} onChange={setShown} data-testid={testIds.toggle} />
        <span>{showLabel}</span>
      </Flex>
      {shown && <SheetRowsTable<T> rows={rows} columns={columns} testId={testIds.table} rowTestId={testIds.row} />}
    </>
  );
};
