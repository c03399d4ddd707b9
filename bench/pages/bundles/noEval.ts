import { z } from 'zod';

/**
 * The app's Content-Security-Policy (`script-src 'self' 'wasm-unsafe-eval'`,
 * sent with every app:// response, the bundle worker's included) forbids
 * `new Function`, so zod there checks records without the object parsers it
 * would otherwise compile. This page has no such policy; telling zod before
 * any schema is built (this module is imported first) makes the worker check
 * records as the app's does.
 */
z.config({ jitless: true });
