/** The floor staff at the 现场 page in component tests: the fair at a rehearsal moment, and the steps taken on the board. */
import { expect } from 'vitest';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { localMs } from '@shared/floor';
import { writeClockOffset } from '../../../../renderer/db/fairClock';
import { FloorPage } from '../../../../renderer/features/floor/FloorPage';
import { floorUiState, useFloorUi } from '../../../../renderer/features/floor/store';
import { openDesk } from '../../support/desk';
import type { FloorFair } from './floorFair';

// Live queries over fake-indexeddb with other test files running on a two-core machine can take past a second.
configure({ asyncUtilTimeout: 8_000 });

/** Opens the floor with the fair's clock at `hhmm` on `date` (a rehearsal, as 演练时间 sets it). */
export const openFloor = async (fair: FloorFair, hhmm: string, date = '2026-05-20') => {
  useFloorUi.setState(floorUiState(useFloorUi.setState, useFloorUi.getState, useFloorUi));
  await writeClockOffset(fair.db, fair.eventId, localMs(date, hhmm) - Date.now());
  const user = await openDesk(fair.db, fair.eventId, (data) => <FloorPage data={data} />);
  await screen.findByTestId('floor-board');
  const stateOf = (table: number) => screen.getByTestId(`floor-state-${table}`).textContent;
  return {
    user,
    stateOf,
    row: (table: number) => within(screen.getByTestId(`floor-row-${table}`)),
    waitForState: (table: number, state: string) => waitFor(() => expect(stateOf(table)).toBe(state)),
    click: (testId: string) => fireEvent.click(screen.getByTestId(testId)),
    /** Switches the board to 本轮 / 下一轮 / 上一轮 by the Segmented's label. */
    showView: async (label: RegExp) => user.click(within(screen.getByTestId('floor-view')).getByText(label)),
    /** Picks an option of an antd Select by typing part of its label. */
    choose: async (testId: string, typed: string, label: string | RegExp) => {
      const box = within(screen.getByTestId(testId)).getByRole('combobox');
      await user.click(box);
      if (typed) await user.type(box, typed);
      const option = await waitFor(() => {
        // rc-select ids are all “test-id” under test, so aria-controls cannot tell dropdowns apart: the open one is the one not leaving.
        const open = [...document.querySelectorAll<HTMLElement>('.ant-select-dropdown')].filter((d) => !/-leave|-hidden/.test(d.className));
        const found = [...(open.at(-1)?.querySelectorAll<HTMLElement>('.ant-select-item-option') ?? [])].find((o) =>
          typeof label === 'string' ? o.textContent === label : label.test(o.textContent ?? ''),
        );
        if (!found) throw new Error(`no option ${String(label)}`);
        return found;
      });
      await user.click(option);
    },
  };
};
