/**
 * Three projects: `unit` (Node: shared/, electron/ with electron mocked, cli/),
 * `component` (jsdom + fake-indexeddb: renderer/), and `e2e` (the built UI in
 * Debian's Chromium with real IndexedDB, driven by playwright-core).
 */
declare const _default: import("vite").UserConfig;
export default _default;
