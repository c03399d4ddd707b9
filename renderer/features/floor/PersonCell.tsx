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
 * Plain elements styled by the board's stylesheet (floorStyles.tsx), not
 * antd components: a screenful of rows re-renders on every mark.
 */
export const PersonCell = ({ person, expected, onAbsent, testId }: Props) => {
  const missing = expected && !isPresent(person);
  const label = person.organisation ? `${person.name} · ${person.organisation}` : person.name;
  return (
    <div className={missing ? 'dd-floor-person dd-floor-missing' : 'dd-floor-person'} data-testid={testId} data-missing={missing || undefined} title={label}>
      <strong className="dd-floor-name">{person.name}</strong>
      {person.organisation ? <span className="dd-floor-org">· {person.organisation}</span> : <span style={{ flex: 1 }} />}
      {missing && <span className="dd-floor-tag dd-floor-tag-orange">{person.checkIn}</span>}
      {onAbsent && (
        <button type="button" className="dd-floor-icon" title={`${person.name} 本日缺席`} aria-label={`${person.name} 本日缺席`} onClick={onAbsent} data-testid={`${testId}-absent`}>
          <UserDeleteOutlined />
        </button>
      )}
    </div>
  );
};
