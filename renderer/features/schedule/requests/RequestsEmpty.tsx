import { Button, Empty, Space } from 'antd';
import { ImportOutlined, NodeIndexOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigation } from '../../../app/navigation';

/** Shown before the fair has any request: where requests come from, and the ways to make them. */
export const RequestsEmpty = ({ onCreate, onImport }: { onCreate: () => void; onImport: () => void }) => (
  <Empty
    data-testid="requests-empty"
    style={{ marginTop: 48 }}
    description={
      <span>
        还没有约谈申请。
        <br />
        在“精准对接”中为需求挑选推荐的成果或专家并点击“邀请洽谈”，就会生成约谈申请；也可以直接新建，或从报名表等表格导入。
      </span>
    }
  >
    <Space>
      <Button type="primary" icon={<NodeIndexOutlined />} onClick={() => useNavigation.getState().go('matching')} data-testid="go-matching">
        去精准对接
      </Button>
      <Button icon={<PlusOutlined />} onClick={onCreate} data-testid="create-request-empty">
        新建约谈
      </Button>
      <Button icon={<ImportOutlined />} onClick={onImport} data-testid="import-requests-empty">
        导入
      </Button>
    </Space>
  </Empty>
);
