import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const root = fileURLToPath(new URL('./renderer', import.meta.url));

/**
 * `vite` (dev) answers with an inline script for React's hot reload, which the
 * page's own policy forbids; the built app, preview and the tests keep it.
 */
const withoutCspWhileServing = (): Plugin => ({
  name: 'docking-desk:without-csp-while-serving',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
});

/**
 * The renderer is one Vite app served from `renderer/index.html`.
 * `base: './'` keeps every asset URL relative, so the same build loads from the
 * Electron `app://` scheme, from `vite preview`, and from the benchmark pages.
 */
export default defineConfig({
  root,
  base: './',
  plugins: [react(), withoutCspWhileServing()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  resolve: {
    alias: {
      '@shared': fileURLToPath(new URL('./shared', import.meta.url)),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
      },
    },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
