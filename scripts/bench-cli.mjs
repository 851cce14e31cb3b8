// The `sticky` command's start-up and memory for `npm run bench`: medians of interleaved runs of a
// bare `node -e 0`, `sticky --help` and `sticky outline` on the bundled ten-minute sample (so
// machine load hits all three alike), and the command's peak memory scoring a 100,000-word talk
// as JSON (issue: within 2.5x and 3x of bare Node, under 250 MB).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { buildLongTalk } = require('./long-talk.cjs');
// Seven runs each, as the issue measures; interleaved so a busy moment slows every command alike.
const RUNS = 7;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function wallMs(args, cwd) {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr}`);
  return performance.now() - start;
}

/** A talk of 100,000 words or more: the Twain talk (89,000 words), then its first sections again under new headings. */
function hundredThousandWords() {
  const { text } = buildLongTalk(100000, 'Memory talk');
  const again = text.slice(text.indexOf('\n## ')).replace(/^## (.*)$/gm, '## $1, again');
  const words = (value) => value.split(/\s+/).filter(Boolean).length;
  let body = text;
  for (const part of again.split(/(?=\n## )/)) {
    if (words(body) >= 100000) break;
    body += part;
  }
  return body;
}

/** Start-up medians (ms) and the peak memory (MB) of `score --json` on 100,000 words. */
export function cliStartup(root) {
  const cli = join(root, 'bin/sticky.cjs');
  const sample = join(root, 'resources/samples/lead-your-leaders.md');
  const times = { nodeBareMs: [], cliHelpMs: [], cliOutlineMs: [] };
  for (let run = 0; run < RUNS; run++) {
    times.nodeBareMs.push(wallMs(['-e', '0'], root));
    times.cliHelpMs.push(wallMs([cli, '--help'], root));
    times.cliOutlineMs.push(wallMs([cli, 'outline', sample], root));
  }
  const folder = mkdtempSync(join(tmpdir(), 'sticky-bench-cli-'));
  try {
    const talk = join(folder, 'long.md');
    writeFileSync(talk, hundredThousandWords());
    // The child reports its own peak resident memory as it exits, on stderr's last line.
    const report = "process.on('exit', () => process.stderr.write(`\\n${process.resourceUsage().maxRSS}`))";
    const run = spawnSync(process.execPath, ['-e', `${report}; require(${JSON.stringify(cli)})`, '--', 'sticky', 'score', '--json', talk], {
      encoding: 'utf8',
      // The JSON (about 17 MB) goes nowhere: only the command's own memory is measured.
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    if (run.status !== 0) throw new Error(`sticky score --json failed: ${run.stderr}`);
    const peakKb = Number(run.stderr.trim().split('\n').at(-1));
    return {
      nodeBareMs: median(times.nodeBareMs),
      cliHelpMs: median(times.cliHelpMs),
      cliOutlineMs: median(times.cliOutlineMs),
      peakRssMb100k: Number.isFinite(peakKb) ? Math.round(peakKb / 1024) : null,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
