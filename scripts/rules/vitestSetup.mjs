// Vitest's global setup: the rule files are checked and what derives from them regenerated before
// the tests run, so a new rule file is discovered by `npm test` as by `npm run build`.
import { writeCatalogue } from './catalogue.mjs';

export default async function setup() {
  const { problems } = await writeCatalogue();
  if (problems.length > 0) throw new Error(`Rule files need mending:\n${problems.join('\n')}`);
}
