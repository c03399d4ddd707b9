import { Select } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useMemo } from 'react';
import { pinyinKeys } from '@shared/search';
import type { GridPerson } from './gridIndex';

type Props = { people: readonly GridPerson[]; value: string | undefined; onChange(personId: string | undefined): void };

type Option = { value: string; label: string; person: GridPerson };

/** Name, organisation or badge code as typed, or the name's pinyin (zhangwei) or initials (zw), as the registry search does. */
const matches = (query: string, person: GridPerson) => {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  if (person.name.includes(q) || person.organisation?.includes(q) || person.badgeCode.toLowerCase().includes(q)) return true;
  const keys = pinyinKeys(person.name, true);
  return keys.full.startsWith(q) || keys.initials.startsWith(q);
};

/** 定位: pick a person who has meetings; the grid scrolls to them and marks their meetings. */
export const FindPerson = ({ people, value, onChange }: Props) => {
  const options = useMemo(
    () => people.map((p): Option => ({ value: p.id, label: `${p.name}${p.organisation ? `（${p.organisation}）` : ''} · ${p.meetingIds.length}场`, person: p })),
    [people],
  );
  return (
    <Select<string, Option>
      data-testid="grid-find"
      aria-label="定位参会人"
      style={{ width: 260 }}
      showSearch={{ filterOption: (input, option) => (option ? matches(input, option.person) : false) }}
      allowClear
      suffixIcon={<SearchOutlined />}
      placeholder="定位：输入参会人姓名"
      notFoundContent="没有找到有洽谈安排的参会人"
      options={options}
      value={value}
      onChange={(id) => onChange(id ?? undefined)}
    />
  );
};
