import { RuleTester } from 'eslint';
import { resolve } from 'node:path';
import { afterAll, describe, it } from 'vitest';
// @ts-expect-error: the ESLint rule is plain JavaScript beside eslint.config.mjs
import { layerOf, layersRule } from '../../../eslint/layers.mjs';

// RuleTester runs its cases with the test framework's functions (ESLint docs: "Customizing RuleTester").
Object.assign(RuleTester, { afterAll, describe, it });

const root = resolve(__dirname, '../../..');
const at = (path: string): string => resolve(root, path);
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

describe('the layer map (eslint/layers.mjs) holds in every folder', () => {
  it('names each folder of src/ by its layer', () => {
    const layers = [
      'src/main/engine/analyse.ts',
      'src/main/api/index.ts',
      'src/main/api',
      'src/main/index.ts',
      'src/renderer/src/App.svelte',
      'src/main/odd/x.ts',
    ].map((path) => layerOf(path) as string);
    if (layers.join() !== 'engine,api,api,root,renderer,unmapped') throw new Error(`layers: ${layers.join()}`);
  });

  tester.run('sticky/layers', layersRule, {
    valid: [
      { code: "import { x } from '../../shared/talk';", filename: at('src/main/engine/analyse.ts') },
      { code: "import { x } from '../engine/analyse';", filename: at('src/main/report/reportData.ts') },
      { code: "import { x } from '../services/talkFiles';", filename: at('src/main/api/talk.ts') },
      { code: "import { x } from './api';", filename: at('src/main/compose.ts') },
      { code: "import { Api } from '../../preload/index.d';", filename: at('src/renderer/src/env.d.ts') },
      { code: "import x from 'node:fs';", filename: at('src/main/services/a.ts') },
      { code: "import { x } from '../../renderer/src/lib/voice/syllables';", filename: at('src/main/cli/voiceCommand.ts') },
    ],
    invalid: [
      { code: "import { x } from '../api';", filename: at('src/main/services/compose.ts'), errors: 1 },
      { code: "import { x } from '../services/talkFiles';", filename: at('src/main/engine/analyse.ts'), errors: 1 },
      { code: "export { x } from '../report/reportData';", filename: at('src/main/engine/outline.ts'), errors: 1 },
      { code: "const m = import('../cli/usage');", filename: at('src/main/api/talk.ts'), errors: 1 },
      { code: "import { x } from '../../main/engine/analyse';", filename: at('src/renderer/src/App.ts'), errors: 1 },
      { code: "import { x } from '../odd/thing';", filename: at('src/main/services/a.ts'), errors: 1 },
      { code: "import { x } from '../messages/en';", filename: at('src/renderer/src/lib/voice/micErrors.ts'), errors: 1 },
      { code: "import { x } from '../../renderer/src/lib/state/talk.svelte';", filename: at('src/main/cli/voiceCommand.ts'), errors: 1 },
    ],
  });
});
