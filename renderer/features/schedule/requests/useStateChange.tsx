import { useCallback } from 'react';
import { App as AntApp } from 'antd';
import type { RequestState } from '@shared/model';
import { useDesk } from '../../../app/DeskContext';
import { updateRequestStates } from '../../../db/meetingRequests';

/** What the organiser does, by the state it leads to. */
export const STATE_VERBS: Record<RequestState, string> = { 已接受: '接受', 已拒绝: '拒绝', 已取消: '取消', 待确认: '恢复为待确认' };

/** Above this many rows a bulk change asks first: a stray click on 全选 should not decline a whole fair. */
export const CONFIRM_ABOVE = 20;

/**
 * Moves requests to a state through the repository (one transaction), asking
 * first for large batches and reporting the outcome; a refusal names the
 * reason in Chinese and nothing was written. Resolves to whether it wrote.
 */
export const useStateChange = (eventId: string) => {
  const db = useDesk();
  const { message, modal } = AntApp.useApp();
  return useCallback(
    async (ids: readonly string[], state: RequestState): Promise<boolean> => {
      if (ids.length === 0) return false;
      const verb = STATE_VERBS[state];
      if (ids.length > CONFIRM_ABOVE) {
        const confirmed = await modal.confirm({
          title: `${verb} ${ids.length} 条约谈申请？`,
          content: state === '已接受' ? '接受后这些约谈将参与排期。' : '可以随时改回，但重复的申请不能重新启用。',
          okText: verb,
          cancelText: '不了',
          okButtonProps: { 'data-testid': 'confirm-bulk' },
        });
        if (!confirmed) return false;
      }
      const result = await updateRequestStates(db, eventId, ids, state);
      if (!result.ok) {
        message.error({
          content: <span data-testid="state-refused">未能{verb}，未作任何更改：{result.issues.map((i) => i.message).join('；')}</span>,
          duration: 8,
        });
        return false;
      }
      const { updated, unchanged } = result.value;
      message.success(`已${verb} ${updated.length} 条约谈申请${unchanged > 0 ? `（另有 ${unchanged} 条原已是“${state}”）` : ''}`);
      return true;
    },
    [db, eventId, message, modal],
  );
};
