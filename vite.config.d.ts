/**
 * The renderer is one Vite app served from `renderer/index.html`.
 * `base: './'` keeps every asset URL relative, so the same build loads from the
 * Electron `app://` scheme, from `vite preview`, and from the benchmark pages.
 */
declare const _default: import("vite").UserConfig;
export default _default;
