import { Alert, Flex, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { columnLetter, HEADER_SEARCH_ROWS, type ColumnMap, type ColumnMapping, type TargetField } from '@shared/import';
import type { SpreadsheetRead } from './readSpreadsheet';

type Props = {
  /** The fields a column can feed: a registry kind's, or a request sheet's. */
  fields: readonly TargetField[];
  /** Labels of required fields still without a column, as the caller's rule decides. */
  missing: readonly string[];
  /** The mapping guessed from a header row, when the organiser moves the header row. */
  guess(headerRow: readonly string[]): ColumnMap;
  file: SpreadsheetRead;
  mapping: ColumnMapping;
  error?: string;
  onMapping(mapping: ColumnMapping): void;
  onSheet(sheetIndex: number): void;
};

type SampleRow = { key: number; cells: string[] };

const NOT_IMPORTED = -1;
const PREVIEW_ROWS = 5;

const headerName = (header: readonly string[], i: number) => `${columnLetter(i)} 列${header[i]?.trim() ? `：${header[i]?.trim()}` : ''}`;

/** Step ②: which column of the file feeds which field, pre-filled from the headers. */
export const MappingStep = ({ fields, missing, guess, file, mapping, error, onMapping, onSheet }: Props) => {
  const header = file.rows[mapping.headerRow] ?? [];
  const data = file.rows.slice(mapping.headerRow + 1).filter((r) => r.some((c) => c.trim() !== ''));
  const width = Math.max(header.length, ...data.slice(0, PREVIEW_ROWS).map((r) => r.length));
  const columnOptions = [
    { value: NOT_IMPORTED, label: '（不导入）' },
    ...Array.from({ length: width }, (_, i) => ({ value: i, label: headerName(header, i) })),
  ];
  const used = new Set(Object.values(mapping.columns));
  const ignored = Array.from({ length: width }, (_, i) => i).filter((i) => !used.has(i) && header[i]?.trim());

  const assign = (field: string, column: number) => {
    // One column feeds one field: taking it here frees it elsewhere.
    const others = Object.entries(mapping.columns).filter(([key, c]) => key !== field && c !== column);
    onMapping({ ...mapping, columns: Object.fromEntries(column === NOT_IMPORTED ? others : [...others, [field, column]]) });
  };

  const fieldColumns: ColumnsType<TargetField> = [
    {
      title: '字段',
      key: 'label',
      width: 160,
      render: (_, f) => (
        <span>
          {f.label}
          {f.required && <Tag color="red" style={{ marginInlineStart: 8 }}>{f.requiredNote ?? '必填'}</Tag>}
        </span>
      ),
    },
    {
      title: '文件中的列',
      key: 'column',
      width: 260,
      render: (_, f) => (
        <Select
          style={{ width: '100%' }}
          value={mapping.columns[f.key] ?? NOT_IMPORTED}
          options={columnOptions}
          onChange={(v: number) => assign(f.key, v)}
          data-testid={`import-map-${f.key}`}
          aria-label={`${f.label}对应的列`}
        />
      ),
    },
    {
      title: '示例',
      key: 'sample',
      ellipsis: true,
      render: (_, f) => {
        const c = mapping.columns[f.key];
        if (c === undefined) return null;
        return (
          <Typography.Text type="secondary">
            {data
              .slice(0, 3)
              .map((r) => r[c] ?? '')
              .filter((v) => v.trim() !== '')
              .join(' / ')}
          </Typography.Text>
        );
      },
    },
  ];

  const previewColumns = Array.from({ length: width }, (_, i) => ({
    title: headerName(header, i),
    key: String(i),
    ellipsis: true,
    width: 140,
    render: (_: unknown, row: SampleRow) => row.cells[i] ?? '',
  }));

  return (
    <Flex vertical gap={12}>
      <Flex gap={16} wrap align="center">
        <Typography.Text>
          文件：{file.fileName}
          {file.encoding && <Typography.Text type="secondary">（{file.encoding} 编码）</Typography.Text>}
        </Typography.Text>
        {file.sheetNames.length > 1 && (
          <span>
            工作表：
            <Select
              size="small"
              style={{ minWidth: 140 }}
              value={file.sheetIndex}
              options={file.sheetNames.map((name, i) => ({ value: i, label: name }))}
              onChange={(i: number) => onSheet(i)}
              data-testid="import-sheet"
            />
          </span>
        )}
        <span>
          表头在第
          <Select
            size="small"
            style={{ width: 72, marginInline: 4 }}
            value={mapping.headerRow}
            options={Array.from({ length: Math.min(HEADER_SEARCH_ROWS, file.rows.length) }, (_, i) => ({ value: i, label: String(i + 1) }))}
            onChange={(row: number) => onMapping({ headerRow: row, columns: guess(file.rows[row] ?? []) })}
            data-testid="import-header-row"
          />
          行
        </span>
      </Flex>
      {missing.length > 0 && <Alert type="warning" showIcon title={`请为必填字段“${missing.join('”“')}”选择对应的列`} data-testid="import-missing-fields" />}
      {error && <Alert type="error" showIcon title={error} data-testid="import-plan-error" />}
      <div data-testid="import-mapping-table">
        <Table<TargetField> size="small" rowKey="key" pagination={false} columns={fieldColumns} dataSource={[...fields]} />
      </div>
      {ignored.length > 0 && <Typography.Text type="secondary">以下列不导入：{ignored.map((i) => header[i]?.trim()).join('、')}</Typography.Text>}
      <Typography.Text strong>前{Math.min(PREVIEW_ROWS, data.length)}行数据</Typography.Text>
      <div data-testid="import-sample-rows">
        <Table<SampleRow>
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={previewColumns}
          dataSource={data.slice(0, PREVIEW_ROWS).map((cells, key) => ({ key, cells }))}
        />
      </div>
    </Flex>
  );
};
