/**
 * The wording of METHODOLOGY §3's defaults, set by a team's config like its thresholds: the
 * sub-label names, the quick screen's result in each band and the Aug/Disp label suggested for
 * each score. Checked like every key (file, key, what is allowed); used by score, export, check
 * (whose warnings name the default as configured) and the wizard.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeEach, describe, expect, it} from 'vitest';
import {forgetProjectConfigs, loadProjectConfig, underConfig} from '../../src/config/project-config.js';
import {CliError} from '../../src/io/errors.js';
import {METHOD, METHOD_DEFAULTS} from '../../src/method/definition.js';
import {score} from '../../src/method/score.js';
import type {Assessment} from '../../src/method/types.js';
import {parseReport} from '../../src/report/parse.js';
import {renderReport} from '../../src/report/render.js';
import {wizardReducer} from '../../src/ui/state/wizard-reducer.js';
import {readFixture} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {folderWith as folderOf, tempFolder} from '../support/temp.js';
import {renderWizard} from '../ui/support/render-wizard.js';

const tmp = tempFolder('rw-labels-');
const fixture = (name: string) => readFixture(`${name}.json`) as Assessment;

const folderWith = (name: string, files: Record<string, string>) => folderOf(tmp, name, files);

/** A team's own words for every kind of label. */
const LABELS = {
  subLabelYellowUrgent: 'Yellow (Act Now)',
  subLabelYellowModerate: 'Yellow (Watch)',
  subLabelRed: 'Red (Exposed)',
  quickScreenRed: 'Probably Red',
  suggestedLabel3: 'DISPLACEMENT',
} as const;
const CONFIG = JSON.stringify({methodDefaults: LABELS});

/** The paralegal (Yellow, 55% of time scoring 3+, quick screen 2) with no Aug/Disp label chosen. */
const paralegal = (): Assessment => {
  const a = fixture('yellow-paralegal');
  return {...a, tasks: a.tasks.map((t) => ({...t, label: null}))};
};

beforeEach(() => forgetProjectConfigs());

describe('labels in the config', () => {
  const errorOf = (config: object): string => {
    const dir = folderWith(`bad-${Math.random().toString(36).slice(2)}`, {'role-wizard.config.json': JSON.stringify(config)});
    try {
      loadProjectConfig(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      return (error as Error).message.replace(`${join(dir, 'role-wizard.config.json')}: `, 'FILE: ');
    }
    throw new Error('expected the config to be refused');
  };

  it('are read over the built-in ones, each key alone', () => {
    const dir = folderWith('good', {'role-wizard.config.json': CONFIG});
    expect(loadProjectConfig(dir).methodDefaults).toEqual({...METHOD_DEFAULTS, ...LABELS});
    expect(METHOD_DEFAULTS.subLabelYellowUrgent).toBe(METHOD.subLabels.names.yellowUrgent);
  });

  it('an invalid one names the file, the key and what is allowed', () => {
    const nameRule = (zone: string) => `expected a name starting with "${zone}", without "Accelerated" (letters, digits, spaces and ( ) ' / + -, at most 60 characters)`;
    expect(errorOf({methodDefaults: {subLabelGreenStable: 'Steady'}})).toBe(`FILE: "methodDefaults.subLabelGreenStable": ${nameRule('Green')}`);
    expect(errorOf({methodDefaults: {subLabelGreenTransforming: 'Green (Accelerated Growth)'}})).toBe(`FILE: "methodDefaults.subLabelGreenTransforming": ${nameRule('Green')}`);
    expect(errorOf({methodDefaults: {subLabelYellowUrgent: 'Greenish Yellow'}})).toBe(`FILE: "methodDefaults.subLabelYellowUrgent": ${nameRule('Yellow')}`);
    expect(errorOf({methodDefaults: {subLabelRed: 'None'}})).toBe(`FILE: "methodDefaults.subLabelRed": ${nameRule('Red')}, or "" for none`);
    expect(errorOf({methodDefaults: {suggestedLabel4: 'AUTOMATION'}})).toBe('FILE: "methodDefaults.suggestedLabel4": expected one of "DISPLACEMENT", "AUGMENTATION", "NOT INVOLVED"');
    const line = `expected a line of text (letters, digits, spaces and ( ) ' / + -, at most 60 characters)`;
    for (const bad of ['Likely | Green', 'Likely *Green*', '', ' Likely', 'x'.repeat(61), 42]) {
      expect(errorOf({methodDefaults: {quickScreenGreen: bad}})).toBe(`FILE: "methodDefaults.quickScreenGreen": ${line}`);
    }
    expect(errorOf({methodDefaults: {subLabelYellowModerate: 'Yellow (Urgent)'}})).toBe(
      'FILE: "methodDefaults.subLabelYellowModerate": "Yellow (Urgent)" is also subLabelYellowUrgent; the two Yellow sub-labels must differ',
    );
    expect(errorOf({methodDefaults: {subLabelGreen: 'Green'}})).toMatch(/"methodDefaults\.subLabelGreen": unknown key; allowed: .*subLabelGreenTransforming, .*quickScreenGreenAccelerated, .*suggestedLabel5$/);
  });

  it('Red may have a sub-label or, as by default, none', () => {
    const dir = folderWith('red', {'role-wizard.config.json': JSON.stringify({methodDefaults: {subLabelRed: ''}})});
    expect(loadProjectConfig(dir).methodDefaults.subLabelRed).toBe('');
  });
});

describe('score, export and check with the labels of the config', () => {
  it('score: the sub-label, quick screen and suggested labels are the config\'s; without it the built-in ones', () => {
    const dir = folderWith('score', {'role-wizard.config.json': CONFIG, 'paralegal.json': JSON.stringify(paralegal()), 'clerk.json': JSON.stringify(fixture('red-data-entry-clerk'))});
    const plain = folderWith('score-plain', {'paralegal.json': JSON.stringify(paralegal())});
    type Card = {subLabel: string; quickScreen: string; split: {displacement: number}; tasks: Array<{label: string}>; display: {subLabel: string}};
    const card = (cwd: string, file: string) => JSON.parse(runCli(['score', file, '--json'], {cwd}).stdout) as Card;
    const ours = card(dir, 'paralegal.json');
    const builtIn = card(plain, 'paralegal.json');
    expect([ours.subLabel, ours.quickScreen]).toEqual(['Yellow (Act Now)', 'Probably Red']);
    expect([builtIn.subLabel, builtIn.quickScreen]).toEqual(['Yellow (Urgent)', 'Likely Red Zone']);
    // Score 3 suggests DISPLACEMENT for this team: the 25% task moves from augmentation to displacement.
    expect(ours.tasks.map((t) => t.label)).toEqual(['DISPLACEMENT', 'DISPLACEMENT', 'AUGMENTATION', 'NOT INVOLVED']);
    expect(ours.split.displacement - builtIn.split.displacement).toBe(25);
    expect(card(dir, 'clerk.json').display.subLabel).toMatch(/^Red \(Exposed\) — JobZone Score < 25$/);
  });

  it('export writes them, states them in the appendix, and reads back the same anywhere', () => {
    const dir = folderWith('export', {'role-wizard.config.json': CONFIG, 'paralegal.json': JSON.stringify(paralegal())});
    const exported = runCli(['export', 'paralegal.json'], {cwd: dir});
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/\| Sub-label \| Yellow \(Act Now\) — 55% of task time scores 3\+ \(>= 40%\)/);
    expect(exported.stdout).toContain('= Probably Red. Proceed to confirm.');
    expect(exported.stdout).toContain('Yellow sub-label (a default): Yellow (Act Now) when 40% or more of task time scores 3+, else Yellow (Watch).');
    expect(exported.stdout).toContain('(a default: 1 → NOT INVOLVED, 2 → AUGMENTATION, 3 → DISPLACEMENT, 4 → DISPLACEMENT, 5 → DISPLACEMENT)');
    expect(exported.stdout).toContain('subLabelYellowUrgent = "Yellow (Act Now)"');
    const back = parseReport(exported.stdout).assessment;
    expect(back.methodDefaults).toEqual(expect.objectContaining(LABELS));
    expect(score(back).subLabel).toBe('Yellow (Act Now)');
    // Checked where no config applies: the report states its own defaults, nothing differs.
    const outside = folderWith('export-outside', {'paralegal.md': exported.stdout});
    const r = runCli(['check', outside, '--strict']);
    expect(r.stdout).toContain('no discrepancy');
    expect(r.code).toBe(0);
  });

  it('an appendix label that is not allowed is refused at import with the line and what is allowed', () => {
    const text = renderReport(underConfig(paralegal(), loadProjectConfig(folderWith('imp', {'role-wizard.config.json': CONFIG}))), {appendix: true});
    const bad = text.replace('subLabelYellowUrgent = "Yellow (Act Now)"', 'subLabelYellowUrgent = "Act Now"');
    expect(bad).not.toBe(text);
    const dir = folderWith('import-bad', {'bad.md': bad});
    const r = runCli(['import', join(dir, 'bad.md')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.md:\d+: .*the method default "subLabelYellowUrgent = "Act Now"" is not allowed: subLabelYellowUrgent is a name starting with "Yellow"/);
  });

  it('check: a report in the built-in words warns under the config, naming the configured default and where it is set', () => {
    const builtIn = renderReport(fixture('yellow-paralegal'));
    const dir = folderWith('check', {'role-wizard.config.json': CONFIG, 'paralegal.md': builtIn});
    const r = runCli(['check', 'paralegal.md'], {cwd: dir});
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/warning: Sub-label: stated Yellow \(Urgent\) — .*; the documented default gives Yellow \(Act Now\)/);
    expect(r.stdout).toMatch(/warning: Quick screen result: stated .*Likely Red Zone.*; the documented default gives .*Probably Red/);
    expect(r.stdout).toContain(`default rule "subLabel": Green (Transforming) when 20% or more of task time scores 3+, else Green (Stable); Yellow (Act Now) from 40%, else Yellow (Watch); Red (Exposed) for Red (as set in ${join(dir, 'role-wizard.config.json')})`);
    expect(r.stdout).toContain('less "Probably Red"');
    const github = runCli(['check', 'paralegal.md', '--format', 'github'], {cwd: dir});
    expect(github.stdout).toMatch(/^::warning file=paralegal\.md,line=\d+,title=Sub-label \(role-wizard check\)::Sub-label: stated Yellow \(Urgent\)/m);
    // The rule's hint, with the config's path, said once in the log, not in every annotation.
    expect(github.stdout).toMatch(/^default rule "subLabel": .*Yellow \(Act Now\) from 40%.*\(as set in .*role-wizard\.config\.json\)/m);
    expect(github.stdout.match(/default rule "subLabel"/g)).toHaveLength(1);
    const json = JSON.parse(runCli(['check', 'paralegal.md', '--json'], {cwd: dir}).stdout) as Array<{discrepancies: Array<{expected: string; hint?: string}>}>;
    expect(json[0]!.discrepancies.map((d) => d.hint)).toEqual([expect.stringContaining('"Probably Red"'), expect.stringContaining('Yellow (Act Now)')]);

    // The same words checked where no config applies: the built-in default is named, as built in.
    const ours = renderReport(underConfig(fixture('yellow-paralegal'), loadProjectConfig(dir)), {appendix: false});
    const plain = folderWith('check-plain', {'paralegal.md': ours});
    const p = runCli(['check', 'paralegal.md'], {cwd: plain});
    expect(p.code).toBe(0);
    expect(p.stdout).toMatch(/warning: Sub-label: stated Yellow \(Act Now\) — .*; the documented default gives Yellow \(Urgent\)/);
    expect(p.stdout).toContain('Yellow (Urgent) from 40%, else Yellow (Moderate); none for Red (built in)');
  });

  it('check: a configured sub-label of the wrong zone is still an error', () => {
    const dir = folderWith('check-zone', {'role-wizard.config.json': CONFIG, 'clerk.md': renderReport(fixture('red-data-entry-clerk')).replace(/\| Sub-label \| [^|\n]*/, '| Sub-label | Yellow (Watch) ')});
    const r = runCli(['check', 'clerk.md', '--json'], {cwd: dir});
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout) as Array<{discrepancies: Array<{field: string; severity: string; expected: string}>}>;
    expect(result!.discrepancies.filter((d) => d.severity === 'error')).toEqual([expect.objectContaining({field: 'subLabel', expected: expect.stringContaining('Red (Exposed)')})]);
  });
});

describe('the wizard with the labels of the config', () => {
  const underTeam = (a: Assessment) => underConfig(a, loadProjectConfig(folderWith('wizard', {'role-wizard.config.json': CONFIG})));

  it('the side pane shows the configured sub-label and quick screen', async () => {
    const w = renderWizard({assessment: underTeam(paralegal()), columns: 120, rows: 40});
    const f = await w.waitForText('Yellow (Act Now)');
    expect(f).toContain('Probably Red');
    expect(f).not.toContain('Yellow (Urgent)');
    w.unmount();
  });

  it('a task score suggests the configured Aug/Disp label', () => {
    const a = underTeam(paralegal());
    const state = {assessment: a} as Parameters<typeof wizardReducer>[0];
    const next = wizardReducer(state, {type: 'setTaskScore', index: 3, score: 3});
    expect(next.assessment.tasks[3]!.label).toBe('DISPLACEMENT');
    const builtIn = wizardReducer({assessment: paralegal()} as Parameters<typeof wizardReducer>[0], {type: 'setTaskScore', index: 3, score: 3});
    expect(builtIn.assessment.tasks[3]!.label).toBe('AUGMENTATION');
  });
});
