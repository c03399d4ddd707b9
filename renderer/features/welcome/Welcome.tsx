import { useState } from 'react';
import { App as AntApp, Button, Card, Col, Row, Space, Typography } from 'antd';
import { ExperimentOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useDesk } from '../../app/DeskContext';
import { createEvent } from '../../db/events';
import { EventForm } from '../event/EventForm';
import { ImportPanel } from '../sync/ImportPanel';
import { usePendingBundle } from '../sync/pendingBundle';
import { useLoadDemo } from './useLoadDemo';

/** The empty app: start a real fair, or explore with the demo fair. */
export const Welcome = () => {
  const db = useDesk();
  const { message } = AntApp.useApp();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const { loading, loadDemo } = useLoadDemo();
  // A bundle opened from the file manager before any fair exists goes to the import panel.
  const bundleWaiting = usePendingBundle((s) => s.bundle !== undefined);
  // Set while rendering, not in an effect: the panel then mounts in this same pass and takes the bundle.
  if (bundleWaiting && !importing) setImporting(true);
  // 文件 → 导入数据包 in the desktop menu, chosen while this page shows.
  const importRequests = usePendingBundle((s) => s.importRequests);
  const [answeredRequests, setAnsweredRequests] = useState(importRequests);
  if (importRequests !== answeredRequests) {
    setAnsweredRequests(importRequests);
    setCreating(false);
    setImporting(true);
  }

  if (creating) {
    return (
      <div style={{ maxWidth: 860, margin: '32px auto' }}>
        <Card title="新建活动">
          <EventForm
            submitLabel="创建活动"
            onCancel={() => setCreating(false)}
            onSubmit={async (draft) => {
              const r = await createEvent(db, draft);
              if (r.ok) message.success(`已创建活动“${r.value.name}”`);
              return r.ok ? [] : r.issues;
            }}
          />
        </Card>
      </div>
    );
  }

  if (importing) {
    return (
      <div style={{ maxWidth: 860, margin: '32px auto' }}>
        <ImportPanel title="从数据包导入" />
        <Button style={{ marginTop: 16 }} onClick={() => setImporting(false)}>
          返回
        </Button>
      </div>
    );
  }

  return (
    <div style={{ maxWidth: 860, margin: '64px auto', padding: '0 24px' }} data-testid="welcome">
      <Typography.Title level={2}>欢迎使用对接台</Typography.Title>
      <Typography.Paragraph type="secondary">
        校企技术对接会的离线工作台：管理参会机构与人员、技术需求与科技成果，精准匹配、排期洽谈、现场签到并记录对接成果。所有数据保存在本机，无需联网。
      </Typography.Paragraph>
      <Row gutter={24} style={{ marginTop: 32 }}>
        <Col span={12}>
          <Card hoverable>
            <Space orientation="vertical" size="middle">
              <Typography.Title level={4}>
                <PlusOutlined /> 新建活动
              </Typography.Title>
              <Typography.Text type="secondary">设置活动名称、日期、场次与洽谈桌，然后导入报名表。</Typography.Text>
              <Button type="primary" onClick={() => setCreating(true)} data-testid="new-event">
                新建活动
              </Button>
            </Space>
          </Card>
        </Col>
        <Col span={12}>
          <Card hoverable>
            <Space orientation="vertical" size="middle">
              <Typography.Title level={4}>
                <ExperimentOutlined /> 演示活动
              </Typography.Title>
              <Typography.Text type="secondary">载入一场模拟的中关村对接会（150余家机构、400余位参会人、180项技术需求、240项科技成果），熟悉各项功能。</Typography.Text>
              <Button onClick={loadDemo} loading={loading} data-testid="load-demo">
                加载演示活动
              </Button>
            </Space>
          </Card>
        </Col>
      </Row>
      <Card style={{ marginTop: 24 }}>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Space orientation="vertical" size={4}>
            <Typography.Text strong>
              <ImportOutlined /> 从数据包导入
            </Typography.Text>
            <Typography.Text type="secondary">中心平台下发的活动数据、另一台电脑导出的数据包，或 U 盘里的备份（更换电脑时用它接着工作）。</Typography.Text>
          </Space>
          <Button onClick={() => setImporting(true)} data-testid="welcome-import">
            导入数据包
          </Button>
        </Space>
      </Card>
    </div>
  );
};
