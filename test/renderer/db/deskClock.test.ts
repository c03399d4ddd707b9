import { describe, expect, it } from 'vitest';
import { openDeskDatabase } from '../../../renderer/db/database';
import { deskClock, LAST_STAMP_KEY } from '../../../renderer/db/deskClock';

describe('the desk clock', () => {
  it('follows a newer stamp written by another window or a worker, so its next edit is stamped after it', async () => {
    const name = `clock-${Date.now()}`;
    const here = openDeskDatabase(name);
    const elsewhere = openDeskDatabase(name);
    const clock = await deskClock(here);
    const ahead = '2099-01-01T00:00:00.000Z_0000_dev-0123456789ab';
    await elsewhere.meta.put({ key: LAST_STAMP_KEY, value: ahead });
    await expect.poll(() => clock.next() > ahead).toBe(true);
    here.close();
    elsewhere.close();
  });
});
