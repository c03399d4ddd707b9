import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The live size of an element: virtualised tables need a pixel height to
 * fill, and a width to decide whether they need horizontal scrolling.
 */
export const useElementSize = <E extends HTMLElement>(fallback = 400) => {
  const ref = useRef<E>(null);
  const [height, setHeight] = useState(fallback);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      setHeight(el.clientHeight || fallback);
      setWidth(el.clientWidth);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [fallback]);
  return { ref, height, width };
};
