import { useState } from 'react';
import { Button, Input, Space, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDesk } from '../../app/DeskContext';
import { OPERATOR_MAX, readOperator, writeOperator } from '../../db/operator';

/** “记录人：王芳 [修改]”: the name every outcome saved on this laptop is signed with. */
export const OperatorName = () => {
  const db = useDesk();
  // '' once read and not set; undefined while reading, so a set name does not flash as missing.
  const name = useLiveQuery(async () => (await readOperator(db)) ?? '', [db]);
  const [editing, setEditing] = useState<string | null>(null);
  if (name === undefined) return null;
  const finish = async () => {
    if (editing !== null) await writeOperator(db, editing);
    setEditing(null);
  };
  return (
    <Space size={4} data-testid="operator">
      <Typography.Text type="secondary">记录人：</Typography.Text>
      {editing === null ? (
        <>
          {name ? (
            <Typography.Text strong data-testid="operator-name">
              {name}
            </Typography.Text>
          ) : (
            <Typography.Text type="warning" data-testid="operator-name">
              未填写（成果修改记录将只显示设备）
            </Typography.Text>
          )}
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(name)} data-testid="operator-edit">
            {name ? '修改' : '填写'}
          </Button>
        </>
      ) : (
        <Input
          size="small"
          autoFocus
          value={editing}
          maxLength={OPERATOR_MAX}
          placeholder="您的姓名"
          style={{ width: 160 }}
          onChange={(e) => setEditing(e.target.value)}
          onPressEnter={() => void finish()}
          onBlur={() => void finish()}
          onKeyDown={(e) => e.key === 'Escape' && setEditing(null)}
          data-testid="operator-input"
        />
      )}
    </Space>
  );
};
