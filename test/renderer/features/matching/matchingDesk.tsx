/** The organiser's side of the 精准对接 page in component tests: a small fair and the steps taken on it. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Field } from '@shared/model';
import { App } from '../../../../renderer/app/App';
import { useNavigation } from '../../../../renderer/app/navigation';
import type { DeskDatabase } from '../../../../renderer/db/database';
import { createRecord } from '../../../../renderer/db/registry';
import type { MatchClient } from '../../../../renderer/features/matching/client/types';
import { MatchClientFactory } from '../../../../renderer/features/matching/MatchingSession';
import { useMatchingUi } from '../../../../renderer/features/matching/store';
import { dbWithEvent } from '../../db/testDb';
import { fakeMatchClient, suggestion } from './fakeMatchClient';

const created = <T,>(result: { ok: true; value: T } | { ok: false }): T => {
  if (!result.ok) throw new Error('fixture refused');
  return result.value;
};

/** A small fair: one enterprise with two needs, one university with three achievements. */
export const fair = async () => {
  const { db, eventId } = await dbWithEvent();
  const company = created(await createRecord(db, 'organisations', eventId, { kind: '企业', name: '北京智感科技有限公司', region: '北京' }));
  const university = created(await createRecord(db, 'organisations', eventId, { kind: '高校', name: '清华大学', region: '北京' }));
  await createRecord(db, 'participants', eventId, { name: '张伟', organisationId: company.id, mobile: '13800000001', roles: ['需求方'], badgeCode: 'ZW01' });
  await createRecord(db, 'participants', eventId, { name: '李娜', organisationId: university.id, mobile: '13800000002', roles: ['成果方'], badgeCode: 'LN01' });
  const need = (title: string, field: Field, keywords: string[], description: string) =>
    createRecord(db, 'needs', eventId, { title, ownerId: company.id, field, keywords, description, cooperationModes: ['合作开发'] }).then(created);
  const achievement = (title: string, field: Field, keywords: string[], summary: string) =>
    createRecord(db, 'achievements', eventId, { title, ownerId: university.id, field, keywords, summary, maturity: '中试', patents: [], cooperationModes: ['合作开发'] }).then(created);
  const battery = await need('锂电池热失控预警系统', '新能源', ['锂电池', '热失控'], '储能电站需要提前发现锂电池热失控。');
  const vision = await need('产线视觉缺陷检测', '新一代信息技术', ['机器视觉'], '检测金属表面划痕。');
  const warning = await achievement('锂离子电池安全预警技术', '新能源', ['锂离子电池', '热失控'], '多参数融合的热失控早期预警。');
  const reuse = await achievement('动力电池梯次利用', '新能源', ['动力电池'], '退役电池检测与重组。');
  const inspect = await achievement('机器视觉表面缺陷检测', '新一代信息技术', ['机器视觉'], '深度学习检测金属表面缺陷。');
  const client = fakeMatchClient({
    [battery.id]: [
      suggestion(warning.id, 0.82, ['共同关键词：锂离子电池、热失控', '领域相同：新能源'], ['锂离子电池', '热失控']),
      suggestion(reuse.id, 0.41, ['共同关键词：电池', '领域相同：新能源'], ['电池']),
    ],
    [vision.id]: [suggestion(inspect.id, 0.9, ['共同关键词：机器视觉、缺陷检测'], ['机器视觉', '缺陷检测'])],
  });
  return { db, eventId, client, battery, vision, warning, reuse, inspect };
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
    choosePriority: async (priority: string) => user.click(await screen.findByText(new RegExp(`^${priority}（`))),
  };
};
