import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../renderer/db/bundleExport';
import type { ImportProgress } from '../../../renderer/db/importProgress';
import { localImportSession, openImportSession } from '../../../renderer/db/importSession';
import { twoLaptops, stateText } from './laptops';

describe('an import session', () => {
  it('previews with figures only, then commits what it previewed', async () => {
    const { a, b, eventId } = await twoLaptops();
    const bundle = await exportBundle(a, { eventId, target: 'laptop', kind: 'full' });
    const session = openImportSession(b);
    const preview = await session.preview(bundle.data);
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.plan.writes).toBe(3);
    expect(preview.value).not.toHaveProperty('state');
    expect(preview.value.newest).toMatch(/_dev-/);
    const done = await session.commit();
    expect(done.ok && done.value.plan.counts.participants.added).toBe(1);
    expect(await stateText(b, eventId)).toBe(await stateText(a, eventId));
  });

  it('refuses a commit without a preview', async () => {
    const { b } = await twoLaptops();
    const done = await localImportSession(b).commit();
    expect(done.ok ? '' : done.error.code).toBe('NOT_PREVIEWED');
  });

  it('tells how far the preview and the commit have got, ending with every record written', async () => {
    const { a, b, eventId } = await twoLaptops();
    const bundle = await exportBundle(a, { eventId, target: 'laptop', kind: 'full' });
    const session = localImportSession(b);
    const previewing: ImportProgress[] = [];
    await session.preview(bundle.data, undefined, (p) => previewing.push(p));
    // Throttled: the first report at once, the last one before the answer.
    expect(previewing[0]).toEqual({ stage: 'verify' });
    expect(previewing.at(-1)).toEqual({ stage: 'compare' });
    const committing: ImportProgress[] = [];
    const done = await session.commit((p) => committing.push(p));
    expect(done.ok).toBe(true);
    expect(committing.at(-1)).toMatchObject({ stage: 'write', done: 3, total: 3 });
  });
});
