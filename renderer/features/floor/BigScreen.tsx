import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { Button } from 'antd';
import { FullscreenExitOutlined } from '@ant-design/icons';
import { slotStartMs, type SlotBoard } from '@shared/floor';
import type { Slot } from '@shared/model';
import { occupiesSeat } from '@shared/scheduling/fair';
import { BIG_SCREEN_LAYOUT, pageCount, pageGrid, pageOf } from './bigScreenPages';
import { clockFace, countdown, datedSession } from './format';

type Props = {
  /** The next slot to start, or none when the day's meetings are all over. */
  slot: Slot | undefined;
  /** Its board, once its meetings are read. */
  board: SlotBoard | undefined;
  now: number;
  onClose(): void;
};

const css = `
.dd-big { position: fixed; inset: 0; z-index: 2000; background: #0b1f3a; color: #fff; display: flex; flex-direction: column; padding: 28px 40px; box-sizing: border-box; font-family: inherit; }
.dd-big-head { display: flex; align-items: center; gap: 32px; border-bottom: 2px solid rgba(255,255,255,0.2); padding-bottom: 16px; }
.dd-big-title { font-size: 44px; font-weight: 700; flex: 1; min-width: 0; }
.dd-big-session { font-size: 22px; font-weight: 400; color: rgba(255,255,255,0.7); }
.dd-big-count { font-size: 30px; color: #ffd666; font-variant-numeric: tabular-nums; }
.dd-big-clock { font-size: 26px; color: rgba(255,255,255,0.75); font-variant-numeric: tabular-nums; }
.dd-big-body { flex: 1; display: grid; grid-auto-flow: column; gap: 0 36px; padding-top: 18px; min-height: 0; overflow: hidden; }
.dd-big-entry { display: flex; align-items: center; gap: 18px; height: ${BIG_SCREEN_LAYOUT.entryHeight}px; border-bottom: 1px solid rgba(255,255,255,0.12); min-width: 0; }
.dd-big-number { font-size: 46px; font-weight: 800; width: 96px; text-align: right; color: #69b1ff; font-variant-numeric: tabular-nums; flex: none; }
.dd-big-names { min-width: 0; font-size: 24px; line-height: 1.35; }
.dd-big-names > div { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.dd-big-names small { font-size: 19px; color: rgba(255,255,255,0.65); }
.dd-big-foot { display: flex; justify-content: space-between; font-size: 22px; color: rgba(255,255,255,0.7); padding-top: 10px; }
.dd-big-empty { font-size: 40px; margin: auto; color: rgba(255,255,255,0.8); }
`;

/**
 * 大屏模式: 下一轮洽谈安排 for a projector in the hall, by table number, in
 * large type; pages through all tables every ten seconds when they do not
 * fit. Fullscreen when the browser allows; Esc or the button leaves.
 */
export const BigScreen = ({ slot, board, now, onClose }: Props) => {
  const bodyRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [page, setPage] = useState(0);

  useEffect(() => {
    const root = document.documentElement;
    let entered = false;
    if (root.requestFullscreen && !document.fullscreenElement) {
      root.requestFullscreen().then(
        () => (entered = true),
        () => undefined,
      );
    }
    // Leaving fullscreen with the browser's own Esc leaves the big screen too.
    const onFullscreen = () => {
      if (entered && !document.fullscreenElement) onClose();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    window.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreen);
      window.removeEventListener('keydown', onKey);
      if (document.fullscreenElement && document.exitFullscreen) void document.exitFullscreen().catch(() => undefined);
    };
  }, [onClose]);

  useLayoutEffect(() => {
    const el = bodyRef.current;
    if (!el) return;
    const measure = () => setSize((prev) => (prev.width === el.clientWidth && prev.height === el.clientHeight ? prev : { width: el.clientWidth, height: el.clientHeight }));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const timer = setInterval(() => setPage((p) => p + 1), BIG_SCREEN_LAYOUT.pageMs);
    return () => clearInterval(timer);
  }, []);

  const entries = board ? board.rows.filter((r) => r.meeting && occupiesSeat({ state: r.meeting.stored })) : [];
  const grid = pageGrid(size.width, size.height);
  const pages = pageCount(entries.length, grid.perPage);
  const shown = pageOf(entries, grid.perPage, page);

  return createPortal(
    <div className="dd-big" data-testid="floor-bigscreen-view" role="dialog" aria-label="大屏模式">
      <style>{css}</style>
      <div className="dd-big-head">
        <div className="dd-big-title">
          <div data-testid="bigscreen-title">{slot ? `下一轮洽谈安排 · 第${slot.index + 1}轮 ${slot.start}–${slot.end}` : '今日洽谈已全部结束'}</div>
          {slot && <div className="dd-big-session">{datedSession(slot)}</div>}
        </div>
        {slot && <div className="dd-big-count">距开始 {countdown(slotStartMs(slot) - now)}</div>}
        <div className="dd-big-clock">{clockFace(now)}</div>
        <Button ghost icon={<FullscreenExitOutlined />} onClick={onClose} data-testid="bigscreen-exit">
          退出大屏 (Esc)
        </Button>
      </div>
      <div ref={bodyRef} className="dd-big-body" style={{ gridTemplateRows: `repeat(${grid.rows}, ${BIG_SCREEN_LAYOUT.entryHeight}px)`, gridTemplateColumns: `repeat(${grid.columns}, minmax(0, 1fr))` }}>
        {board && entries.length === 0 && <div className="dd-big-empty">本轮没有安排洽谈</div>}
        {shown.map((row) => {
          const m = row.meeting;
          if (!m) return null;
          return (
            <div key={row.table.id} className="dd-big-entry" data-testid={`bigscreen-table-${row.table.number}`}>
              <div className="dd-big-number">{row.table.number}</div>
              <div className="dd-big-names">
                {m.people.map((p) => (
                  <div key={p.id}>
                    {p.name} {p.organisation && <small>{p.organisation}</small>}
                  </div>
                ))}
              </div>
            </div>
          );
        })}
      </div>
      <div className="dd-big-foot">
        <span>请按桌号入座</span>
        {pages > 1 && <span data-testid="bigscreen-page">第{(page % pages) + 1}/{pages}页</span>}
      </div>
    </div>,
    document.body,
  );
};
