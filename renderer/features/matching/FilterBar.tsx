import { useMemo } from 'react';
import { Button, Select, Space } from 'antd';
import { useStore } from 'zustand';
import { COOPERATION_MODES, FIELDS, MATURITY_STAGES } from '@shared/model';
import type { MatchDoc } from '@shared/matching';
import type { MatchTarget } from './client/types';
import { FILTER_LABELS, filtersFor, hasFilters, regionsOf, type FilterKey } from './filters';
import { useMatchingUi } from './store';

const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

/** 领域 / 成熟度 / 合作方式 / 地区, as apply to the kind of record suggested. */
export const FilterBar = ({ target, docs }: { target: MatchTarget; docs: ReadonlyMap<string, MatchDoc> }) => {
  const filters = useStore(useMatchingUi, (s) => s.filters);
  const regions = useMemo(() => regionsOf(docs), [docs]);
  const choices: Record<FilterKey, { value: string; label: string }[]> = {
    field: options(FIELDS),
    maturity: options(MATURITY_STAGES),
    mode: options(COOPERATION_MODES),
    region: options(regions),
  };
  const { setFilter, clearFilters } = useMatchingUi.getState();
  return (
    <Space wrap size={8} data-testid="suggestion-filters">
      {filtersFor(target).map((key) => (
        <Select
          key={key}
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder={FILTER_LABELS[key]}
          style={{ width: 150 }}
          value={filters[key]}
          options={choices[key]}
          onChange={(v: string[]) => setFilter(key, v)}
          data-testid={`match-filter-${key}`}
        />
      ))}
      {hasFilters(filters, target) && (
        <Button type="link" size="small" onClick={clearFilters}>
          清除筛选
        </Button>
      )}
    </Space>
  );
};
