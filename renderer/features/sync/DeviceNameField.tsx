import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { App as AntApp, Input, Space, Typography } from 'antd';
import { useDesk } from '../../app/DeskContext';
import { deskClock } from '../../db/deskClock';
import { deviceName, setDeviceName } from '../../db/deviceKeys';

/** 本机名称: how this laptop is named in other laptops' imports and conflict lists (e.g. “签到台 1”). */
export const DeviceNameField = () => {
  const db = useDesk();
  const { message } = AntApp.useApp();
  const stored = useLiveQuery(async () => ({ name: await deviceName(db), id: (await deskClock(db)).deviceId }), [db]);
  // Undefined while not being edited: the field shows the stored name.
  const [draft, setDraft] = useState<string>();
  const save = async () => {
    if (draft === undefined) return;
    setDraft(undefined);
    if (draft.trim() === '' || draft === stored?.name) return;
    await setDeviceName(db, draft);
    message.success('已保存本机名称');
  };
  return (
    <Space>
      <Typography.Text type="secondary">本机名称</Typography.Text>
      <Input
        value={draft ?? stored?.name}
        maxLength={40}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void save()}
        onPressEnter={() => void save()}
        style={{ width: 180 }}
        data-testid="device-name"
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {stored?.id}
      </Typography.Text>
    </Space>
  );
};
