import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

/** Tests that run the real bin need the bundle: build it once before any test runs. */
export default function setup() {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(process.execPath, ['scripts/build.mjs'], {cwd: root, stdio: 'inherit'});
}
