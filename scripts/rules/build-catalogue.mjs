// `npm run rules [-- --check]`: checks the rule files and regenerates what derives from them
// (scripts/rules/catalogue.mjs); with --check, only says what is out of date, and fails then.
import { writeCatalogue } from './catalogue.mjs';

const check = process.argv.includes('--check');
const { rules, problems, stale } = await writeCatalogue({ check });
for (const problem of problems) console.error(problem);
if (check) for (const file of stale) console.error(`${file} is out of date: run npm run rules`);
if (problems.length > 0 || (check && stale.length > 0)) process.exit(1);
console.log(`${rules} rules${stale.length > 0 && !check ? `; wrote ${stale.join(', ')}` : ''}`);
