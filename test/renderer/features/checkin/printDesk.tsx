import { configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { afterEach, beforeEach, vi } from 'vitest';
import type { DockingEvent } from '@shared/model';
import { mapChannels, ok, type Bridge, type PrintJob } from '../../../../shared/bridge';
import { DeskContext } from '../../../../renderer/app/DeskContext';
import { BadgePrintMenu } from '../../../../renderer/features/checkin/BadgePrintMenu';
import { usePrintPrefs } from '../../../../renderer/features/checkin/print/printPrefs';
import { checkInUiState, useCheckInUi } from '../../../../renderer/features/checkin/store';
import { ResultPanel } from '../../../../renderer/features/checkin/ResultCard';
import type { DeskActions } from '../../../../renderer/features/checkin/useDeskActions';
import { useRegistryData } from '../../../../renderer/features/registry/useRegistryData';
import type { CheckInFair } from './checkInFair';

/** Each test starts with an empty desk, PDF output on A4 sheets, and the real bridge back. */
export const resetPrintDeskBetweenTests = () => {
  configure({ asyncUtilTimeout: 10_000 });
  beforeEach(() => useCheckInUi.setState(checkInUiState(useCheckInUi.setState, useCheckInUi.getState, useCheckInUi)));
  afterEach(() => {
    vi.unstubAllGlobals();
    usePrintPrefs.setState({ target: 'pdf', badgeLayout: 'sheet' });
  });
};

const noActions: DeskActions = { checkInPerson: async () => {}, checkInBadge: async () => {}, undo: async () => {}, leave: async () => {} };

/** The desktop app's bridge: a printer that prints and a save dialog that saves. */
export const fakePrintHost = () => {
  const toPrinter = vi.fn<Bridge['print:toPrinter']>(async () => ok({ printed: true }));
  const toPdf = vi.fn<Bridge['print:toPdf']>(async () => ok({ path: '/tmp/胸卡.pdf' }));
  vi.stubGlobal('dockingDesk', { ...(mapChannels(() => vi.fn()) as unknown as Bridge), 'print:toPrinter': toPrinter, 'print:toPdf': toPdf });
  return { toPrinter, toPdf };
};

/** The desk's two places to print from: the batch badge menu and the result card of the person shown. */
const PrintDesk = ({ event }: { event: DockingEvent }) => {
  const data = useRegistryData(event);
  return data ? (
    <>
      <BadgePrintMenu data={data} />
      <ResultPanel data={data} actions={noActions} />
    </>
  ) : null;
};

export const openPrintDesk = async (fair: CheckInFair) => {
  const event = await fair.db.events.get(fair.eventId);
  if (!event) throw new Error('event');
  render(
    <AntApp>
      <DeskContext.Provider value={fair.db}>
        <PrintDesk event={event} />
      </DeskContext.Provider>
    </AntApp>,
  );
  await screen.findByTestId('print-badges');
  return userEvent.setup();
};

export const lastJob = (calls: [PrintJob][]): PrintJob => {
  const job = calls.at(-1)?.[0];
  if (!job) throw new Error('no print job');
  return job;
};

export const badgesIn = (job: PrintJob) => new DOMParser().parseFromString(job.html ?? '', 'text/html');
