import {mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {BUILT_IN_CONFIG, forgetProjectConfigs, loadProjectConfig} from '../../src/config/project-config.js';
import {CliError} from '../../src/io/errors.js';
import {METHOD_DEFAULTS} from '../../src/method/definition.js';
import {changedDefaults} from '../../src/method/method-defaults.js';

let root: string;
beforeEach(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'rw-config-')));
  forgetProjectConfigs();
});
afterEach(() => rmSync(root, {recursive: true, force: true}));

const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), {recursive: true});
  writeFileSync(join(root, path), text);
};
const errorOf = (dir: string): string => {
  try {
    loadProjectConfig(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as Error).message;
  }
  throw new Error('expected a CliError');
};

describe('loadProjectConfig', () => {
  it('finds role-wizard.config.json in a folder above, and resolves the library against it', () => {
    write('role-wizard.config.json', JSON.stringify({library: 'roles', methodDefaults: {yellowUrgentShare: 30}, rules: {subLabel: 'off'}}));
    mkdirSync(join(root, 'reports/2026'), {recursive: true});
    const c = loadProjectConfig(join(root, 'reports/2026'));
    expect(c.file).toBe(join(root, 'role-wizard.config.json'));
    expect(c.dir).toBe(root);
    expect(c.library).toBe(join(root, 'roles'));
    expect(c.methodDefaults).toEqual({...METHOD_DEFAULTS, yellowUrgentShare: 30});
    expect(c.rules).toEqual({subLabel: 'off', quickScreen: 'warn', taskLabel: 'warn', variantClaims: 'warn', proseFigures: 'warn'});
    expect(changedDefaults(c.methodDefaults)).toEqual({yellowUrgentShare: 30});
  });

  it('reads the "role-wizard" key of a package.json, and skips a package.json without one', () => {
    write('package.json', JSON.stringify({name: 'team', 'role-wizard': {rules: {quickScreen: 'error'}}}));
    write('sub/package.json', JSON.stringify({name: 'inner'}));
    const c = loadProjectConfig(join(root, 'sub'));
    expect(c.file).toBe(join(root, 'package.json'));
    expect(c.rules.quickScreen).toBe('error');
    expect(c.library).toBeNull();
  });

  it('passes over an empty role-wizard.config.json, and stops at the home folder', () => {
    write('role-wizard.config.json', JSON.stringify({rules: {subLabel: 'error'}}));
    write('team/role-wizard.config.json', '  \n');
    mkdirSync(join(root, 'team/reports'), {recursive: true});
    expect(loadProjectConfig(join(root, 'team/reports')).file).toBe(join(root, 'role-wizard.config.json'));
    forgetProjectConfigs();
    const home = process.env.HOME;
    process.env.HOME = join(root, 'team');
    try {
      // Above the home folder is another user's or the system's, never this repository's.
      expect(loadProjectConfig(join(root, 'team/reports'))).toBe(BUILT_IN_CONFIG);
    } finally {
      process.env.HOME = home;
    }
  });

  it('remembers each folder it searched: a config written later is seen only after forgetting', () => {
    mkdirSync(join(root, 'a/b'), {recursive: true});
    expect(loadProjectConfig(join(root, 'a/b'))).toBe(BUILT_IN_CONFIG);
    write('a/role-wizard.config.json', JSON.stringify({library: 'x'}));
    expect(loadProjectConfig(join(root, 'a'))).toBe(BUILT_IN_CONFIG);
    forgetProjectConfigs();
    expect(loadProjectConfig(join(root, 'a/b')).library).toBe(join(root, 'a/x'));
  });

  it('the nearest config wins', () => {
    write('role-wizard.config.json', JSON.stringify({rules: {subLabel: 'off'}}));
    write('team/role-wizard.config.json', JSON.stringify({rules: {subLabel: 'error'}}));
    expect(loadProjectConfig(join(root, 'team')).rules.subLabel).toBe('error');
    expect(loadProjectConfig(root).rules.subLabel).toBe('off');
  });

  it('without a config: the built-in defaults, every default rule a warning', () => {
    mkdirSync(join(root, 'empty'));
    const c = loadProjectConfig(join(root, 'empty'));
    // A config above the temporary folder would make this vacuous; there is none on a clean machine.
    if (c.file === null) {
      expect(c).toEqual(BUILT_IN_CONFIG);
      expect(c.methodDefaults).toEqual(METHOD_DEFAULTS);
      expect(Object.values(c.rules).every((l) => l === 'warn')).toBe(true);
    }
  });

  it('an invalid value names the file, the key and what is allowed', () => {
    write('role-wizard.config.json', JSON.stringify({methodDefaults: {yellowUrgentShare: -1}}));
    expect(errorOf(root)).toBe(`${join(root, 'role-wizard.config.json')}: "methodDefaults.yellowUrgentShare": expected a number from 0 to 100`);
  });

  it('a level that does not exist, and a key that does not exist', () => {
    write('a/role-wizard.config.json', JSON.stringify({rules: {subLabel: 'warning'}}));
    expect(errorOf(join(root, 'a'))).toMatch(/a\/role-wizard\.config\.json: "rules\.subLabel": expected one of "off", "warn", "error"$/);
    write('b/role-wizard.config.json', JSON.stringify({rules: {sublabel: 'off'}}));
    expect(errorOf(join(root, 'b'))).toMatch(/: "rules\.sublabel": unknown key; allowed: subLabel, quickScreen, taskLabel, variantClaims, proseFigures$/);
    write('c/package.json', JSON.stringify({'role-wizard': {libary: 'x'}}));
    expect(errorOf(join(root, 'c'))).toMatch(/c\/package\.json: "role-wizard\.libary": unknown key; allowed: library, ignore, methodDefaults, rules$/);
  });

  it('quick-screen bands out of order, and a whole number where one is needed', () => {
    write('a/role-wizard.config.json', JSON.stringify({methodDefaults: {quickScreenYellowMin: 7}}));
    expect(errorOf(join(root, 'a'))).toMatch(/"methodDefaults\.quickScreenYellowMin": 7 is above quickScreenGreenMin \(6\)/);
    write('b/role-wizard.config.json', JSON.stringify({methodDefaults: {quickScreenGreenMin: 5.5}}));
    expect(errorOf(join(root, 'b'))).toMatch(/"methodDefaults\.quickScreenGreenMin": expected a whole number from -2 to 11$/);
  });

  it('a JSON syntax error gives the line and column', () => {
    write('role-wizard.config.json', '{\n  "rules": {"subLabel": "off",}\n}\n');
    expect(errorOf(root)).toMatch(new RegExp(`^${join(root, 'role-wizard.config.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:\\d+: not valid JSON`));
  });
});
