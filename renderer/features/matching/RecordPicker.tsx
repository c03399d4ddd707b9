import { useDeferredValue } from 'react';
import { Empty, Input, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import type { SearchSource } from '@shared/search';
import { useSearch } from '../registry/useSearch';
import { Clamp } from './Clamp';

/** Rendering more rows than this is slower than typing two characters to narrow the list. */
const MAX_SHOWN = 200;

export type PickerItem = { title: string; subtitle: string };

type Props<R extends { id: string }> = {
  /** The search cache this list keeps between visits. */
  cacheName: string;
  records: readonly R[];
  toSource: (record: R) => SearchSource;
  describe: (record: R) => PickerItem;
  query: string;
  onQuery: (query: string) => void;
  selectedId: string | null;
  onPick: (id: string) => void;
  placeholder: string;
  testId: string;
};

/**
 * The searchable list a need or an achievement is picked from: by title,
 * organisation, field or keyword, in characters or pinyin (清华 / qh).
 */
export const RecordPicker = <R extends { id: string }>({ cacheName, records, toSource, describe, query, onQuery, selectedId, onPick, placeholder, testId }: Props<R>) => {
  const deferred = useDeferredValue(query);
  const found = useSearch(cacheName, records, toSource, deferred);
  const shown = found.slice(0, MAX_SHOWN);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%', gap: 8 }} data-testid={testId}>
      <Input allowClear prefix={<SearchOutlined />} placeholder={placeholder} value={query} onChange={(e) => onQuery(e.target.value)} data-testid={`${testId}-search`} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        共 {records.length} 项{found.length !== records.length ? `，找到 ${found.length} 项` : ''}
        {found.length > MAX_SHOWN ? `，显示前 ${MAX_SHOWN} 项` : ''}
      </Typography.Text>
      <div style={{ flex: 1, minHeight: 0, overflow: 'auto', border: '1px solid #f0f0f0', borderRadius: 6 }} role="listbox">
        {shown.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={query ? `没有找到“${query}”` : '暂无记录'} />}
        {shown.map((r) => {
          const item = describe(r);
          const selected = r.id === selectedId;
          return (
            <div
              key={r.id}
              role="option"
              aria-selected={selected}
              tabIndex={0}
              onClick={() => onPick(r.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') onPick(r.id);
              }}
              style={{
                padding: '8px 12px',
                cursor: 'pointer',
                borderBottom: '1px solid #f5f5f5',
                background: selected ? '#e6f0ff' : undefined,
                borderLeft: `3px solid ${selected ? '#1f6feb' : 'transparent'}`,
              }}
              data-testid="picker-item"
            >
              <Clamp strong={selected} title={item.title}>
                {item.title}
              </Clamp>
              <Clamp tone="secondary" size={12}>
                {item.subtitle}
              </Clamp>
            </div>
          );
        })}
      </div>
    </div>
  );
};
