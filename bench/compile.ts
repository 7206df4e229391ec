/**
 * A compiled (tsc) copy of the bench child, to show start-up without tsx's on-the-fly transpiling.
 * Only the child and what it imports are emitted, into a temp folder that links back to the
 * repository's data/ and node_modules/ so every path the engine resolves stays valid.
 */
import { spawn } from 'node:child_process';
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
  const tsconfig = join(dir, 'tsconfig.json');
  await writeFile(
    tsconfig,
    JSON.stringify({
      extends: join(root, 'tsconfig.json'),
      compilerOptions: { noEmit: false, outDir: out, rootDir: root, sourceMap: false, declaration: false },
      include: [],
      files: [join(root, 'bench', 'child.ts')],
    }),
  );
  // tsc still emits when files someone else is editing fail to typecheck; the output is what counts.
  await new Promise<void>((resolve, reject) => {
    const tsc = spawn(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', tsconfig], { cwd: root, stdio: 'ignore' });
    tsc.on('error', reject);
    tsc.on('close', () => resolve());
  });
  const child = join(out, 'bench', 'child.js');
  await access(child);
  await writeFile(join(out, 'package.json'), '{"type":"module"}\n');
  // tsc emits no data files: the folders the engine reads beside its modules are linked in.
  for (const link of ['data', 'node_modules', join('src', 'index', 'data')]) {
    if (!(await exists(join(root, link)))) continue;
    await mkdir(dirname(join(out, link)), { recursive: true });
    await symlink(join(root, link), join(out, link)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
  return child;
}
