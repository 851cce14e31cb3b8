// Loaded with `node --require` by scripts/stress.mjs in front of the `sticky` command: on exit it
// writes the process's peak resident memory (kilobytes, from the kernel) to the file named by
// STICKY_STRESS_PEAK_FILE, so each run reports its own peak. (A run killed at the time limit never
// exits normally; stress.mjs then reports the peak it sampled from /proc while the run lasted.)
'use strict';
const { writeFileSync } = require('node:fs');

const file = process.env.STICKY_STRESS_PEAK_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
