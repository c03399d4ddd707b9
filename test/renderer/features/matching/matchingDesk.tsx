/** The organiser's side of the 精准对接 page in component tests: a small fair and the steps taken on it. */
import { expect } from 'vitest';
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Field, ParticipantRole } from '@shared/model';
import { App } from '../../../../renderer/app/App';
import { useNavigation } from '../../../../renderer/app/navigation';
import type { DeskDatabase } from '../../../../renderer/db/database';
import { createRecord } from '../../../../renderer/db/registry';
import type { MatchClient } from '../../../../renderer/features/matching/client/types';
import { MatchClientFactory } from '../../../../renderer/features/matching/MatchingSession';
import { useMatchingUi } from '../../../../renderer/features/matching/store';
import { dbWithEvent } from '../../db/testDb';
import { fakeMatchClient, suggestion, type FakeMatchClient } from './fakeMatchClient';

// The page answers after fake-indexeddb's live queries and the engine's load; with the
// matching files running side by side on a two-core machine that can take past the default second.
configure({ asyncUtilTimeout: 5_000 });

const created = <T,>(result: { ok: true; value: T } | { ok: false }): T => {
  if (!result.ok) throw new Error('fixture refused');
  return result.value;
};

/**
 * A small fair: one enterprise with two needs (张伟's and 刘洋's), one
 * university with three achievements (two of 李娜's, one of 陈静's), and an
 * expert, 王强, ranked for the battery need.
 */
export const fair = async () => {
  const { db, eventId } = await dbWithEvent();
  const company = created(await createRecord(db, 'organisations', eventId, { kind: '企业', name: '北京智感科技有限公司', region: '北京' }));
  const university = created(await createRecord(db, 'organisations', eventId, { kind: '高校', name: '清华大学', region: '北京' }));
  const institute = created(await createRecord(db, 'organisations', eventId, { kind: '科研院所', name: '中国科学院物理研究所', region: '北京' }));
  const person = (name: string, organisationId: string, role: ParticipantRole, n: number, expertise?: string[]) =>
    createRecord(db, 'participants', eventId, { name, organisationId, mobile: `1380000000${n}`, roles: [role], badgeCode: `P${n}00`, ...(expertise ? { expertise } : {}) }).then(created);
  const zhang = await person('张伟', company.id, '需求方', 1);
  const li = await person('李娜', university.id, '成果方', 2);
  const liu = await person('刘洋', company.id, '需求方', 3);
  const chen = await person('陈静', university.id, '成果方', 4);
  const wang = await person('王强', institute.id, '专家', 5, ['储能安全']);
  const need = (title: string, contactId: string, field: Field, keywords: string[], description: string) =>
    createRecord(db, 'needs', eventId, { title, ownerId: company.id, contactId, field, keywords, description, cooperationModes: ['合作开发'] }).then(created);
  const achievement = (title: string, contactId: string, field: Field, keywords: string[], summary: string) =>
    createRecord(db, 'achievements', eventId, { title, ownerId: university.id, contactId, field, keywords, summary, maturity: '中试', patents: [], cooperationModes: ['合作开发'] }).then(created);
  const battery = await need('锂电池热失控预警系统', zhang.id, '新能源', ['锂电池', '热失控'], '储能电站需要提前发现锂电池热失控。');
  const vision = await need('产线视觉缺陷检测', liu.id, '新一代信息技术', ['机器视觉'], '检测金属表面划痕。');
  const warning = await achievement('锂离子电池安全预警技术', li.id, '新能源', ['锂离子电池', '热失控'], '多参数融合的热失控早期预警。');
  const reuse = await achievement('动力电池梯次利用', chen.id, '新能源', ['动力电池'], '退役电池检测与重组。');
  const inspect = await achievement('机器视觉表面缺陷检测', li.id, '新一代信息技术', ['机器视觉'], '深度学习检测金属表面缺陷。');
  const client = fakeMatchClient(
    {
      [battery.id]: [
        suggestion(warning.id, 0.82, ['共同关键词：锂离子电池、热失控', '领域相同：新能源'], ['锂离子电池', '热失控']),
        suggestion(reuse.id, 0.41, ['共同关键词：电池', '领域相同：新能源'], ['电池']),
      ],
      [vision.id]: [suggestion(inspect.id, 0.9, ['共同关键词：机器视觉、缺陷检测'], ['机器视觉', '缺陷检测'])],
    },
    { [battery.id]: [suggestion(wang.id, 0.6, ['专长领域：储能安全'], ['储能安全'])] },
  );
  return { db, eventId, client, battery, vision, warning, reuse, inspect, people: { zhang, li, liu, chen, wang } };
};

/** The organiser at the 精准对接 page, step by step. */
export const openMatching = async (db: DeskDatabase, client: MatchClient | (() => MatchClient)) => {
  const user = userEvent.setup();
  useMatchingUi.getState().reset();
  useNavigation.setState({ page: 'matching' });
  render(
    <MatchClientFactory.Provider value={typeof client === 'function' ? client : () => client}>
      <App db={db} />
    </MatchClientFactory.Provider>,
  );
  await screen.findByTestId('matching', {}, { timeout: 15_000 });
  const card = (title: string) => screen.getAllByTestId('suggestion-card').find((c) => within(c).getByTestId('suggestion-title').textContent === title);
  const cardTitles = () => screen.queryAllByTestId('suggestion-title').map((t) => t.textContent);
  // Until the engine has its index the button shows a spinner and ignores clicks.
  const startBulk = async () => {
    await waitFor(() => expect(screen.getByTestId('bulk-start')).toHaveProperty('disabled', false));
    await user.click(screen.getByTestId('bulk-start'));
  };
  return {
    user,
    cardTitles,
    pickNeed: async (title: string) => {
      await user.click(await within(screen.getByTestId('need-picker')).findByText(title));
    },
    within: (title: string) => {
      const c = card(title);
      if (!c) throw new Error(`no card ${title}`);
      return within(c);
    },
    /** 开始生成 in the open bulk modal. */
    startBulk,
    choosePriority: async (priority: string) => user.click(await screen.findByText(new RegExp(`^${priority}（`))),
    /** 为所有需求生成推荐 of one kind, letting the fake engine through each need, until the review shows. */
    generateAll: async (client: FakeMatchClient, kind: '推荐成果' | '推荐专家') => {
      await user.click(screen.getByTestId('bulk-open'));
      await user.click(await screen.findByRole('radio', { name: kind }));
      await startBulk();
      const total = client.corpus?.needs.length ?? 0;
      for (let done = 0; done < total; done++) {
        await waitFor(() => expect(screen.getByTestId('bulk-progress-text').textContent).toBe(`已完成 ${done} / ${total} 项需求`));
        act(() => client.step());
      }
      await waitFor(() => expect(screen.queryByTestId('bulk-progress')).toBeNull());
      return screen.findByTestId('bulk-review');
    },
    reviewBy: async (mode: '按需求' | '按参会人') => user.click(within(screen.getByTestId('review-modes')).getByText(mode)),
    /** The review table's rows on the page shown. */
    reviewRows: () => within(screen.getByTestId('bulk-review')).getAllByRole('row').filter((r) => r.classList.contains('ant-table-row')),
  };
};
