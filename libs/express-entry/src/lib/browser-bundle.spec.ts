/** The library must bundle for the browser: no Node built-ins, no I/O dependencies. */
import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

describe('browser bundle of @pcr/express-entry', () => {
  it('bundles for platform "browser" with no Node built-in referenced', async () => {
    const result = await build({
      entryPoints: [join(__dirname, '../index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const imports = Object.values(result.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path));
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect(imports.filter((p) => builtins.has(p) || p.startsWith('node:'))).toEqual([]);
    const code = result.outputFiles[0].text;
    expect(code).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b|from ["']node:/);
    expect(Object.keys(result.metafile.inputs).every((f) => !f.includes('node_modules'))).toBe(true);
  });
});
