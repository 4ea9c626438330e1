import {mkdirSync, symlinkSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {resumeCommand} from '../../src/ui/resume-command.js';
import {tempFolder} from '../support/temp.js';

describe('the printed resume command runs the way the wizard was started', () => {
  it('npx role-wizard after npx / npm exec', () => {
    const started = {env: {npm_command: 'exec', PATH: '/usr/bin'}, script: '/p/node_modules/.bin/role-wizard', cwd: '/p'};
    expect(resumeCommand(started, 'draft-1')).toBe('npx role-wizard resume draft-1');
  });
  it('role-wizard when the bin it ran from is on the PATH, npx role-wizard from node_modules/.bin off the PATH', () => {
    const root = tempFolder('rw-resume-');
    const bin = join(root, 'node_modules', '.bin');
    mkdirSync(bin, {recursive: true});
    symlinkSync('/dev/null', join(bin, 'role-wizard'));
    expect(resumeCommand({env: {PATH: `/usr/bin:${bin}`}, script: join(bin, 'role-wizard'), cwd: root}, 'd')).toBe('role-wizard resume d');
    expect(resumeCommand({env: {PATH: '/usr/bin'}, script: join(bin, 'role-wizard'), cwd: root}, 'd')).toBe('npx role-wizard resume d');
  });
  it('node and the script, relative to the folder, when started as a script', () => {
    expect(resumeCommand({env: {PATH: '/usr/bin'}, script: '/p/bin/role-wizard.js', cwd: '/p'}, 'd')).toBe('node bin/role-wizard.js resume d');
  });
});
