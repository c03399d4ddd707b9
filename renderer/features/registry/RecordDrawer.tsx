import { Button, Descriptions, Drawer, Popconfirm, Space } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { FieldIssue } from '@shared/model';
import type { RecordOf, RegistryKind } from '../../db/recordKinds';
import { RecordForm } from './RecordForm';
import type { FormValues, RegistryConfig, RegistryLookups } from './types';

type Props<K extends RegistryKind> = {
  config: RegistryConfig<K>;
  lookups: RegistryLookups;
  /** The record shown, or `'new'` while creating. */
  record: RecordOf[K] | 'new';
  editing: boolean;
  onEditChange: (editing: boolean) => void;
  onClose: () => void;
  onSave: (values: FormValues) => Promise<FieldIssue[]>;
  onDelete: (record: RecordOf[K]) => void;
};

/** The detail drawer: a record's fields, and the form that creates or edits it. */
export const RecordDrawer = <K extends RegistryKind>({ config, lookups, record, editing, onEditChange, onClose, onSave, onDelete }: Props<K>) => {
  const isNew = record === 'new';
  const title = isNew ? `新建${config.title}` : editing ? `编辑${config.describeName(record)}` : config.describeName(record);
  return (
    <Drawer
      open
      title={title}
      size={560}
      onClose={onClose}
      destroyOnHidden
      data-testid="record-drawer"
      extra={
        !isNew &&
        !editing && (
          <Space>
            <Button icon={<EditOutlined />} onClick={() => onEditChange(true)} data-testid="edit-record">
              编辑
            </Button>
            <Popconfirm title={`删除${config.describeName(record)}？`} description="删除后可在提示中撤销" okText="删除" cancelText="取消" okButtonProps={{ danger: true, 'data-testid': 'confirm-delete' }} onConfirm={() => onDelete(record)}>
              <Button danger icon={<DeleteOutlined />} data-testid="delete-record">
                删除
              </Button>
            </Popconfirm>
          </Space>
        )
      }
    >
      {isNew || editing ? (
        <RecordForm
          fields={config.formFields}
          initialValues={isNew ? config.emptyValues() : config.toFormValues(record)}
          lookups={lookups}
          onSubmit={onSave}
          onCancel={isNew ? onClose : () => onEditChange(false)}
          submitLabel={isNew ? '创建' : '保存'}
        />
      ) : (
        <Descriptions column={1} bordered size="small" items={config.details(record, lookups).map((d, i) => ({ key: i, label: d.label, children: d.value }))} />
      )}
    </Drawer>
  );
};
