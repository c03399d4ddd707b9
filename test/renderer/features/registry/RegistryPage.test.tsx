import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../../renderer/app/App';
import { useNavigation } from '../../../../renderer/app/navigation';
import { createRecord } from '../../../../renderer/db/registry';
import { dbWithEvent } from '../../db/testDb';

const setup = async () => {
  const { db, eventId } = await dbWithEvent();
  const org = await createRecord(db, 'organisations', eventId, { kind: '高校', name: '清华大学' });
  if (!org.ok) throw new Error('org');
  await createRecord(db, 'participants', eventId, { name: '张伟', organisationId: org.value.id, mobile: '13800138000', roles: ['专家'], badgeCode: 'ZW01' });
  await createRecord(db, 'participants', eventId, { name: '李娜', mobile: '13900139000', roles: ['需求方'], badgeCode: 'LN01' });
  useNavigation.setState({ page: 'participants' });
  render(<App db={db} />);
  await screen.findByTestId('registry-participants', {}, { timeout: 15_000 });
  return db;
};

describe('参会人 list', () => {
  it('counts the participants and narrows the list as the organiser types pinyin initials', async () => {
    await setup();
    await waitFor(() => expect(screen.getByTestId('registry-count').textContent).toContain('共 2 条'), { timeout: 10_000 });
    await userEvent.type(screen.getByTestId('registry-search'), 'ln');
    await waitFor(() => expect(screen.getByTestId('registry-count').textContent).toContain('显示 1 条'), { timeout: 10_000 });
  });

  it('shows the Chinese reason a new participant is refused and stores nothing', async () => {
    const db = await setup();
    await userEvent.click(screen.getByTestId('create-record'));
    const drawer = await screen.findByTestId('record-drawer');
    await userEvent.type(within(drawer).getByTestId('input-name'), '王芳');
    await userEvent.type(within(drawer).getByTestId('input-mobile'), '13800138000');
    await userEvent.click(within(drawer).getByTestId('form-submit'));
    // Roles are required, and the mobile belongs to 张伟 already.
    expect(await within(drawer).findByText('至少选择一个参会角色')).toBeTruthy();
    expect(await db.participants.count()).toBe(2);
  });
});
