// Builds the published bin: dist/cli.cjs, a small CommonJS bundle of src/cli.ts, and one CommonJS
// script per command (the wizard's two: new and resume share one) that dist/cli.cjs compiles with a
// V8 code cache when the command runs (src/io/bundle-loader.ts), so that commands which draw nothing
// never load React or Ink, and the wizard's ~1 MB of code is not compiled afresh on every start.
// Everything is CommonJS because Node 20 has no compile cache for ES modules, and its ES module
// loader costs several milliseconds more per start than require. The changes we make to
// dependencies are patches/*.patch, applied to node_modules on install (README, "Patches").
import {createHash} from 'node:crypto';
import {mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {resolve as resolvePath} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // ROLE_WIZARD_READABLE_BUILD=1: keep names and lines, for reading CPU profiles.
  minify: !process.env.ROLE_WIZARD_READABLE_BUILD,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  define: {
    'process.env.NODE_ENV': '"production"',
    __ROLE_WIZARD_VERSION__: JSON.stringify(pkg.version),
  },
};

/** The loader of the commands' scripts, with their code cache: a module of its own, type-checked with the sources. */
const BUNDLE_LOADER = resolvePath(root, 'src/io/bundle-loader.ts');

/**
 * In dist/cli.cjs, each command calls into its code-cached bundle (bundles: name -> {file,
 * encoding}), and commander (help and usage errors only) is a code-cached script of its own.
 */
const cachedCommands = (bundles, commanderBundle) => ({
  name: 'cached-commands',
  setup(b) {
    b.onResolve({filter: /^commander$/}, (args) => (/src[\\/]cli\.ts$/.test(args.importer) && args.kind === 'dynamic-import' ? {path: 'commander', namespace: 'cached-commander'} : undefined));
    b.onLoad({filter: /.*/, namespace: 'cached-commander'}, () => ({
      contents: `const {loadBundle} = require('bundle-loader');
module.exports = loadBundle(${JSON.stringify(commanderBundle.file)}, ${JSON.stringify(commanderBundle.encoding)});`,
      resolveDir: root,
    }));
    b.onResolve({filter: /^\.\/commands\/[a-z-]+\.js$/}, (args) => {
      const name = args.path.replace(/^\.\/commands\/|\.js$/g, '');
      return /src[\\/]cli\.ts$/.test(args.importer) && bundles[name] ? {path: name, namespace: 'cached-command'} : undefined;
    });
    b.onLoad({filter: /.*/, namespace: 'cached-command'}, (args) => {
      const {file, encoding, key} = bundles[args.path];
      return {
        contents: `import {loadBundle} from 'bundle-loader';
let late;
globalThis[${LATE}] ??= () => (late ??= loadBundle(${JSON.stringify(lateBundle.file)}, ${JSON.stringify(lateBundle.encoding)}));
const shared = {};
const sharedBundles = ${JSON.stringify(sharedBundles)};
globalThis[${SHARED}] ??= (key) => (shared[key] ??= loadBundle(sharedBundles[key].file, sharedBundles[key].encoding));
export const run = (ctx) => loadBundle(${JSON.stringify(file)}, ${JSON.stringify(encoding)})${key ? `[${JSON.stringify(key)}]` : ''}.run(ctx);`,
        resolveDir: root,
      };
    });
    b.onResolve({filter: /^bundle-loader$/}, () => ({path: BUNDLE_LOADER}));
  },
});

/** Rename a built bundle after its content (a cache made for one build is never offered to another); its encoding for the loader. */
function nameByContent(dir, name) {
  const bytes = readFileSync(`${dir}/${name}.cjs`);
  const file = `${name}-${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.cjs`;
  renameSync(`${dir}/${name}.cjs`, `${dir}/${file}`);
  return {file, encoding: bytes.some((byte) => byte > 0x7f) ? 'utf8' : 'latin1'};
}

// Build into a private folder, then move the files into dist/ one rename at a time (the entry
// last), so that a test or a user running the bin meanwhile never reads a half-written file.
const tmp = `${root}dist.tmp-${process.pid}`;
rmSync(tmp, {recursive: true, force: true});

// CommonJS scripts, compiled by the bundle loader with a code cache.
const scriptOptions = {
  ...shared,
  format: 'cjs',
  // import.meta.url is the script's own file in dist/: the report templates are found from there.
  define: {...shared.define, 'import.meta.url': '__rwImportMetaUrl'},
  banner: {js: `var __rwImportMetaUrl=require("node:url").pathToFileURL(__filename).href;`},
};
/**
 * What the wizard needs only after its first frame (the draft store with zod, the
 * report renderer, the library): a second code-cached script, so that the first frame does not
 * pay for reading and compiling it. The wizard's dynamic imports of these modules become calls
 * to the loader the CLI's bundle puts on a global.
 */
const LATE = "Symbol.for('role-wizard/late')";

/**
 * Packages that several scripts use are each one code-cached script of their own, which the late
 * script and the command scripts load on first use instead of holding a copy each: zod (~450 KB),
 * momoa (~27 KB, in every script, for JSON error positions only), picomatch (~24 KB, for globs
 * only: `check report.md` never calls it). A script reaches a package through a stub whose
 * exports are getters, so the package's script is read only when one of its exports is first
 * used: by the CLI's loader (with its code cache), or required from beside the script when a
 * script is loaded on its own.
 */
const SHARED = "Symbol.for('role-wizard/shared')";
const SHARED_PACKAGES = {zod: 'zod', momoa: '@humanwhocodes/momoa', picomatch: 'picomatch'};
const sharedBundles = {};
const sharedExports = {};
/** Of a package whose one export is a function (its default), the names of that function's own properties. */
const sharedStatics = {};
const sharedBuilds = [];
for (const [key, pkg] of Object.entries(SHARED_PACKAGES)) {
  const module = await import(pkg);
  // Node 23 and later name a CommonJS package's whole exports 'module.exports' too: not one of ours.
  sharedExports[key] = Object.keys(module).filter((name) => name !== 'module.exports');
  if (sharedExports[key].length === 1 && typeof module.default === 'function') sharedStatics[key] = Object.keys(module.default);
  const hasDefault = sharedExports[key].includes('default');
  sharedBuilds.push(await build({
    ...scriptOptions,
    stdin: {contents: `export * from '${pkg}';${hasDefault ? ` export {default} from '${pkg}';` : ''}`, resolveDir: root, sourcefile: `${key}-entry.ts`, loader: 'ts'},
    outfile: `${tmp}/${key}.cjs`,
  }));
  sharedBundles[key] = nameByContent(tmp, key);
}
const sharedPackages = {
  name: 'shared-packages',
  setup(b) {
    const byName = new Map(Object.entries(SHARED_PACKAGES).map(([key, pkg]) => [pkg, key]));
    const filter = new RegExp(`^(${Object.values(SHARED_PACKAGES).map((p) => p.replace(/[/.]/g, '\\$&')).join('|')})$`);
    b.onResolve({filter}, (args) => ({path: byName.get(args.path), namespace: 'shared-package'}));
    b.onLoad({filter: /.*/, namespace: 'shared-package'}, ({path: key}) => {
      const names = sharedExports[key];
      const load = `globalThis[${SHARED}]?.(${JSON.stringify(key)}) ?? require(${JSON.stringify(`./${sharedBundles[key].file}`)})`;
      // Our sources are ES modules, so esbuild hands a CommonJS stub's module.exports itself to a
      // default import (as Node does): a package whose one export is a function is a function
      // that loads the package on its first call, its properties getters that do the same. Of
      // the others we import names only.
      const statics = sharedStatics[key];
      if (statics) {
        return {
          contents: `let loaded;
const load = () => (loaded ??= (${load}).default);
module.exports = function (...args) { return load().apply(this, args); };
for (const name of ${JSON.stringify(statics)}) Object.defineProperty(module.exports, name, {enumerable: true, get: () => load()[name]});`,
          loader: 'js',
          resolveDir: root,
        };
      }
      return {
        contents: `let loaded;
const load = () => (loaded ??= ${load});
for (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, {enumerable: true, get: () => load()[name]});`,
        loader: 'js',
        resolveDir: root,
      };
    });
    const files = new Set(Object.values(sharedBundles).map((bundle) => `./${bundle.file}`));
    b.onResolve({filter: /^\.\/[a-z]+-[0-9a-f]{12}\.cjs$/}, (args) => (files.has(args.path) ? {path: args.path, external: true} : undefined));
  },
};
const LATE_MODULES = {
  loadStore: 'src/store/load-store.ts',
  drafts: 'src/store/drafts.ts',
  library: 'src/store/draft-library.ts',
  render: 'src/report/render.ts',
  model: 'src/method/model.ts',
  writeOutput: 'src/report/write-output.ts',
  libraryFolder: 'src/report/library-reports.ts',
  libraryFolderConfig: 'src/config/library-location.ts',
  readReportFile: 'src/report/read-file.ts',
  lookup: 'src/store/lookup.ts',
  input: 'src/commands/support/input.ts',
  example: 'src/examples/commercial-electrician.ts',
};
const late = await build({
  ...scriptOptions,
  stdin: {
    contents: Object.entries(LATE_MODULES)
      .map(([key, path]) => `export * as ${key} from '${path.startsWith('src/') ? `./${path}` : path}';`)
      .join('\n'),
    resolveDir: root,
    sourcefile: 'late-entry.ts',
    loader: 'ts',
  },
  outfile: `${tmp}/late.cjs`,
  plugins: [sharedPackages],
});
const lateBundle = nameByContent(tmp, 'late');
const lateByPath = new Map(Object.entries(LATE_MODULES).map(([key, path]) => [path.startsWith('src/') ? resolvePath(root, path).replace(/\.ts$/, '') : path, key]));
const lateModules = {
  name: 'late-modules',
  setup(b) {
    b.onResolve({filter: /.*/}, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const key = lateByPath.get(args.path) ?? lateByPath.get(resolvePath(args.resolveDir, args.path).replace(/\.js$/, ''));
      if (key) return {path: key, namespace: 'late'};
      if (args.path.startsWith('node:')) return undefined;
      return {errors: [{text: `the wizard imports ${args.path} dynamically: add it to LATE_MODULES in scripts/build.mjs, or esbuild inlines it into the first frame's script`}]};
    });
    b.onLoad({filter: /.*/, namespace: 'late'}, (args) => ({
      contents: `const late = globalThis[${LATE}];
if (!late) throw new Error('role-wizard: the wizard was loaded without its CLI (no loader for ${lateBundle.file})');
module.exports = late()[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
  },
};

const wizard = await build({
  ...scriptOptions,
  stdin: {
    contents: "export * as new from './src/commands/new.ts';\nexport * as resume from './src/commands/resume.ts';",
    resolveDir: root,
    sourcefile: 'wizard-entry.ts',
    loader: 'ts',
  },
  outfile: `${tmp}/wizard.cjs`,
  plugins: [lateModules, sharedPackages],
});
const wizardBundle = nameByContent(tmp, 'wizard');
const bundles = {new: {...wizardBundle, key: 'new'}, resume: {...wizardBundle, key: 'resume'}};
const renamed = {wizard: wizardBundle.file, late: lateBundle.file, ...Object.fromEntries(Object.entries(sharedBundles).map(([key, b]) => [key, b.file]))};

// The other commands: one script each, so that each loads only what it needs. The commands are
// those of the command table (src/cli-spec.ts), read by compiling it; the modules they share
// (input, stdin, workflow commands…) are not scripts.
const specSource = (await build({entryPoints: ['src/cli-spec.ts'], absWorkingDir: root, bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'warning'})).outputFiles[0].text;
const {COMMAND_SPECS} = await import(`data:text/javascript;base64,${Buffer.from(specSource).toString('base64')}`);
const COMMANDS = COMMAND_SPECS.map((spec) => spec.name).filter((name) => name !== 'new' && name !== 'resume');
const scripts = await build({
  ...scriptOptions,
  entryPoints: Object.fromEntries(COMMANDS.map((name) => [`command-${name}`, `src/commands/${name}.ts`])),
  outdir: tmp,
  outExtension: {'.js': '.cjs'},
  plugins: [sharedPackages],
});
for (const name of COMMANDS) {
  bundles[name] = nameByContent(tmp, `command-${name}`);
  renamed[`command-${name}`] = bundles[name].file;
}

// commander, for help and usage errors only.
const commander = await build({
  ...scriptOptions,
  stdin: {contents: "export {Command, CommanderError, Option} from 'commander';", resolveDir: root, sourcefile: 'commander-entry.ts', loader: 'ts'},
  outfile: `${tmp}/commander.cjs`,
});
const commanderBundle = nameByContent(tmp, 'commander');
renamed.commander = commanderBundle.file;

const main = await build({
  ...scriptOptions,
  entryPoints: {cli: 'src/cli.ts'},
  outfile: `${tmp}/cli.cjs`,
  plugins: [cachedCommands(bundles, commanderBundle)],
});

mkdirSync(`${root}dist`, {recursive: true});
const built = readdirSync(tmp);
for (const name of built.filter((n) => n !== 'cli.cjs')) renameSync(`${tmp}/${name}`, `${root}dist/${name}`);
renameSync(`${tmp}/cli.cjs`, `${root}dist/cli.cjs`);
rmSync(tmp, {recursive: true, force: true});
// Scripts from earlier builds: removed once old enough that no running process still needs them,
// or at once with --clean (before packing: the package must hold this build alone).
const clean = process.argv.includes('--clean');
for (const name of readdirSync(`${root}dist`)) {
  const path = `${root}dist/${name}`;
  if (!built.includes(name) && (clean || Date.now() - statSync(path).mtimeMs > 60_000)) rmSync(path, {force: true});
}

// Which chunk holds what: tests use it to prove that commands which draw nothing load no UI.
const outputs = {...main.metafile.outputs};
for (const [name, out] of [...Object.entries(wizard.metafile.outputs), ...Object.entries(late.metafile.outputs), ...Object.entries(scripts.metafile.outputs), ...Object.entries(commander.metafile.outputs), ...sharedBuilds.flatMap((b) => Object.entries(b.metafile.outputs))]) {
  outputs[name.replace(/([a-z-]+)\.cjs$/, (_, base) => renamed[base] ?? `${base}.cjs`)] = out;
}
const metafile = {inputs: {...wizard.metafile.inputs, ...late.metafile.inputs, ...scripts.metafile.inputs, ...commander.metafile.inputs, ...Object.assign({}, ...sharedBuilds.map((b) => b.metafile.inputs)), ...main.metafile.inputs}, outputs};
mkdirSync(`${root}build`, {recursive: true});
const metaTmp = `${root}build/meta.json.${process.pid}`;
writeFileSync(metaTmp, JSON.stringify(metafile).replaceAll(`dist.tmp-${process.pid}/`, 'dist/'));
renameSync(metaTmp, `${root}build/meta.json`);
