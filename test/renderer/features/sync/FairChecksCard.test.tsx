import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { DeskContext } from '../../../../renderer/app/DeskContext';
import { FairChecksCard } from '../../../../renderer/features/sync/FairChecksCard';
import { createRecord } from '../../../../renderer/db/registry';
import { dbWithEvent } from '../../db/testDb';

describe('合并后需核对', () => {
  it('lists the same mobile on two people after a merge, and shows nothing for a clean fair', async () => {
    const { db, eventId } = await dbWithEvent();
    const first = await createRecord(db, 'participants', eventId, { name: '张伟', mobile: '13800138000', roles: ['需求方'], badgeCode: '' });
    if (!first.ok) throw new Error('person');
    const view = render(
      <DeskContext.Provider value={db}>
        <FairChecksCard eventId={eventId} />
      </DeskContext.Provider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(view.container.textContent).toBe('');
    // What a merge can bring: the same walk-in registered at a second desk.
    await db.participants.put({ ...first.value, id: 'ppl_01ks26c4008bdgc6wxk0ffw4h9', badgeCode: 'ZZ9999' });
    expect(await screen.findByText(/手机号 138\*\*\*\*8000 同时登记在“张伟”、“张伟”名下/)).toBeTruthy();
  });
});
