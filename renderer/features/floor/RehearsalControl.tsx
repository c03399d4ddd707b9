import { useMemo } from 'react';
import { Button, Select, Space, Tag } from 'antd';
import { slotStartMs } from '@shared/floor';
import type { Slot } from '@shared/model';
import { datedSession } from './format';

type Props = {
  slots: readonly Slot[];
  offsetMs: number;
  setNow(fairMs: number | null): Promise<void>;
};

/**
 * 演练时间: runs the fair's clock from the start of any slot, for a
 * rehearsal the day before or a demo on another date; 回到实时 ends it.
 * The offset is stored, so a restart resumes the rehearsal where it was.
 */
export const RehearsalControl = ({ slots, offsetMs, setNow }: Props) => {
  const options = useMemo(() => {
    const bySession = new Map<string, { label: string; options: { value: string; label: string }[] }>();
    for (const s of slots) {
      const group = bySession.get(s.sessionId) ?? { label: datedSession(s), options: [] };
      group.options.push({ value: s.id, label: `跳到 第${s.index + 1}轮开始（${s.start}）` });
      bySession.set(s.sessionId, group);
    }
    return [...bySession.values()];
  }, [slots]);
  const rehearsing = offsetMs !== 0;
  return (
    <Space wrap size={8}>
      {rehearsing && (
        <Tag color="orange" style={{ fontSize: 14, padding: '2px 10px' }} data-testid="floor-rehearsal">
          演练模式
        </Tag>
      )}
      <Select<string>
        placeholder="演练时间"
        value={null}
        // Forty-odd slots: all in the list, so every one can be found and clicked (a virtual list draws eight).
        virtual={false}
        listHeight={360}
        style={{ width: 240 }}
        options={options}
        onChange={(id) => {
          const slot = slots.find((s) => s.id === id);
          if (slot) void setNow(slotStartMs(slot));
        }}
        data-testid="floor-clock-select"
      />
      {rehearsing && (
        <Button onClick={() => void setNow(null)} data-testid="floor-clock-live">
          回到实时
        </Button>
      )}
    </Space>
  );
};
