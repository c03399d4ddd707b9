import { useMemo } from 'react';
import { Select, Space, Tag, Typography } from 'antd';
import type { SlotGroup } from './slotGroups';

type Props = {
  groups: readonly SlotGroup[];
  /** Set by the surrounding Form.Item. */
  value?: string[];
  onChange?: (ids: string[]) => void;
  disabled?: boolean;
};

/**
 * 可约时段: one tag per session picks or drops all its slots at once (the
 * usual wish is “上午” or “下午”); the select fine-tunes single rounds.
 */
export const SlotPicker = ({ groups, value = [], onChange, disabled }: Props) => {
  const options = useMemo(
    () => groups.map((g) => ({ label: g.name, title: g.name, options: g.slots.map((s) => ({ value: s.id, label: `${s.label} ${s.start}–${s.end}` })) })),
    [groups],
  );
  const chosen = new Set(value);
  const toggle = (group: SlotGroup, on: boolean) => {
    const ids = new Set(group.slots.map((s) => s.id));
    const rest = value.filter((id) => !ids.has(id));
    onChange?.(on ? [...rest, ...ids] : rest);
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap size={4}>
        {groups.map((g) => (
          <Tag.CheckableTag
            key={g.sessionId}
            checked={g.slots.length > 0 && g.slots.every((s) => chosen.has(s.id))}
            onChange={(on) => !disabled && toggle(g, on)}
            data-testid={`slot-session-${g.sessionId}`}
          >
            {g.name}
          </Tag.CheckableTag>
        ))}
      </Space>
      <Select
        mode="multiple"
        allowClear
        disabled={disabled}
        placeholder="不限（双方都能参加的任何时段）"
        maxTagCount="responsive"
        value={value}
        options={options}
        onChange={(ids: string[]) => onChange?.(ids)}
        data-testid="input-allowedSlotIds"
      />
      {value.length === 0 && <Typography.Text type="secondary">未选择时段时，排期可使用双方都能参加的任何时段。</Typography.Text>}
    </Space>
  );
};
