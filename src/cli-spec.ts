/**
 * Every command, its arguments and options, as data. src/cli.ts parses argv from this table
 * (Node's util.parseArgs on the fast path) and builds commander from it for help and for usage
 * errors, so the two can never disagree.
 */

export type ArgSpec = {name: string; description: string; required: boolean; variadic?: boolean};

export type OptionSpec = {
  /** The long name without dashes ("allow-incomplete"); commander's key is its camelCase. */
  long: string;
  short?: string;
  /** Takes a value, shown as <value> in help. */
  value?: string;
  description: string;
  choices?: readonly string[];
  default?: string;
  /** A `--no-x` flag: sets option `x` to false (true otherwise). */
  negates?: string;
  /** May be given several times; the values are kept as a list. */
  multiple?: boolean;
};

export type CommandSpec = {name: string; description: string; args: ArgSpec[]; options: OptionSpec[]};

const json: OptionSpec = {long: 'json', description: 'print JSON'};
const anyAssessment = 'assessment JSON file, Markdown report or draft id';
const ignore: OptionSpec = {
  long: 'ignore',
  value: 'glob',
  multiple: true,
  description: 'leave out Markdown files and folders that match (relative to the current folder; may be given several times; adds to "ignore" in role-wizard.config.json)',
};
const library: OptionSpec = {long: 'library', value: 'dir', description: 'the folder of reports that is the library (default: "library" in role-wizard.config.json, or ROLE_WIZARD_LIBRARY)'};

export const COMMAND_SPECS: readonly CommandSpec[] = [
  {
    name: 'new',
    description: 'start a new assessment in the wizard',
    args: [],
    options: [
      {long: 'example', description: 'open a complete example assessment to try the wizard'},
      {long: 'from', value: 'role', description: 'start from a similar role: a library report (title or file name), a draft id or title, or a file'},
      library,
      {long: 'screen-reader', description: 'screen reader mode: the focused field and the figures in words, no drawing'},
    ],
  },
  {
    name: 'resume',
    description: 'reopen a draft where it was left (no argument: choose from a list)',
    args: [{name: 'draft', description: 'draft id or its whole title', required: false}],
    options: [
      {long: 'read-only', description: 'open without taking the lock; changes are not saved'},
      library,
      {long: 'screen-reader', description: 'screen reader mode: the focused field and the figures in words, no drawing'},
    ],
  },
  {
    name: 'list',
    description: 'list drafts with title, score, zone, completeness and last change',
    args: [],
    options: [json, {long: 'sort', value: 'key', description: 'order of the list', choices: ['updated', 'score', 'zone'], default: 'updated'}],
  },
  {
    name: 'delete',
    description: 'delete a draft',
    args: [{name: 'draft', description: 'draft id', required: true}],
    options: [{long: 'yes', short: 'y', description: 'do not ask for confirmation'}],
  },
  {
    name: 'export',
    description: 'write the Markdown report of an assessment',
    args: [{name: 'assessment', description: anyAssessment, required: true}],
    options: [
      {long: 'output', short: 'o', value: 'file', description: 'write to this file instead of standard output (- is standard output)'},
      {long: 'force', short: 'f', description: 'overwrite the output file if it exists'},
      {long: 'allow-incomplete', description: 'export an unfinished assessment, marked "Draft — incomplete"'},
      {long: 'mermaid', description: 'add a Mermaid pie chart of the task-time split'},
      {long: 'calibration', description: "add where the score sits among the library's roles and the published points"},
      {long: 'no-appendix', negates: 'appendix', description: 'leave out the "Method notes" section'},
      library,
    ],
  },
  {
    name: 'import',
    description: 'read a Markdown report into an assessment (and save it as a draft)',
    args: [{name: 'report', description: 'Markdown report file', required: true}],
    options: [
      {long: 'output', short: 'o', value: 'file', description: 'write the assessment JSON to this file (- for standard output)'},
      {long: 'force', short: 'f', description: 'overwrite the output file if it exists'},
      {long: 'no-draft', negates: 'draft', description: 'do not save the assessment as a draft'},
    ],
  },
  {
    name: 'check',
    description: "recompute a report's figures and list every discrepancy (errors; warnings where a documented default is not followed or a figure stated in the prose is stale)",
    args: [{name: 'reports', description: "Markdown reports, folders (every *.md below), globs ('reports/*.md', '**') or - for standard input", required: true, variadic: true}],
    options: [
      {
        long: 'format',
        value: 'format',
        description: 'output: text, json, github (workflow annotations and a job summary) or sarif (SARIF 2.1.0)',
        choices: ['text', 'json', 'github', 'sarif'],
      },
      {long: 'json', description: 'print JSON (the same as --format json)'},
      {long: 'strict', description: 'fail on warnings too, not only on errors'},
      {long: 'max-warnings', value: 'n', description: 'fail when there are more than n warnings'},
      ignore,
      {long: 'fix', description: 'rewrite every wrong computed figure and every stale figure stated in prose in place, and nothing else'},
      library,
    ],
  },
  {
    name: 'score',
    description: 'print the scorecard of an assessment',
    args: [{name: 'assessment', description: anyAssessment, required: false}],
    options: [json, {long: 'vector', value: 'vector', description: 'score a score vector instead of a file'}],
  },
  {name: 'schema', description: 'print the JSON Schema of an assessment file', args: [], options: []},
  {
    name: 'sensitivity',
    description: 'the smallest single-input changes that move the zone or sub-label',
    args: [{name: 'assessment', description: anyAssessment, required: true}],
    options: [json, library],
  },
  {
    name: 'index',
    description: 'the library at a glance: every role ranked by score, the count per zone, the score distribution',
    args: [{name: 'dir', description: 'the folder of reports (default: the configured library)', required: false}],
    options: [
      {long: 'output', short: 'o', value: 'file', description: 'write the Markdown index to this file'},
      {long: 'check', description: 'exit 1 when the -o file is not what index would write now (for CI)'},
      ignore,
      {long: 'force', short: 'f', description: 'replace an -o file that is not an index role-wizard wrote'},
    ],
  },
  {
    name: 'diff',
    description: 'compare two assessments input by input',
    args: [
      {name: 'a', description: anyAssessment, required: true},
      {name: 'b', description: anyAssessment, required: true},
    ],
    options: [json, library],
  },
];

/** commander's key for an option: "allow-incomplete" → "allowIncomplete". */
export const optionKey = (long: string): string => long.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
