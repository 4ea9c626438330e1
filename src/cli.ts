/**
 * argv to command. Each command lives in src/commands/ and is loaded only when it runs, so a
 * command that draws nothing never loads React or Ink (the bundle is code-split on these
 * imports). Exit codes: 0 fine, 1 bad data or a failed check, 2 bad usage.
 */
import {type CommandContext, CliError, processIo} from './commands/io.js';
import {VERSION} from './version.js';

type CommandModule = {run: (ctx: CommandContext<never>) => Promise<number>};

// Static import() expressions, so the bundler can split each command into its own chunk.
const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  new: () => import('./commands/new.js'),
  resume: () => import('./commands/resume.js'),
  list: () => import('./commands/list.js'),
  delete: () => import('./commands/delete.js'),
  export: () => import('./commands/export.js'),
  import: () => import('./commands/import.js'),
  check: () => import('./commands/check.js'),
  score: () => import('./commands/score.js'),
  schema: () => import('./commands/schema.js'),
  sensitivity: () => import('./commands/sensitivity.js'),
  diff: () => import('./commands/diff.js'),
};

const debug = () => Boolean(process.env.ROLE_WIZARD_DEBUG);

function fail(error: unknown): number {
  if (error instanceof CliError) {
    process.stderr.write(`role-wizard: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `role-wizard: unexpected error: ${message}\n` +
      (debug() && error instanceof Error ? `${error.stack}\n` : 'Set ROLE_WIZARD_DEBUG=1 to see where it happened.\n'),
  );
  return 70;
}

async function runCommand(name: string, args: Array<string | undefined>, opts: object): Promise<number> {
  const load = COMMANDS[name];
  if (!load) throw new CliError(`unknown command '${name}'`, 2);
  const mod = await load();
  return mod.run({args: args.filter((a): a is string => a !== undefined), opts, io: processIo()} as never);
}

async function main(argv: string[]): Promise<number> {
  // The fast path: print the version without loading the argument parser.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }

  const {Command, CommanderError, Option} = await import('commander');
  let exitCode = 0;
  const program = new Command('role-wizard');
  program
    .description('Write AI job-resistance (AIJRI / JobZone) assessments of job roles, with live scoring.')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => void process.stdout.write(s),
      writeErr: (s) => void process.stderr.write(s),
      outputError: (s, write) => write(s.replace(/^error: /, 'role-wizard: ').replace(/\n?$/, `\nSee 'role-wizard --help'.\n`)),
    });

  const action =
    (name: string) =>
    async (...params: unknown[]) => {
      // commander passes the positional arguments, then the options object, then the command.
      const opts = params.at(-2) as object;
      const positional = params.slice(0, -2).flatMap((p) => (Array.isArray(p) ? p : [p])) as Array<string | undefined>;
      exitCode = await runCommand(name, positional, opts);
    };

  program
    .command('new')
    .description('start a new assessment in the wizard')
    .option('--example', 'open a complete example assessment to try the wizard')
    .action(action('new'));

  program
    .command('resume')
    .description('reopen a draft where it was left (no argument: choose from a list)')
    .argument('[draft]', 'draft id or the start of its title')
    .option('--read-only', 'open without taking the lock; changes are not saved')
    .action(action('resume'));

  program
    .command('list')
    .description('list drafts with title, score, zone, completeness and last change')
    .option('--json', 'print JSON')
    .addOption(new Option('--sort <key>', 'order of the list').choices(['updated', 'score', 'zone']).default('updated'))
    .action(action('list'));

  program
    .command('delete')
    .description('delete a draft')
    .argument('<draft>', 'draft id')
    .option('-y, --yes', 'do not ask for confirmation')
    .action(action('delete'));

  program
    .command('export')
    .description('write the Markdown report of an assessment')
    .argument('<assessment>', 'assessment JSON file or draft id')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('-f, --force', 'overwrite the output file if it exists')
    .option('--allow-incomplete', 'export an unfinished assessment, marked "Draft — incomplete"')
    .option('--mermaid', 'add a Mermaid pie chart of the task-time split')
    .option('--calibration', "add where the score sits among the library's roles and the published points")
    .option('--no-appendix', 'leave out the "Method notes" section')
    .action(action('export'));

  program
    .command('import')
    .description('read a Markdown report into an assessment (and save it as a draft)')
    .argument('<report>', 'Markdown report file')
    .option('-o, --output <file>', 'write the assessment JSON to this file')
    .option('-f, --force', 'overwrite the output file if it exists')
    .option('--no-draft', 'do not save the assessment as a draft')
    .action(action('import'));

  program
    .command('check')
    .description("recompute a report's figures and list every discrepancy")
    .argument('<reports...>', 'Markdown report files')
    .option('--json', 'print JSON')
    .action(action('check'));

  program
    .command('score')
    .description('print the scorecard of an assessment')
    .argument('[assessment]', 'assessment JSON file or draft id')
    .option('--json', 'print JSON')
    .option('--vector <vector>', 'score a score vector instead of a file')
    .action(action('score'));

  program
    .command('schema')
    .description('print the JSON Schema of an assessment file')
    .action(action('schema'));

  program
    .command('sensitivity')
    .description('the smallest single-input changes that move the zone or sub-label')
    .argument('<assessment>', 'assessment JSON file, Markdown report or draft id')
    .option('--json', 'print JSON')
    .action(action('sensitivity'));

  program
    .command('diff')
    .description('compare two assessments input by input')
    .argument('<a>', 'assessment JSON file, Markdown report or draft id')
    .argument('<b>', 'assessment JSON file, Markdown report or draft id')
    .option('--json', 'print JSON')
    .action(action('diff'));

  if (argv.length === 0) {
    program.outputHelp();
    return 0;
  }
  try {
    await program.parseAsync(argv, {from: 'user'});
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return 0;
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = fail(error);
  },
);
