import { useState } from 'react';
import { Card, Segmented, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { FairResults, OrganisationRow } from '@shared/results';
import { wanText } from './format';

type Ranking = 'held' | 'intents';

const RANKINGS: { value: Ranking; label: string }[] = [
  { value: 'held', label: '按已举行洽谈' },
  { value: 'intents', label: '按合作意向' },
];

const COLUMNS: ColumnsType<OrganisationRow> = [
  { title: '名次', key: 'rank', width: 64, render: (_v, _r, i) => i + 1 },
  { title: '机构', dataIndex: 'name', ellipsis: true },
  { title: '类型', dataIndex: 'kind', width: 96 },
  { title: '已举行洽谈', dataIndex: 'held', width: 110, align: 'right' },
  { title: '成果记录', dataIndex: 'outcomes', width: 96, align: 'right' },
  { title: '合作意向', dataIndex: 'intents', width: 96, align: 'right' },
  { title: '现场签约', dataIndex: 'signed', width: 96, align: 'right' },
  { title: '预估金额（万元）', dataIndex: 'amountWan', width: 140, align: 'right', render: (v: number) => wanText(v) },
];

/** 重点机构: the ten most active organisations, or the ten with the most intents. */
export const TopOrganisations = ({ results }: { results: FairResults }) => {
  const [ranking, setRanking] = useState<Ranking>('held');
  return (
    <Card
      size="small"
      title="重点机构（前10名）"
      extra={<Segmented<Ranking> size="small" options={RANKINGS} value={ranking} onChange={setRanking} data-testid="top-ranking" />}
    >
      <Table<OrganisationRow>
        size="small"
        rowKey="organisationId"
        pagination={false}
        columns={COLUMNS}
        dataSource={ranking === 'held' ? results.topByHeld : results.topByIntents}
        locale={{ emptyText: ranking === 'held' ? '尚无已举行的洽谈' : '尚无达成合作意向的成果' }}
        data-testid="top-organisations"
      />
    </Card>
  );
};
