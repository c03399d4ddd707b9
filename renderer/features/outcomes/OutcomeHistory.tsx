import { Collapse, Typography } from 'antd';
import type { OutcomeRevision } from '@shared/model';
import { describeEditor, stampTime } from '../../db/outcomes';
import { FIELD_LABELS, fieldText, OUTCOME_FIELDS, type OutcomeField, type TopicTitles } from './outcomeFields';

const isField = (name: string): name is OutcomeField => (OUTCOME_FIELDS as string[]).includes(name);

/** One save: who and when, then each changed field as old → new (the first save lists what it recorded). */
const RevisionItem = ({ revision, previous, here, titles }: { revision: OutcomeRevision; previous: OutcomeRevision | undefined; here: string; titles: TopicTitles }) => {
  const fields = revision.changed.filter(isField);
  return (
    <li style={{ marginBottom: 10 }} data-testid="history-item">
      <Typography.Text strong>{describeEditor(revision.editor, here)}</Typography.Text>
      <Typography.Text type="secondary"> 于 {stampTime(revision.at)} {previous ? '修改' : '首次记录'}</Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
        {fields.map((f) => (
          <li key={f}>
            {FIELD_LABELS[f]}：
            {previous ? (
              <>
                <Typography.Text delete type="secondary">
                  {fieldText(f, previous.values[f], titles)}
                </Typography.Text>
                {' → '}
              </>
            ) : null}
            {fieldText(f, revision.values[f], titles)}
          </li>
        ))}
      </ul>
    </li>
  );
};

/** 修改记录: every save of the outcome, newest first, folded away until asked for. */
export const OutcomeHistory = ({ history, here, titles }: { history: readonly OutcomeRevision[]; here: string; titles: TopicTitles }) => {
  if (history.length === 0) return null;
  const items = history.map((revision, i) => ({ revision, previous: history[i - 1] })).reverse();
  return (
    <Collapse
      size="small"
      data-testid="outcome-history"
      items={[
        {
          key: 'history',
          label: `修改记录（保存 ${history.length} 次）`,
          children: (
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {items.map(({ revision, previous }) => (
                <RevisionItem key={revision.id} revision={revision} previous={previous} here={here} titles={titles} />
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
};
