import { Fragment } from 'react';
import { Typography } from 'antd';
import { REQUEST_STATES, type RequestState } from '@shared/model';
import type { StateCounts } from './filters';

type Props = { counts: StateCounts; onPick: (state: RequestState) => void };

/** 待确认 n · 已接受 n · 已拒绝 n · 已取消 n over the whole event; a click shows only that state. */
export const RequestCounters = ({ counts, onPick }: Props) => (
  <Typography.Text data-testid="request-counts">
    {REQUEST_STATES.map((state, i) => (
      <Fragment key={state}>
        {i > 0 && ' · '}
        <Typography.Link onClick={() => onPick(state)} data-testid={`count-${state}`}>
          {state} {counts[state]}
        </Typography.Link>
      </Fragment>
    ))}
  </Typography.Text>
);
