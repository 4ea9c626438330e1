/**
 * A team's conventions, stated once at the top of its repository: `role-wizard.config.json`, or
 * the same keys under "role-wizard" in package.json, found by walking up from a folder the way
 * prettier and eslint find theirs. It sets the documented defaults of
 * METHODOLOGY §3, how `check` treats a difference from each default rule, and the library.
 */
import {accessSync} from 'node:fs';
import {homedir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
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

/** The config each folder searched has, so that a thousand reports in one folder walk up once. */
const searched = new Map<string, ProjectConfig>();

const exists = (file: string) => {
  try {
    accessSync(file);
    return true;
  } catch {
    return false;
  }
};

/** The config a file states, read bounded: a FIFO, a device or a huge file is refused with its name. */
function configIn(file: string): {data: unknown} | null {
  if (!exists(file)) return null;
  const text = readBounded(file, file, {maxBytes: READ_LIMITS.configBytes, noun: 'config file'});
  if (file.endsWith('package.json')) {
    const data = parseJsonText(text, file) as Record<string, unknown> | null;
    const own = typeof data === 'object' && data !== null ? data[PACKAGE_KEY] : undefined;
    return own === undefined || own === null ? null : {data: own};
  }
  // An empty file states nothing, as for prettier and eslint: the search goes on above it.
  return text.trim() === '' ? null : {data: parseJsonText(text, file)};
}

/** The config a folder states: its role-wizard.config.json first, else its package.json's key. */
function statedIn(dir: string): {data: unknown; file: string} | null {
  for (const file of [join(dir, CONFIG_FILE), join(dir, 'package.json')]) {
    const stated = configIn(file);
    if (stated) return {data: stated.data, file};
  }
  return null;
}

/** Names a config file that applies everywhere, in place of the walk (the GitHub Action's `config` input). */
const CONFIG_ENV = 'ROLE_WIZARD_CONFIG';

/**
 * The config that applies to a folder: the file ROLE_WIZARD_CONFIG names (relative to the
 * current folder), else the nearest role-wizard.config.json, or package.json with a
 * "role-wizard" key, in it or above it (up to the home folder or the root); the built-in
 * defaults when there is none.
 */
export function loadProjectConfig(fromDir: string): ProjectConfig {
  const chosen = process.env[CONFIG_ENV];
  if (chosen) {
    const file = resolve(chosen);
    const key = `${CONFIG_ENV}=${file}`;
    const known = searched.get(key);
    if (known) return known;
    const stated = configIn(file);
    if (stated === null) {
      throw new CliError(`${file} (named by ${CONFIG_ENV}): ${exists(file) ? `no "${PACKAGE_KEY}" key in it` : 'no such file'}`);
    }
    const config = projectConfigFrom(stated.data, file);
    searched.set(key, config);
    return config;
  }
  const home = homedir();
  const visited: string[] = [];
  let found: ProjectConfig = BUILT_IN_CONFIG;
  for (let dir = resolve(fromDir); ; ) {
    const known = searched.get(dir);
    if (known) {
      found = known;
      break;
    }
    visited.push(dir);
    const here = statedIn(dir);
    if (here) {
      found = projectConfigFrom(here.data, here.file);
      break;
    }
    const parent = dirname(dir);
    if (dir === home || parent === dir) break;
    dir = parent;
  }
  for (const dir of visited) searched.set(dir, found);
  return found;
}

/** Forget the folders searched (a test that writes configs between two searches). */
export function forgetProjectConfigs(): void {
  searched.clear();
}

/** An assessment under the config's defaults: its own choices (a draft's methodDefaults) win. */
export function underConfig(a: Assessment, config: ProjectConfig): Assessment {
  return underDefaults(a, config.methodDefaults);
}
