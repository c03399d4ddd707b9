import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { manifestJsonSchema } from '../../shared/bundle';

/**
 * Writes docs/bundle-manifest.schema.json from the zod manifest schema, so
 * the published JSON Schema is never edited by hand:
 *   npx tsx build/scripts/bundleSchema.ts
 * test/shared/bundle/manifest.test.ts fails when the file is out of date.
 */
export const BUNDLE_SCHEMA_PATH = fileURLToPath(new URL('../../docs/bundle-manifest.schema.json', import.meta.url));

export const bundleSchemaText = (): string => `${JSON.stringify(manifestJsonSchema(), null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(BUNDLE_SCHEMA_PATH, bundleSchemaText(), 'utf8');
  console.log(`wrote ${BUNDLE_SCHEMA_PATH}`);
}
