import { useMemo, useState } from 'react';
import { AutoComplete, Button, Drawer, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { ORG_KINDS, PARTICIPANT_ROLES, type OrgKind, type ParticipantRole } from '@shared/model';
import { pinyinKeys } from '@shared/search';
import { useDesk } from '../../app/DeskContext';
import { registerWalkIn, type WalkInResult } from '../../db/checkIns';
import type { RegistryData } from '../registry/useRegistryData';

type Values = { name: string; organisation?: string; kind: OrgKind; mobile?: string; role: ParticipantRole };

const DEFAULTS: Partial<Values> = { kind: '企业', role: '需求方' };

/** The organisations whose name, pinyin or initials contain what was typed, for the 单位 box. */
const useOrganisationOptions = (data: RegistryData, typed: string) =>
  useMemo(() => {
    const q = typed.trim().toLowerCase();
    if (q === '') return [];
    return data.lists.organisations
      .filter((o) => {
        if (o.name.toLowerCase().includes(q)) return true;
        const keys = pinyinKeys(o.name);
        return keys.initials.startsWith(q) || keys.full.startsWith(q);
      })
      .slice(0, 8)
      .map((o) => ({ value: o.name, label: `${o.name}（${o.kind}）` }));
  }, [data.lists.organisations, typed]);

/**
 * 现场注册: a walk-in in four fields, typed top to bottom and sent with
 * Enter. Defaults cover the common case (an enterprise's 需求方); an
 * organisation typed that does not exist yet is created, of the kind chosen.
 */
export const WalkInDrawer = ({ data, open, onClose, onRegistered }: { data: RegistryData; open: boolean; onClose: () => void; onRegistered: (r: WalkInResult) => void }) => {
  const db = useDesk();
  const [form] = Form.useForm<Values>();
  const typedOrg = Form.useWatch('organisation', form) ?? '';
  const options = useOrganisationOptions(data, typedOrg);
  const typedName = (Form.useWatch('name', form) ?? '').trim();
  // A walk-in is often someone registered already under the same name: say so before a duplicate is made.
  const namesakes = typedName === '' ? [] : data.lists.participants.filter((p) => p.name === typedName);
  const isNewOrg = typedOrg.trim() !== '' && !data.lists.organisations.some((o) => o.name === typedOrg.trim());
  const [saving, setSaving] = useState(false);

  const submit = async (v: Values) => {
    setSaving(true);
    try {
      const result = await registerWalkIn(db, data.event.id, {
        name: v.name,
        roles: [v.role],
        ...(v.organisation?.trim() ? { organisationName: v.organisation, organisationKind: v.kind } : {}),
        ...(v.mobile?.trim() ? { mobile: v.mobile } : {}),
      });
      if (result.ok) {
        form.resetFields();
        onRegistered(result.value);
        return;
      }
      const fieldOf = (f: string) => (f === 'name' ? 'name' : f === 'mobile' ? 'mobile' : f === 'organisationId' || f === 'organisationName' ? 'organisation' : undefined);
      const placed = result.issues.filter((i) => fieldOf(i.field));
      form.setFields(placed.map((i) => ({ name: fieldOf(i.field) as keyof Values, errors: [i.message] })));
      const other = result.issues.filter((i) => !fieldOf(i.field));
      if (other.length) form.setFields([{ name: 'name', errors: other.map((i) => i.message) }]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer open={open} title="现场注册" size={460} onClose={onClose} destroyOnHidden data-testid="walkin-drawer">
      <Form<Values> form={form} layout="vertical" initialValues={DEFAULTS} onFinish={(v) => void submit(v)} requiredMark={false}>
        <Form.Item
          name="name"
          label="姓名"
          rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}
          extra={
            namesakes.length > 0 ? (
              <Typography.Text type="warning" data-testid="walkin-namesake">
                已有同名参会人（{namesakes.map((p) => (p.organisationId ? data.organisations.get(p.organisationId)?.name : undefined) ?? '无单位').join('、')}），可能已报名：请先在签到搜索框查找
              </Typography.Text>
            ) : undefined
          }
        >
          <Input size="large" autoFocus placeholder="姓名" data-testid="walkin-name" />
        </Form.Item>
        <Form.Item name="organisation" label="单位" extra={isNewOrg ? '新单位：将同时登记为参会机构' : undefined}>
          <AutoComplete options={options} placeholder="输入单位名称或拼音首字母，可选已有单位" size="large" data-testid="walkin-organisation" />
        </Form.Item>
        {isNewOrg && (
          <Form.Item name="kind" label="单位类型">
            <Select options={ORG_KINDS.map((k) => ({ value: k, label: k }))} data-testid="walkin-kind" />
          </Form.Item>
        )}
        <Form.Item name="mobile" label="手机">
          <Input size="large" inputMode="tel" placeholder="11位手机号（可不填）" data-testid="walkin-mobile" />
        </Form.Item>
        <Form.Item name="role" label="参会角色">
          <Radio.Group optionType="button" options={PARTICIPANT_ROLES.map((r) => ({ value: r, label: r }))} data-testid="walkin-role" />
        </Form.Item>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Button type="primary" htmlType="submit" size="large" block loading={saving} data-testid="walkin-submit">
            注册并签到（回车）
          </Button>
          <Typography.Text type="secondary">注册后自动生成胸卡码并签到，可立即打印胸卡和日程。</Typography.Text>
        </Space>
      </Form>
    </Drawer>
  );
};
