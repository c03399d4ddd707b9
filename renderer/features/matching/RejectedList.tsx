import { Button, Flex, Typography } from 'antd';
import { EyeInvisibleOutlined, UndoOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import { Clamp } from './Clamp';
import { useMatchingUi } from './store';

/**
 * What was marked 不合适 for this record: hidden from the suggestions, listed
 * here on request so a hasty mark can be taken back.
 */
export const RejectedList = ({ items, onUndo }: { items: readonly { id: string; title: string; owner: string }[]; onUndo: (id: string) => void }) => {
  const show = useStore(useMatchingUi, (s) => s.showRejected);
  if (items.length === 0) return null;
  return (
    <div data-testid="rejected">
      <Button type="link" size="small" icon={<EyeInvisibleOutlined />} style={{ paddingLeft: 0 }} onClick={() => useMatchingUi.getState().setShowRejected(!show)} data-testid="toggle-rejected">
        已隐藏 {items.length} 项不合适的推荐{show ? '（收起）' : '（查看）'}
      </Button>
      {show && (
        <div style={{ border: '1px solid #f0f0f0', borderRadius: 6, background: '#fff' }}>
          {items.map((item) => (
            <Flex key={item.id} justify="space-between" align="center" gap={12} style={{ padding: '6px 12px', borderTop: '1px solid #f5f5f5' }} data-testid="rejected-item">
              <div style={{ minWidth: 0 }}>
                <Clamp title={item.title}>
                  {item.title}
                  <Typography.Text type="secondary"> · {item.owner}</Typography.Text>
                </Clamp>
              </div>
              <Button size="small" icon={<UndoOutlined />} onClick={() => onUndo(item.id)} data-testid="undo-reject">
                撤销
              </Button>
            </Flex>
          ))}
        </div>
      )}
    </div>
  );
};
