// Vitest's global setup: a damaged rule file stops the run with the file and field named. It
// writes nothing: `npm test` and every build regenerate what derives from the rule files, and
// tests/unit/engine/catalogue.test.ts fails, saying "run npm run rules", when that is out of date.
import { writeCatalogue } from './catalogue.mjs';

export default async function setup() {
  const { problems } = await writeCatalogue({ check: true });
  if (problems.length > 0) throw new Error(`Rule files need mending:\n${problems.join('\n')}`);
}
