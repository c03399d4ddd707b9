import { useLayoutEffect, useRef, useState } from 'react';

/** The live height of an element: virtualised tables need a pixel height to fill. */
export const useElementHeight = <E extends HTMLElement>(fallback = 400) => {
  const ref = useRef<E>(null);
  const [height, setHeight] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setHeight(el.clientHeight || fallback);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [fallback]);
  return { ref, height };
};
