import { useState, type Ref } from 'react';
import { Input, Typography, type InputRef } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import type { Participant } from '@shared/model';
import type { RegistryData } from '../registry/useRegistryData';
import { enterTarget } from './enterTarget';
import { HitList, SHOWN_HITS } from './HitList';
import { useCheckInUi } from './store';
import { useCheckInSearch } from './useCheckInSearch';

/**
 * The one big search box of the desk: results as you type, Enter checks in
 * when there is no doubt (see `enterTarget`), ↑/↓ pick a row otherwise.
 */
export const SearchPanel = ({ data, inputRef, onCheckIn }: { data: RegistryData; inputRef: Ref<InputRef>; onCheckIn: (p: Participant) => void }) => {
  const query = useStore(useCheckInUi, (s) => s.query);
  const setQuery = useStore(useCheckInUi, (s) => s.setQuery);
  const hits = useCheckInSearch(data, query);
  // The picked row belongs to the query it was picked for: a new keystroke drops it.
  const [picked, setPicked] = useState<{ query: string; index: number }>({ query: '', index: -1 });
  const active = picked.query === query ? picked.index : hits.length === 1 ? 0 : -1;
  const shown = Math.min(hits.length, SHOWN_HITS);
  const [hint, setHint] = useState<string | null>(null);

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (shown === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setPicked({ query, index: (active + step + shown) % shown });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const target = enterTarget(query, hits, active);
      if (target) {
        setHint(null);
        onCheckIn(target);
      } else if (hits.length > 1) setHint(`有 ${hits.length} 人匹配：用 ↑ ↓ 选择后回车，或继续输入`);
      else if (query.trim() !== '') setHint(`没有找到“${query.trim()}”，可点“现场注册”`);
    } else if (e.key === 'Escape') setQuery('');
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Input
        ref={inputRef}
        size="large"
        autoFocus
        allowClear
        prefix={<SearchOutlined />}
        placeholder="姓名 / 拼音首字母 / 手机尾号 / 单位 / 胸卡码"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setHint(null);
        }}
        onKeyDown={onKeyDown}
        style={{ fontSize: 20, padding: '10px 14px' }}
        data-testid="checkin-search"
        aria-label="签到搜索"
      />
      {hint && <Typography.Text type="warning" data-testid="checkin-hint">{hint}</Typography.Text>}
      {hits.length > 0 ? (
        <HitList hits={hits} active={active} data={data} onPick={onCheckIn} />
      ) : (
        <Typography.Text type="secondary">
          例：张伟 → zw，手机尾号 1234。唯一匹配时回车即签到，多人匹配时用 ↑ ↓ 选择；Esc 清空。扫码枪在本页任何位置都可直接扫胸卡。
        </Typography.Text>
      )}
    </div>
  );
};
