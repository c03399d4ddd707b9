import type { CSSProperties, ReactNode } from 'react';

type Props = { lines?: number; tone?: 'primary' | 'secondary'; strong?: boolean; size?: number; title?: string; children: ReactNode };

/**
 * Text cut to a number of lines by CSS, the full text in the native tooltip.
 * antd's measured ellipsis lays each text out twice in JavaScript; over a
 * list of hundreds of rows that held the window for seconds.
 */
export const Clamp = ({ lines = 1, tone = 'primary', strong, size, title, children }: Props) => {
  const style: CSSProperties = {
    overflow: 'hidden',
    color: tone === 'secondary' ? 'rgba(0, 0, 0, 0.45)' : undefined,
    fontWeight: strong ? 600 : undefined,
    fontSize: size,
    ...(lines === 1 ? { whiteSpace: 'nowrap', textOverflow: 'ellipsis' } : { display: '-webkit-box', WebkitBoxOrient: 'vertical', WebkitLineClamp: lines }),
  };
  return (
    <div style={style} title={title}>
      {children}
    </div>
  );
};
