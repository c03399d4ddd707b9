import { useState } from 'react';
import { Button, Typography } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { getBridge } from '../../platform/bridge';
import { BUNDLE_FILTER } from '../../platform/saveFile';

/**
 * Where a bundle comes in: dropped from a USB stick's folder, or picked
 * through the host's open dialog. Hands over the name and the bytes.
 */
export const BundleDropZone = ({ onFile, onError }: { onFile: (name: string, bytes: Uint8Array) => void; onError: (message: string) => void }) => {
  const [over, setOver] = useState(false);

  const pick = async () => {
    const result = await getBridge()['file:open']({ filters: [BUNDLE_FILTER] });
    if (!result.ok) onError(result.error.message);
    else if (!('canceled' in result.value)) onFile(result.value.name, result.value.data);
  };

  const drop = async (event: React.DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    if (event.dataTransfer.files.length > 1) onError('一次只能导入一个数据包，请逐个拖入');
    else onFile(file.name, new Uint8Array(await file.arrayBuffer()));
  };

  return (
    <div
      data-testid="bundle-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => void drop(e)}
      style={{
        border: `1px dashed ${over ? '#1f6feb' : '#d9d9d9'}`,
        background: over ? '#f0f6ff' : '#fafafa',
        borderRadius: 8,
        padding: '28px 16px',
        textAlign: 'center',
      }}
    >
      <InboxOutlined style={{ fontSize: 40, color: '#1f6feb' }} />
      <Typography.Paragraph style={{ margin: '8px 0' }}>将 .dockbundle 数据包拖到此处，或</Typography.Paragraph>
      <Button type="primary" onClick={() => void pick()} data-testid="bundle-pick">
        选择数据包
      </Button>
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0', fontSize: 12 }}>
        导入前会先显示将新增、更新的记录和冲突，确认后才写入；同一数据包重复导入不会产生任何变化。
      </Typography.Paragraph>
    </div>
  );
};
