import { Alert } from 'antd';

type Props = { messages: readonly string[]; testId: string };

/** A refused import: the batch is one transaction, so nothing was written; each message names the sheet row that stopped it. */
export const CommitError = ({ messages, testId }: Props) => (
  <Alert
    type="error"
    showIcon
    title="导入未完成，数据库未作任何修改"
    description={messages.map((m) => (
      <div key={m}>{m}</div>
    ))}
    data-testid={testId}
  />
);
