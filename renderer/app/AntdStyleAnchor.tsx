import { useEffect, useState } from 'react';
import {
  Alert,
  AutoComplete,
  Badge,
  Button,
  Card,
  Checkbox,
  Col,
  Collapse,
  DatePicker,
  Descriptions,
  Divider,
  Drawer,
  Dropdown,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Popconfirm,
  Progress,
  Radio,
  Result,
  Row,
  Segmented,
  Select,
  Slider,
  Space,
  Spin,
  Statistic,
  Steps,
  Switch,
  Table,
  Tabs,
  Tag,
  TimePicker,
  Tooltip,
  Typography,
  Upload,
} from 'antd';

/** After the first page has painted and the mirrors have started reading (useWarmMirrors). */
const AFTER_FIRST_PAINT_MS = 800;

/**
 * One hidden instance of every antd component the pages use, mounted once
 * the app has painted and kept for its life.
 *
 * antd computes a component's CSS when its first instance mounts and drops
 * it when its last one unmounts, so every page switch computed again the
 * styles of the components the old page had and the new one needs: 20–75 ms
 * of each opening of 现场 or 成果统计, on every visit. With an instance of
 * each always mounted, the styles are computed once, here, while the
 * organiser looks at the first page.
 */
export const AntdStyleAnchor = () => {
  const [due, setDue] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDue(true), AFTER_FIRST_PAINT_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!due) return null;
  return (
    <div hidden aria-hidden data-testid="antd-style-anchor">
      <Typography.Text>·</Typography.Text>
      <Typography.Title level={5}>·</Typography.Title>
      <Button>·</Button>
      <Space>
        <Flex>
          <Tag>·</Tag>
          <Badge count={1} />
          <Divider />
        </Flex>
      </Space>
      <Alert title="·" />
      <Card size="small">·</Card>
      <Empty />
      <Spin />
      <Row>
        <Col span={24} />
      </Row>
      <Form>
        <Form.Item label="·">
          <Input />
        </Form.Item>
      </Form>
      <Input.Search />
      <InputNumber />
      <Select />
      <AutoComplete />
      <DatePicker />
      <TimePicker />
      <Radio.Group options={['·']} />
      <Checkbox>·</Checkbox>
      <Switch />
      <Slider />
      <Segmented options={['·']} />
      <Progress percent={1} />
      <Statistic value={1} />
      <Result />
      <Steps items={[{ title: '·' }]} />
      <Tabs items={[{ key: '·', label: '·' }]} />
      <Descriptions items={[{ key: '·', label: '·', children: '·' }]} />
      <List dataSource={[]} renderItem={() => null} />
      <Collapse items={[]} />
      <Table dataSource={[]} columns={[{ title: '·', dataIndex: '·' }]} pagination={false} />
      <Upload />
      <Tooltip title="·">
        <span />
      </Tooltip>
      <Dropdown menu={{ items: [] }}>
        <span />
      </Dropdown>
      <Popconfirm title="·">
        <span />
      </Popconfirm>
      <Modal open={false} />
      <Drawer open={false} />
    </div>
  );
};
