import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { manifestSchema } from '@shared/bundle';
import { BUNDLE_SCHEMA_PATH, bundleSchemaText } from '../../../build/scripts/bundleSchema';
import { exportBundle, manifestOf } from './fixture';

describe('manifest schema', () => {
  it('is published as docs/bundle-manifest.schema.json, generated from the zod schema', () => {
    const published = readFileSync(BUNDLE_SCHEMA_PATH, 'utf8');
    expect(published, 'docs/bundle-manifest.schema.json is out of date: run `npx tsx build/scripts/bundleSchema.ts`').toBe(bundleSchemaText());
  });

  it('keeps fields it does not know, at every level', async () => {
    const manifest = manifestOf(unzipSync(await exportBundle()));
    const extended = {
      ...manifest,
      venueMap: { floors: 2 },
      device: { ...(manifest.device as object), os: 'Windows 11' },
      files: manifest.files.map((f, i) => (i === 0 ? { ...f, compressedBy: 'x' } : f)),
    };
    const parsed = manifestSchema.parse(extended);
    expect(parsed).toEqual(extended);
  });

  it('requires `since` for a delta', async () => {
    const manifest = manifestOf(unzipSync(await exportBundle()));
    const result = manifestSchema.safeParse({ ...manifest, kind: 'delta' });
    expect(result.error?.issues[0]?.path).toEqual(['since']);
  });
});
