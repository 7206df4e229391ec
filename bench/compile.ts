/**
 * The bench child built the way `npm run build` builds the bot for `npm start` (esbuild, one ES
 * module per source file, no bundling), to measure start-up as `npm start` runs it. The output goes
 * to a temp folder that links back to the repository's node_modules/ and data folders, so every
 * path the engine resolves stays valid.
 */
import { build } from 'esbuild';
import { access, mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

export async function compileChild(root: string, dir: string): Promise<string> {
  const out = join(dir, 'out');
  await mkdir(out, { recursive: true });
  // The same options as the "build" script in package.json.
  await build({
    absWorkingDir: root,
    entryPoints: ['src/**/*.ts', 'commands/*.ts', 'bench/child.ts', 'bench/stats.ts'],
    outdir: out,
    outbase: root,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  const child = join(out, 'bench', 'child.js');
  await access(child);
  await writeFile(join(out, 'package.json'), '{"type":"module"}\n');
  // The build emits no data files: the folders the engine reads beside its modules are linked in.
  for (const link of ['node_modules', join('src', 'index', 'data')]) {
    if (!(await exists(join(root, link)))) continue;
    await mkdir(dirname(join(out, link)), { recursive: true });
    await symlink(join(root, link), join(out, link)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
  return child;
}
