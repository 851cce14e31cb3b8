// The `sticky` command's entry. It parses the arguments and loads only the command asked for, so
// `sticky --help` and `sticky outline` start without the scoring engine (docs/architecture.md, Start-up).
import { parseArgs } from 'node:util';
import { VARIANTS, type Variant } from '../shared/talk';
import { argsMessage } from './cli/argsMessage';
import { EXIT } from './cli/exitCodes';
import { withoutControls } from './cli/safeText';
import type { Io } from './cli/talkLoop';

export { EXIT };

class UsageError extends Error {}

function options(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        format: { type: 'string' },
        variant: { type: 'string' },
        'fail-under': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(argsMessage(error));
  }
}

/** Runs the `sticky` command with the given arguments; resolves to the exit code. */
export async function runCli(argv: string[], io: Io, version: string, colour?: boolean): Promise<number> {
  // The coach's commands have options of their own (--out, --runs).
  if (argv[0] === 'compare' || argv[0] === 'diff') return (await import('./cli/compareCommand')).runCompare(argv.slice(1), io);
  if (argv[0] === 'report') return (await import('./cli/reportCommand')).runReport(argv.slice(1), io);
  if (argv[0] === 'notes') return (await import('./cli/notesCommand')).runNotes(argv.slice(1), io);
  if (argv[0] === 'voice') return (await import('./cli/voiceCommand')).runVoice(argv.slice(1), io);
  let parsed;
  try {
    parsed = options(argv);
  } catch (error) {
    io.err(`sticky: ${withoutControls((error as Error).message)}\nRun \`sticky --help\` for usage.`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  // The help is its own chunk: every command's chunk shares the talk parser, which the bundler
  // would otherwise load up front for all of them, the help included.
  const help = async (): Promise<string> => (await import('./cli/usage')).HELP;
  if (values.help) {
    io.out(await help());
    return EXIT.ok;
  }
  if (values.version) {
    io.out(version);
    return EXIT.ok;
  }
  const [command, ...files] = positionals;
  const usage = (message: string): number => {
    io.err(`sticky: ${withoutControls(message)}\nRun \`sticky --help\` for usage.`);
    return EXIT.usage;
  };
  if (command !== 'outline' && command !== 'score')
    return command
      ? usage(`unknown command "${command}". Commands: outline, score, compare, report, notes, voice.`)
      : (io.err(await help()), EXIT.usage);
  if (files.length === 0) return usage(`name at least one talk file, e.g. \`sticky ${command} talk.md\`.`);
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (format !== 'text' && format !== 'md' && format !== 'json') return usage(`--format must be text, md or json, not "${format}".`);
  if (command === 'outline' && format === 'md') return usage('outline prints text or JSON; use --json for JSON.');
  const variant = values.variant === undefined ? null : Number(values.variant);
  if (variant !== null && !(VARIANTS as readonly number[]).includes(variant))
    return usage(`--variant must be ${VARIANTS.slice(0, -1).join(', ')} or ${VARIANTS.at(-1)}, not "${values.variant}".`);
  const failUnder = values['fail-under'] === undefined ? null : Number(values['fail-under']);
  if (failUnder !== null && !(Number.isFinite(failUnder) && failUnder >= 0 && failUnder <= 100))
    return usage('--fail-under takes a score from 0 to 100.');
  if (command === 'outline' && (variant !== null || failUnder !== null))
    return usage('--variant and --fail-under belong to `sticky score`.');
  if (command === 'outline') return (await import('./cli/outlineCommand')).runOutline(files, format === 'json', io);
  return (await import('./cli/scoreCommand')).runScore(files, { format, variant: variant as Variant | null, failUnder, colour }, io);
}

declare const __STICKY_VERSION__: string | undefined;

/** Entry point of the `sticky` command: runs with process arguments and sets the exit code. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const version = typeof __STICKY_VERSION__ === 'string' ? __STICKY_VERSION__ : 'dev';
  const io: Io = {
    out: (text) => process.stdout.write(`${text}\n`),
    write: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(`${text}\n`),
    ...(process.stderr.isTTY ? { progress: (text: string) => process.stderr.write(text) } : {}),
  };
  // `sticky score *.md | head` closes the pipe early: stop quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await runCli(argv, io, version);
}

if (require.main === module) void main();
