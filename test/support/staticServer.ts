import { preview, type PreviewServer } from 'vite';
import { fileURLToPath } from 'node:url';

const configFile = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));

/** Serves the built renderer (dist/renderer) on a free loopback port. */
export const serveBuiltRenderer = async (): Promise<{ url: string; close(): Promise<void> }> => {
  const server: PreviewServer = await preview({ configFile, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'error' });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
};
