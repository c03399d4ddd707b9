import { useState } from 'react';
import { App as AntApp } from 'antd';
import { generateDemoFair } from '@shared/demo';
import { useDesk } from '../../app/DeskContext';
import { setActiveEvent } from '../../db/events';
import { loadFair } from '../../db/fairSnapshot';

/** 加载演示活动: stores the generated fair and makes it the active one; offered wherever the app is still empty. */
export const useLoadDemo = (): { loading: boolean; loadDemo: () => Promise<void> } => {
  const db = useDesk();
  const { message } = AntApp.useApp();
  const [loading, setLoading] = useState(false);
  const loadDemo = async () => {
    setLoading(true);
    try {
      const fair = generateDemoFair({});
      const result = await loadFair(db, fair);
      if (result.ok) message.success(`已载入演示活动：${fair.participants.length} 位参会人，${fair.needs.length} 项需求，${fair.achievements.length} 项成果`);
      else await setActiveEvent(db, fair.event.id);
    } catch (e) {
      message.error(`载入演示活动失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setLoading(false);
    }
  };
  return { loading, loadDemo };
};
