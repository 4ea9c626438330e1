// Builds the published bin: one ESM bundle (code-split so that interactive commands load
// React and Ink only when they run), with React's production build.
import {build} from 'esbuild';
import {mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// Build into a private folder, then move the files into dist/ one rename at a time (the entry
// last), so that a test or a user running the bin meanwhile never reads a half-written file.
const tmp = `${root}dist.tmp-${process.pid}`;
rmSync(tmp, {recursive: true, force: true});
const result = await build({
  metafile: true,
  absWorkingDir: root,
  entryPoints: {cli: 'src/cli.ts'},
  outdir: tmp,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies (react, …) call require(); give the ESM bundle one.
  banner: {js: "import {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);"},
  define: {
    'process.env.NODE_ENV': '"production"',
    __ROLE_WIZARD_VERSION__: JSON.stringify(pkg.version),
  },
  // Optional peer of ink, never used in a terminal.
  external: ['react-devtools-core'],
});

mkdirSync(`${root}dist`, {recursive: true});
const built = readdirSync(tmp);
for (const name of built.filter((n) => n !== 'cli.js')) renameSync(`${tmp}/${name}`, `${root}dist/${name}`);
renameSync(`${tmp}/cli.js`, `${root}dist/cli.js`);
rmSync(tmp, {recursive: true, force: true});
// Chunks from earlier builds: removed once old enough that no running process still needs them.
for (const name of readdirSync(`${root}dist`)) {
  const path = `${root}dist/${name}`;
  if (!built.includes(name) && Date.now() - statSync(path).mtimeMs > 60_000) rmSync(path, {force: true});
}

// Which chunk holds what: tests use it to prove that commands which draw nothing load no UI.
mkdirSync(`${root}build`, {recursive: true});
const metaTmp = `${root}build/meta.json.${process.pid}`;
writeFileSync(metaTmp, JSON.stringify(result.metafile).replaceAll(`dist.tmp-${process.pid}/`, 'dist/'));
renameSync(metaTmp, `${root}build/meta.json`);
