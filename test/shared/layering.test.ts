import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import ts from 'typescript';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Type-checks one snippet with shared/tsconfig.json's compiler options. */
const compileAsShared = (code: string): string[] => {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'shared/tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error('shared/tsconfig.json unreadable');
  const file = join(mkdtempSync(join(tmpdir(), 'layering-')), 'probe.ts');
  writeFileSync(file, code);
  // The probe lives outside shared/, so drop the project-build options that pin files to it.
  const { rootDir: _r, composite: _c, tsBuildInfoFile: _t, outDir: _o, emitDeclarationOnly: _e, ...options } = config.options;
  const program = ts.createProgram([file], { ...options, noEmit: true });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
};

const lintAs = async (path: string, code: string): Promise<string[]> => {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? []).map((m) => m.message);
};

describe('the domain layer stays pure', () => {
  it('does not compile DOM or Node code', () => {
    expect(compileAsShared('export const t = document.title;').join()).toContain("Cannot find name 'document'");
    expect(compileAsShared("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;").join()).toMatch(/Cannot find module 'node:fs'|node:fs/);
    expect(compileAsShared('export const n: number = 1;')).toEqual([]);
  });

  it('refuses Electron, React, Dexie, zustand and Node imports in lint, saying what to do instead', async () => {
    for (const [module, hint] of [
      ['electron', 'shared/bridge.ts'],
      ['react', 'renderer/'],
      ['dexie', 'renderer/db/'],
      ['zustand', 'store.ts'],
      ['node:path', 'no Node built-ins'],
    ] as const) {
      const messages = await lintAs('shared/model/probe.ts', `import x from '${module}';\nexport const y = x;\n`);
      expect(messages.join('\n')).toContain(hint);
    }
  });

  it('keeps Electron out of the renderer', async () => {
    const messages = await lintAs('renderer/features/probe.ts', "import { ipcRenderer } from 'electron';\nexport const y = ipcRenderer;\n");
    expect(messages.join('\n')).toContain('typed bridge');
  });
});
