import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseReport} from '../../src/report/parse.js';
import {renderReport} from '../../src/report/render.js';
import {ROOT, SEED_REPORT, seedAvailable, seedMissingReason} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {asSeedLayout, normaliseHeadingsAndWhitespace} from './support.js';

if (!seedAvailable) console.warn(seedMissingReason);

describe.skipIf(!seedAvailable)('the reference report', () => {
  it('role-wizard check: no error, 86.1, GREEN; one warning, the Seniority note\'s "lower" for a Junior that changes only a principle', () => {
    const text = runCli(['check', SEED_REPORT], {cwd: ROOT});
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('no error; 1 warning');
    expect(text.stdout).toContain('(86.1/100 GREEN, Green (Accelerated))');
    expect(text.stdout).toContain('line 9: warning: Seniority note, variant "Junior" (implied by the note)');
    const json = runCli(['check', SEED_REPORT, '--json'], {cwd: ROOT});
    expect(json.code).toBe(0);
    const [result] = JSON.parse(json.stdout);
    expect(result).toMatchObject({ok: true, errors: 0, warnings: 1, computed: {score: 86.1, zone: 'GREEN', raw: 7.3704, subLabel: 'Green (Accelerated)'}});
    expect(result.discrepancies).toEqual([expect.objectContaining({field: 'variants.0.claim', line: 9, defaultRule: 'variantClaims'})]);
    expect(runCli(['check', SEED_REPORT, '--strict'], {cwd: ROOT}).code).toBe(1);
  });

  it('imported then exported without the appendix: every number and sentence equals the seed', () => {
    const seed = readFileSync(SEED_REPORT, 'utf8');
    const exported = renderReport(parseReport(seed).assessment, {appendix: false});
    // Differences of layout, no more: the job title as the title, the Total rows with a cell
    // under each header (the seed writes them short), spaced delimiter rows.
    const [title, ...lines] = normaliseHeadingsAndWhitespace(exported);
    expect(title).toBe('Model Alignment Researcher');
    expect(exported).toContain('\n| Total | 100% | | 1.30 | | |\n');
    expect(lines.map(asSeedLayout)).toEqual(normaliseHeadingsAndWhitespace(seed));
    // The export is real Markdown structure: the seed's plain titles became headings.
    expect(exported).toMatch(/^## Role Definition$/m);
    expect(exported).toMatch(/^### Score vs Reality Check$/m);
  });

  it('import reads the seed with CRLF line ends, a BOM, # headings, extra blank lines and padded cells', () => {
    const seed = readFileSync(SEED_REPORT, 'utf8');
    const messy = `\ufeff${seed
      .split('\n')
      .map((l) => (/^(Role Definition|Evidence Score|Assessor Commentary)$/.test(l) ? `# ${l}\n\n` : l))
      .map((l) => (l.startsWith('| Job Title') ? '|   Job Title   |  Model Alignment Researcher   |' : l))
      .join('\r\n')}`;
    expect(parseReport(messy).assessment).toEqual(parseReport(seed).assessment);
  });
});
