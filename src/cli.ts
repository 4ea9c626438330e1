/**
 * argv to command. Each command lives in src/commands/ and is loaded only when it runs, so a
 * command that draws nothing never loads React or Ink (the build makes each of these imports a
 * script of its own, compiled with a code cache). Commands and options are the table in
 * cli-spec.ts; a plain command line is parsed with util.parseArgs, and commander is loaded only
 * for help and usage errors.
 * Exit codes: 0 fine, 1 bad data or a failed check, 2 bad usage.
 */
import {parseArgs} from 'node:util';
import {COMMAND_SPECS, type CommandSpec, optionKey} from './cli-spec.js';
import type {CommandContext} from './commands/support/io.js';
import {CliError} from './io/errors.js';
import {processIo} from './io/io.js';
import {terminalSafe} from './io/terminal-text.js';
import {describeWriteFault} from './io/write-file.js';
import {VERSION} from './version.js';

type CommandModule = {run: (ctx: CommandContext<never>) => Promise<number>};

// Static import() expressions, so the build can make each command a script of its own.
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
  index: () => import('./commands/index.js'),
};

const debug = () => Boolean(process.env.ROLE_WIZARD_DEBUG);

function fail(error: unknown): number {
  if (error instanceof CliError) {
    process.stderr.write(`role-wizard: ${terminalSafe(error.message)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `role-wizard: unexpected error: ${terminalSafe(message)}\n` +
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

/**
 * The fast path: argv parsed with Node's own util.parseArgs from the command table. Returns
 * null for anything it does not handle plainly (help, a usage error, no command), which then
 * goes to commander for its help text and messages.
 */
function parseFast(argv: string[]): {spec: CommandSpec; args: string[]; opts: Record<string, unknown>} | null {
  const [name, ...rest] = argv;
  const spec = COMMAND_SPECS.find((c) => c.name === name);
  if (!spec || rest.some((a) => a === '-h' || a === '--help')) return null;
  const options: Record<string, {type: 'string' | 'boolean'; short?: string; multiple?: boolean}> = {};
  for (const o of spec.options) options[o.long] = {type: o.value ? 'string' : 'boolean', ...(o.short ? {short: o.short} : {}), ...(o.multiple ? {multiple: true} : {})};
  let parsed: {values: Record<string, unknown>; positionals: string[]};
  try {
    parsed = parseArgs({args: rest, options, allowPositionals: true, strict: true});
  } catch {
    return null;
  }
  const required = spec.args.filter((a) => a.required).length;
  const variadic = spec.args.some((a) => a.variadic);
  if (parsed.positionals.length < required || (!variadic && parsed.positionals.length > spec.args.length)) return null;
  const opts: Record<string, unknown> = {};
  for (const o of spec.options) {
    const value = parsed.values[o.long];
    if (o.negates) {
      opts[optionKey(o.negates)] = value !== true;
    } else if (value !== undefined) {
      if (o.choices && !o.choices.includes(value as string)) return null;
      opts[optionKey(o.long)] = value;
    } else if (o.default !== undefined) opts[optionKey(o.long)] = o.default;
  }
  return {spec, args: parsed.positionals, opts};
}

/** commander, built from the same table: help for every command, and clear usage errors. */
async function runCommander(argv: string[]): Promise<number> {
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
      // commander's messages quote what was typed (an option's value, an unknown command): the terminal gets it made harmless.
      outputError: (s, write) => write(terminalSafe(s.replace(/^error: /, 'role-wizard: ').replace(/\n?$/, `\nSee 'role-wizard --help'.\n`))),
    });

  for (const spec of COMMAND_SPECS) {
    const command = program.command(spec.name).description(spec.description);
    for (const a of spec.args) {
      const name = `${a.name}${a.variadic ? '...' : ''}`;
      command.argument(a.required ? `<${name}>` : `[${name}]`, a.description);
    }
    for (const o of spec.options) {
      const flags = `${o.short ? `-${o.short}, ` : ''}--${o.long}${o.value ? ` <${o.value}>` : ''}`;
      const option = new Option(flags, o.description);
      if (o.choices) option.choices(o.choices);
      if (o.default !== undefined) option.default(o.default);
      if (o.multiple) option.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
      command.addOption(option);
    }
    command.action(async (...params: unknown[]) => {
      // commander passes the positional arguments, then the options object, then the command.
      const opts = params.at(-2) as object;
      const positional = params.slice(0, -2).flatMap((p) => (Array.isArray(p) ? p : [p])) as Array<string | undefined>;
      exitCode = await runCommand(spec.name, positional, opts);
    });
  }

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

async function main(argv: string[]): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const fast = parseFast(argv);
  if (fast) return runCommand(fast.spec.name, fast.args, fast.opts);
  return runCommander(argv);
}

// A reader that stops early (`role-wizard list | head`) closes the pipe: stop quietly, as `ls`
// does, rather than with Node's unhandled 'error' trace.
let outputFailed: number | undefined;
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    // Any other write fault (a full disk, /dev/full): say so on stderr, exit 1; unless stderr is what failed (EX_IOERR).
    if (stream === process.stdout) {
      if (outputFailed === undefined) process.stderr.write(`role-wizard: cannot write to standard output: ${describeWriteFault(error)}\n`);
      outputFailed = 1;
    } else outputFailed = 74;
    process.exitCode = outputFailed;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    // Output that was not written is a failure whatever the command found.
    process.exitCode = outputFailed ?? code;
  },
  (error: unknown) => {
    process.exitCode = fail(error);
  },
);
