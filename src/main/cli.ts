import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { outlineJson } from './engine/outline';
import { parseTalk } from './engine/talk/parseTalk';
import { planTalk } from './engine/timing/plan';
import { formatOutlineText } from './cli/outlineText';
import { readTalkFile } from './services/talkFiles';

const HELP = `sticky: coach a customer-experience talk written in Markdown

Usage:
  sticky outline FILE... [--json]    sections, variants (10/30/60 min) and timing plan

Options:
  --json         one JSON object per file, one per line (NDJSON); see README for the keys
  -h, --help     show this help
  -v, --version  show the version

Exit codes: 0 success, 1 a file could not be read, 2 bad usage.
Files: .md, .markdown or .txt, up to 5 MB.`;

/** Exit codes of the `sticky` command. */
export const EXIT = { ok: 0, unreadable: 1, usage: 2 } as const;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Runs the `sticky` command with the given arguments; resolves to the exit code. */
export async function runCli(argv: string[], io: Io, version: string): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } },
    });
  } catch (error) {
    io.err(`sticky: ${(error as Error).message}\nRun \`sticky --help\` for usage.`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  if (values.version) {
    io.out(version);
    return EXIT.ok;
  }
  const [command, ...files] = positionals;
  if (command !== 'outline') {
    io.err(command ? `sticky: unknown command "${command}". Commands: outline.` : HELP);
    return EXIT.usage;
  }
  if (files.length === 0) {
    io.err('sticky outline: name at least one talk file, e.g. `sticky outline talk.md`.');
    return EXIT.usage;
  }

  let code: number = EXIT.ok;
  for (const [index, file] of files.entries()) {
    try {
      const talkFile = await readTalkFile(file);
      const talk = parseTalk(talkFile.text, { fileName: talkFile.name });
      const outline = outlineJson(relative(process.cwd(), file) || file, talk, planTalk(talk));
      if (values.json) io.out(JSON.stringify(outline));
      else io.out(`${index > 0 ? '\n' : ''}${formatOutlineText(outline)}`);
    } catch (error) {
      io.err(`sticky: ${file}: ${(error as Error).message}`);
      code = EXIT.unreadable;
    }
  }
  return code;
}

declare const __STICKY_VERSION__: string | undefined;

/** Entry point of the `sticky` command: runs with process arguments and sets the exit code. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const version = typeof __STICKY_VERSION__ === 'string' ? __STICKY_VERSION__ : 'dev';
  const io: Io = { out: (text) => process.stdout.write(`${text}\n`), err: (text) => process.stderr.write(`${text}\n`) };
  process.exitCode = await runCli(argv, io, version);
}

if (require.main === module) void main();
