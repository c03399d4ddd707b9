import { Input, Select, Space, Switch, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { REQUEST_PRIORITIES, REQUEST_SOURCES, REQUEST_STATES } from '@shared/model';
import type { RequestFilters } from './filters';

type Props = { filters: RequestFilters; onChange: (patch: Partial<RequestFilters>) => void };

const options = <T extends string>(values: readonly T[]) => values.map((value) => ({ value, label: value }));
const STATE_OPTIONS = options(REQUEST_STATES);
const PRIORITY_OPTIONS = options(REQUEST_PRIORITIES);
const SOURCE_OPTIONS = options(REQUEST_SOURCES);

/** Search and filters above the list; empty multi-selects mean “all”. */
export const RequestsFilters = ({ filters, onChange }: Props) => (
  <Space wrap>
    <Input
      allowClear
      prefix={<SearchOutlined />}
      placeholder="搜索姓名、单位、需求或成果"
      value={filters.query}
      onChange={(e) => onChange({ query: e.target.value })}
      style={{ width: 280 }}
      data-testid="requests-search"
    />
    <Select
      mode="multiple"
      allowClear
      placeholder="状态"
      style={{ minWidth: 170 }}
      value={filters.states}
      options={STATE_OPTIONS}
      onChange={(states) => onChange({ states })}
      data-testid="filter-state"
    />
    <Select
      mode="multiple"
      allowClear
      placeholder="优先级"
      style={{ minWidth: 120 }}
      value={filters.priorities}
      options={PRIORITY_OPTIONS}
      onChange={(priorities) => onChange({ priorities })}
      data-testid="filter-priority"
    />
    <Select
      mode="multiple"
      allowClear
      placeholder="来源"
      style={{ minWidth: 120 }}
      value={filters.sources}
      options={SOURCE_OPTIONS}
      onChange={(sources) => onChange({ sources })}
      data-testid="filter-source"
    />
    <Space size={6}>
      <Switch size="small" checked={filters.duplicatesOnly} onChange={(duplicatesOnly) => onChange({ duplicatesOnly })} data-testid="filter-duplicates" />
      <Typography.Text>只看重复</Typography.Text>
    </Space>
  </Space>
);
