import Conf from 'conf';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SETTINGS_STORE_OPTIONS } from '../../src/main/services/settingsStore';
import type { Settings } from '../../src/shared/settings';

/** The same options object electron-store gets in the app, on conf with a temp folder. */
export function tempSettings(cwd = mkdtempSync(join(tmpdir(), 'sticky-settings-'))): Conf<Settings> {
  return new Conf<Settings>({ ...(SETTINGS_STORE_OPTIONS as unknown as ConstructorParameters<typeof Conf<Settings>>[0]), cwd });
}
