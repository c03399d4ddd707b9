import { App as AntApp } from 'antd';
import { DEFAULT_WEIGHTS } from '@shared/matching';
import type { DockingEvent, MatchSettings } from '@shared/model';
import { useDesk } from '../../app/DeskContext';
import { updateMatchSettings } from '../../db/matchSettings';

/** The defaults are stored as no settings at all, so a later change of the defaults reaches this fair too. */
const isDefault = (s: MatchSettings): boolean =>
  // Spread over the defaults so both strings list the keys in the same order.
  JSON.stringify({ ...DEFAULT_WEIGHTS, ...s.weights }) === JSON.stringify(DEFAULT_WEIGHTS) && s.dictionary.length === 0 && s.synonyms.length === 0;

/** Saves 匹配设置 to the fair; the session sees the new event and re-indexes. Resolves with whether it was saved. */
export const useSaveSettings = (event: DockingEvent): ((settings: MatchSettings) => Promise<boolean>) => {
  const db = useDesk();
  const { message } = AntApp.useApp();
  return async (settings) => {
    const result = await updateMatchSettings(db, event.id, isDefault(settings) ? undefined : settings);
    if (!result.ok) {
      message.error(`匹配设置未保存：${result.issues.map((i) => i.message).join('；')}`);
      return false;
    }
    message.success('匹配设置已保存，推荐将按新设置重新计算');
    return true;
  };
};
