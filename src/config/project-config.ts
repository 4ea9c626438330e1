/**
 * A team's conventions, stated once at the top of its repository: `role-wizard.config.json`, or
 * the same keys under "role-wizard" in package.json, found by walking up from a folder the way
 * prettier and eslint find theirs (lilconfig does the walk). It sets the documented defaults of
 * METHODOLOGY §3, how `check` treats a difference from each default rule, and the library.
 */
import {dirname, resolve} from 'node:path';
import {lilconfigSync} from 'lilconfig';
import {CliError} from '../io/errors.js';
import {parseJsonText} from '../io/json-text.js';
import {READ_LIMITS, readBounded} from '../io/read-text.js';
import {allowedValue, allowsValue, defaultsProblem, METHOD_DEFAULT_KEYS, underDefaults} from '../method/method-defaults.js';
import type {Assessment} from '../method/types.js';
import {
  DEFAULT_RULES,
  type DefaultRule,
  METHOD_DEFAULTS,
  type MethodDefaults,
  type RuleLevel,
} from '../method/definition.js';

export const CONFIG_FILE = 'role-wizard.config.json';
export const PACKAGE_KEY = 'role-wizard';

export type ProjectConfig = {
  /** The file the config was read from (absolute), or null when none was found. */
  file: string | null;
  /** The folder of that file, or null. */
  dir: string | null;
  /** The team library folder, absolute (resolved against the config file's folder), or null. */
  library: string | null;
  /** Globs of Markdown files and folders that are not reports, relative to the config file's folder (`check`, `index` and the library leave them out). */
  ignore: readonly string[];
  /** The documented defaults, the config's over definition.ts's. */
  methodDefaults: MethodDefaults;
  /** How `check` treats a difference from each default rule. */
  rules: Record<DefaultRule, RuleLevel>;
};

/** How `check` may treat a default rule. */
export const RULE_LEVELS = ['off', 'warn', 'error'] as const;
/** What a rule's level may be, in words (the config's error and the README say it so). */
export const RULE_LEVELS_ALLOWED = `one of ${RULE_LEVELS.map((l) => `"${l}"`).join(', ')}`;
/** What "library" may be, in words. */
export const LIBRARY_ALLOWED = 'a folder path (text)';
/** What "ignore" may be, in words. */
export const IGNORE_ALLOWED = 'a list of globs (text)';
/** The top-level keys of the config. */
export const CONFIG_KEYS = ['$schema', 'library', 'ignore', 'methodDefaults', 'rules'] as const;
const RULE_KEYS = Object.keys(DEFAULT_RULES) as DefaultRule[];

/** The config when no file states one. */
export const BUILT_IN_CONFIG: Readonly<ProjectConfig> = Object.freeze({
  file: null,
  dir: null,
  library: null,
  ignore: Object.freeze([]),
  methodDefaults: Object.freeze({...METHOD_DEFAULTS}),
  rules: Object.freeze(Object.fromEntries(RULE_KEYS.map((k) => [k, 'warn'])) as Record<DefaultRule, RuleLevel>),
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The config's data checked key by key against the tables above. Written out rather than with
 * zod: `check` reads a config for every folder it visits, and loading zod would cost it more
 * than checking hundreds of reports.
 */
function readConfigData(data: unknown, fail: (key: string[], message: string) => never) {
  const known = (obj: Record<string, unknown>, path: string[], keys: readonly string[]) => {
    const unknown = Object.keys(obj).filter((k) => !keys.includes(k));
    if (unknown.length) fail([...path, unknown[0]!], `unknown key; allowed: ${keys.filter((k) => k !== '$schema').join(', ')}`);
  };
  if (!isObject(data)) fail([], 'expected an object');
  known(data, [], CONFIG_KEYS);
  const {library, ignore, methodDefaults, rules} = data;
  if (library !== undefined && (typeof library !== 'string' || library.trim() === '')) fail(['library'], `expected ${LIBRARY_ALLOWED}`);
  if (ignore !== undefined && (!Array.isArray(ignore) || ignore.some((g) => typeof g !== 'string' || g.trim() === ''))) fail(['ignore'], `expected ${IGNORE_ALLOWED}`);
  const defaults: Record<string, unknown> = {};
  if (methodDefaults !== undefined) {
    if (!isObject(methodDefaults)) fail(['methodDefaults'], 'expected an object');
    known(methodDefaults, ['methodDefaults'], METHOD_DEFAULT_KEYS);
    for (const key of METHOD_DEFAULT_KEYS) {
      const value = methodDefaults[key];
      if (value === undefined) continue;
      if (!allowsValue(key, value)) fail(['methodDefaults', key], `expected ${allowedValue(key)}`);
      defaults[key] = value;
    }
  }
  const levels: Partial<Record<DefaultRule, RuleLevel>> = {};
  if (rules !== undefined) {
    if (!isObject(rules)) fail(['rules'], 'expected an object');
    known(rules, ['rules'], RULE_KEYS);
    for (const key of RULE_KEYS) {
      const value = rules[key];
      if (value === undefined) continue;
      if (!RULE_LEVELS.includes(value as RuleLevel)) fail(['rules', key], `expected ${RULE_LEVELS_ALLOWED}`);
      levels[key] = value as RuleLevel;
    }
  }
  return {library: library as string | undefined, ignore: (ignore ?? []) as string[], defaults: defaults as Partial<MethodDefaults>, levels};
}

/** Check a config's data and resolve it against the file's folder; a CliError names file, key and what is allowed. */
export function projectConfigFrom(data: unknown, file: string): ProjectConfig {
  const prefix = file.endsWith('package.json') ? [PACKAGE_KEY] : [];
  const fail = (key: string[], message: string): never => {
    const name = [...prefix, ...key].join('.');
    throw new CliError(`${file}: ${name ? `"${name}": ` : ''}${message}`);
  };
  const c = readConfigData(data, fail);
  const methodDefaults: MethodDefaults = {...METHOD_DEFAULTS, ...c.defaults};
  const problem = defaultsProblem(methodDefaults);
  if (problem) fail(['methodDefaults', problem.key], problem.message);
  const dir = dirname(file);
  return {
    file,
    dir,
    library: c.library === undefined ? null : resolve(dir, c.library),
    ignore: c.ignore,
    methodDefaults,
    rules: {...BUILT_IN_CONFIG.rules, ...c.levels},
  };
}

const searcher = lilconfigSync(PACKAGE_KEY, {
  searchPlaces: [CONFIG_FILE, 'package.json'],
  packageProp: PACKAGE_KEY,
  loaders: {'.json': (file: string, content: string) => parseJsonText(content, file)},
  // Through our bounded reader, not fs.readFileSync (patches/lilconfig+3.1.5.patch adds the
  // option): a config that is a FIFO, a device or a huge file is refused with its name instead
  // of hanging the command or filling its memory.
  readFileSync: (file: string) => readBounded(file, file, {maxBytes: READ_LIMITS.configBytes, noun: 'config file'}),
  transform: (found) => (found === null ? null : {filepath: found.filepath, config: projectConfigFrom(found.config, found.filepath)}),
});

/**
 * The config that applies to a folder: the nearest role-wizard.config.json, or package.json with
 * a "role-wizard" key, in it or above it; the built-in defaults when there is none. Folders are
 * remembered, so checking a thousand reports in one folder walks up once.
 */
export function loadProjectConfig(fromDir: string): ProjectConfig {
  const found = searcher.search(resolve(fromDir));
  return found === null ? BUILT_IN_CONFIG : (found.config as ProjectConfig);
}

/** Forget the folders searched (a test that writes configs between two searches). */
export function forgetProjectConfigs(): void {
  searcher.clearCaches();
}

/** An assessment under the config's defaults: its own choices (a draft's methodDefaults) win. */
export function underConfig(a: Assessment, config: ProjectConfig): Assessment {
  return underDefaults(a, config.methodDefaults);
}
