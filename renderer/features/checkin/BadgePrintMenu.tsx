import { App as AntApp, Button, Dropdown } from 'antd';
import { DownOutlined, IdcardOutlined } from '@ant-design/icons';
import { PARTICIPANT_ROLES, type Participant } from '@shared/model';
import type { RegistryData } from '../registry/useRegistryData';
import { badgeCardOf, badgesJob } from './print/badges';
import { PrintMenuPopup } from './print/PrintOptions';
import { usePrintPrefs } from './print/printPrefs';
import { usePrintJob } from './print/usePrintJob';
import { compareNames } from '@shared/nameOrder';

type Batch = { key: string; label: string; pick: (p: Participant) => boolean };

const BATCHES: Batch[] = [
  { key: 'all', label: '全部参会人', pick: () => true },
  ...PARTICIPANT_ROLES.map((r) => ({ key: `role:${r}`, label: `仅${r}`, pick: (p: Participant) => p.roles.includes(r) })),
  { key: 'absent', label: '尚未签到的人', pick: (p: Participant) => p.checkIn.state === '未签到' },
];

/** 批量打印胸卡: everyone, one role, or those still to arrive, in name order, eight to an A4 sheet or one to a badge page. */
export const BadgePrintMenu = ({ data }: { data: RegistryData }) => {
  const { message } = AntApp.useApp();
  const { print, busy } = usePrintJob();
  const run = (batch: Batch) => {
    const people = data.lists.participants.filter(batch.pick).sort((a, b) => compareNames(a.name, b.name));
    if (people.length === 0) {
      message.warning(`${batch.label}：没有要打印的胸卡`);
      return;
    }
    const cards = people.map((p) => badgeCardOf(p, data.organisations));
    void print(`胸卡（${people.length} 张）`, () => badgesJob(data.event.name, cards, usePrintPrefs.getState().badgeLayout, `${data.event.name}-胸卡-${batch.label}`));
  };
  return (
    <Dropdown
      trigger={['click']}
      disabled={busy}
      popupRender={(menu) => <PrintMenuPopup menu={menu} badges />}
      menu={{
        items: BATCHES.map((b) => ({ key: b.key, label: `${b.label}（${data.lists.participants.filter(b.pick).length}）`, 'data-testid': `print-badges-${b.key}` })),
        onClick: ({ key }) => {
          const batch = BATCHES.find((b) => b.key === key);
          if (batch) run(batch);
        },
      }}
    >
      <Button icon={<IdcardOutlined />} loading={busy} data-testid="print-badges">
        打印胸卡 <DownOutlined />
      </Button>
    </Dropdown>
  );
};
