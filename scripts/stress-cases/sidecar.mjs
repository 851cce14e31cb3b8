// Hostile sidecars for `npm run stress` (issue 21): a small talk with something beside it as
// `talk.sticky.json` that is not a sidecar file, as git, a shared folder or a careless copy can
// leave it. `sticky score` and `sticky report` read the sidecar (never write it); each must answer
// within the limit, report the sidecar in plain words, and never print another file's content.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, symlinkSync, utimesSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';

const TALK = '---\ntitle: Stress\n---\n## Opening\n\nGood morning. A customer called us last week about her order.\n';
// Issue 21's own cases read and write a sidecar command by command: score, then the report.
const COMMANDS = [['score', '--json'], ['report']];

/** A talk in `dir` with `beside(sidecarPath)` made next to it; returns the talk's path. */
const talkWith = (beside) => (dir) => {
  const talk = join(dir, 'talk.md');
  writeFileSync(talk, TALK);
  beside(join(dir, 'talk.sticky.json'));
  return talk;
};

/** A file of `bytes` that takes no room on disk (sparse). */
function sparse(path, bytes) {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

/** Every hostile sidecar: a name, a maker (folder => talk path) and the commands to run on the talk. */
export const SIDECAR_CASES = [
  { name: 'sidecar: a named pipe (FIFO)', make: talkWith((path) => spawnSync('mkfifo', [path])) },
  { name: 'sidecar: a link to /dev/zero', make: talkWith((path) => symlinkSync('/dev/zero', path)) },
  { name: 'sidecar: a link to /etc/passwd', make: talkWith((path) => symlinkSync('/etc/passwd', path)) },
  { name: 'sidecar: a folder', make: talkWith((path) => mkdirSync(path)) },
  { name: 'sidecar: a 50 MB file', make: talkWith((path) => sparse(path, 50 * 1024 * 1024)) },
  { name: 'sidecar: a link to itself', make: talkWith((path) => symlinkSync(path, path)) },
  {
    name: 'sidecar: a 15 MB JSON string (under the cap)',
    make: talkWith((path) => writeFileSync(path, `{"format":"sticky-notes","version":1,"talk":"${'x'.repeat(15 * 1024 * 1024)}"}`)),
  },
  {
    // The CLI writes no notes, so no command takes this lock: it checks that reading never waits on one.
    name: 'sidecar: a lock dated a year ahead',
    make: talkWith((path) => {
      writeFileSync(path, '{"format":"sticky-notes","version":1,"talk":"talk.md","authors":[],"notes":[],"dismissals":[]}\n');
      writeFileSync(`${path}.lock`, '1 elsewhere abc');
      const ahead = new Date(Date.now() + 365 * 24 * 3600 * 1000);
      utimesSync(`${path}.lock`, ahead, ahead);
    }),
  },
].map((item) => ({ commands: COMMANDS, ...item }));
