import { Alert, Button, Table } from 'antd';
import type { Outcome, OutcomeDraft } from '@shared/model';
import { differingFields, FIELD_LABELS, fieldText, type OutcomeField, type TopicTitles } from './outcomeFields';

/** A save refused because another one came first: the message, and what the organiser typed that differs from it. */
export type Conflict = {
  message: string;
  typed: OutcomeDraft;
  latest: Outcome | undefined;
  /** The fields the form edits (a meeting with a request takes its topic from the request). */
  fields: readonly OutcomeField[];
  restored: boolean;
};

type Row = { field: OutcomeField; latest: string; typed: string };

/**
 * Shown above the form after a conflict: the form holds the latest stored
 * outcome, and this table keeps every value the organiser typed beside it,
 * with one button to take them back into the form. Nothing typed is lost.
 */
export const ConflictNotice = ({ conflict, titles, onRestore }: { conflict: Conflict; titles: TopicTitles; onRestore(): void }) => {
  const latest: Partial<Record<OutcomeField, unknown>> = conflict.latest ?? {};
  const typed: Partial<Record<OutcomeField, unknown>> = conflict.typed;
  const rows: Row[] = differingFields(latest, typed, conflict.fields).map((field) => ({ field, latest: fieldText(field, latest[field], titles), typed: fieldText(field, typed[field], titles) }));
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="outcome-conflict"
      title={conflict.restored ? '已恢复您填写的内容：保存将以此替换下表中的最新内容' : conflict.message}
      description={
        rows.length === 0 ? (
          '您填写的内容与最新内容相同。'
        ) : (
          <>
            <Table<Row>
              size="small"
              rowKey="field"
              pagination={false}
              dataSource={rows}
              style={{ margin: '8px 0' }}
              data-testid="conflict-table"
              columns={[
                { title: '字段', dataIndex: 'field', width: 90, render: (f: OutcomeField) => FIELD_LABELS[f] },
                { title: '最新内容（已保存）', dataIndex: 'latest' },
                { title: '您填写的（未保存）', dataIndex: 'typed' },
              ]}
            />
            {!conflict.restored && (
              <Button size="small" onClick={onRestore} data-testid="conflict-restore">
                改用我填写的内容
              </Button>
            )}
          </>
        )
      }
    />
  );
};
