import { Button, Tag, Typography } from 'antd';
import { UserDeleteOutlined } from '@ant-design/icons';
import { isPresent, type BoardPerson } from '@shared/floor';

type Props = {
  person: BoardPerson;
  /** The meeting still takes its seat: someone missing is to be fetched (a no-show's people are not). */
  expected: boolean;
  /** Offered while the person's day is not over at this slot. */
  onAbsent?: () => void;
  testId: string;
};

/**
 * One side of a meeting: name · organisation. Someone expected who has not
 * checked in stands out in orange, so the staff walking the hall fetch them.
 */
export const PersonCell = ({ person, expected, onAbsent, testId }: Props) => {
  const missing = expected && !isPresent(person);
  return (
    <div className={missing ? 'dd-floor-person dd-floor-missing' : 'dd-floor-person'} data-testid={testId} data-missing={missing || undefined}>
      <Typography.Text strong ellipsis style={{ maxWidth: '45%' }}>
        {person.name}
      </Typography.Text>
      {person.organisation && (
        <Typography.Text type="secondary" ellipsis style={{ flex: 1, minWidth: 0 }}>
          · {person.organisation}
        </Typography.Text>
      )}
      {!person.organisation && <span style={{ flex: 1 }} />}
      {missing && (
        <Tag color="orange" style={{ marginInlineEnd: 0 }}>
          {person.checkIn}
        </Tag>
      )}
      {onAbsent && (
        <Button type="text" size="small" icon={<UserDeleteOutlined />} title={`${person.name} 本日缺席`} aria-label={`${person.name} 本日缺席`} onClick={onAbsent} data-testid={`${testId}-absent`} />
      )}
    </div>
  );
};
