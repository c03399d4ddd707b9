import { useEffect, useState } from 'react';
import { useDesk } from '../../app/DeskContext';
import { deskClock } from '../../db/deskClock';

/**
 * This laptop's device id, so the history can say 本机 or 其他设备. Read
 * outside a live query: the clock may create the id, a write that a live
 * query may not make.
 */
export const useThisDevice = (): string | undefined => {
  const db = useDesk();
  const [deviceId, setDeviceId] = useState<string>();
  useEffect(() => {
    let live = true;
    void deskClock(db).then((clock) => live && setDeviceId(clock.deviceId));
    return () => {
      live = false;
    };
  }, [db]);
  return deviceId;
};
