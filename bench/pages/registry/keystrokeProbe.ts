import { afterPaint, longTasks, nextFrame, now } from './frames';
import { shownCount } from './plan';
import type { KeystrokeSample } from './protocol';

/**
 * Times one keystroke in the real search box, from its first event
 * (`keydown`, or `beforeinput` for text the IME commits) to the first frame
 * painted with the new result.
 *
 * "The new result" is checked, not assumed: the list's caption must show the
 * count the app's own `search` gives for the text in the box. So if the list
 * ever renders its results later than the input's own task (a deferred
 * value, a worker), the time runs until they are really there. A keystroke
 * that changes nothing on screen (same count, same rows) is done when the
 * task that handled its input event is.
 */
const TIMEOUT_MS = 10_000;

type Armed = {
  expected: number;
  start?: number;
  taskEnd?: Promise<number>;
  /** When the list first showed the expected result: its DOM change, or the end of the input's task if nothing had to change. */
  result?: number;
  lastChange?: number;
  /** List changes before the result was there. */
  changes: number;
  /** All list changes, the result's and later ones. */
  allChanges: number;
  /** A double rAF started at the result. */
  painted?: Promise<number>;
};

export const keystrokeProbe = (root: () => Element, tasks: ReturnType<typeof longTasks>) => {
  let armed: Armed | undefined;

  const count = () => shownCount(root().querySelector('[data-testid="registry-count"]')?.textContent ?? '');

  /** The list's caption and table, not the search box (whose clear icon changes with the first character). */
  const inList = (node: Node) => {
    const el = node instanceof Element ? node : node.parentElement;
    return el !== null && (el.closest('[data-testid="registry-count"]') !== null || el.closest('.ant-table-wrapper') !== null);
  };

  const observer = new MutationObserver((records) => {
    const a = armed;
    if (!a || a.start === undefined || !records.some((r) => inList(r.target))) return;
    const at = now();
    a.allChanges++;
    a.lastChange = at;
    if (a.result !== undefined) return;
    a.changes++;
    if (count() === a.expected) {
      a.result = at;
      a.painted = afterPaint();
    }
  });

  const whenTaskEnds = (a: Armed) => {
    a.taskEnd = endOfTask().then((at) => {
      if (a.result === undefined && a.changes === 0 && count() === a.expected) {
        a.result = at;
        a.painted = afterPaint();
      }
      return at;
    });
  };

  const onFirstEvent = (e: Event) => {
    const a = armed;
    if (!a || a.start !== undefined) return;
    a.start = now();
    // The end of the task that handles the input event: React commits a discrete update before it ends.
    if (e.type !== 'input') window.addEventListener('input', () => whenTaskEnds(a), { capture: true, once: true });
    else whenTaskEnds(a);
    observer.observe(root(), { childList: true, subtree: true, characterData: true });
  };

  for (const type of ['keydown', 'beforeinput', 'input']) window.addEventListener(type, onFirstEvent, { capture: true });

  return {
    arm(expected: number): void {
      if (armed) throw new Error('armed twice: the previous keystroke was never settled');
      armed = { expected, changes: 0, allChanges: 0 };
    },

    async settle(): Promise<KeystrokeSample> {
      const a = armed;
      if (!a) throw new Error('settle() without arm()');
      try {
        const deadline = now() + TIMEOUT_MS;
        while (a.taskEnd === undefined) {
          if (now() > deadline) throw new Error('no input event reached the page');
          await nextFrame();
        }
        const start = a.start as number;
        const taskEnd = await a.taskEnd;
        while (a.result === undefined) {
          if (now() > deadline) throw new Error(`the list shows ${count() ?? 'no count'}, expected ${a.expected}`);
          await nextFrame();
        }
        const result = a.result;
        const painted = await (a.painted as Promise<number>);
        // At rest once a whole painted frame passes without another change to the list.
        for (let seen = -1; seen !== a.allChanges; ) {
          seen = a.allChanges;
          await afterPaint();
        }
        return {
          domMs: result - start,
          taskMs: taskEnd - start,
          paintedMs: painted - start,
          settledMs: Math.max(result, a.lastChange ?? result) - start,
          changed: a.changes > 0,
          longTasksMs: tasks.between(start, painted),
        };
      } finally {
        observer.disconnect();
        armed = undefined;
      }
    },
  };
};

/** Resolves with the time at which the current task (and its microtasks) has finished. */
const endOfTask = (): Promise<number> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      resolve(now());
      channel.port1.close();
    };
    channel.port2.postMessage(null);
  });
