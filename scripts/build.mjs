// Builds the published bin: one ESM bundle (code-split so that interactive commands load
// React and Ink only when they run), with React's production build.
import {build} from 'esbuild';
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

rmSync(`${root}dist`, {recursive: true, force: true});
const result = await build({
  metafile: true,
  absWorkingDir: root,
  entryPoints: {cli: 'src/cli.ts'},
  outdir: 'dist',
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

// Which chunk holds what: tests use it to prove that commands which draw nothing load no UI.
mkdirSync(`${root}build`, {recursive: true});
writeFileSync(`${root}build/meta.json`, JSON.stringify(result.metafile));
