import { describe, expect, test } from 'vitest';
import { cleanSettings } from '../../../src/main/services/settingsCheck';
import { envelope } from '../../../src/main/services/userError';
import type { AppState } from '../../../src/shared/api';
import { tempServices } from '../../support/settings';

describe('the microphone setting', () => {
  test('off by default; turned on and off through updateSettings, and read back by getState', async () => {
    const { handlers: api } = tempServices();
    expect(((await api.getState()) as AppState).microphone).toBe(false);
    expect(await envelope(() => api.updateSettings({ microphone: true }))).toMatchObject({ ok: true, value: { microphone: true } });
    expect(((await api.getState()) as AppState).microphone).toBe(true);
    expect(await envelope(() => api.updateSettings({ microphone: 'yes' }))).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    await api.updateSettings({ microphone: false });
    expect(((await api.getState()) as AppState).microphone).toBe(false);
  });

  test('a broken value in the file falls back to off alone', () => {
    const { data, dropped } = cleanSettings({ microphone: 'on', soundCue: true });
    expect(data.microphone).toBe(false);
    expect(data.soundCue).toBe(true);
    expect(dropped).toEqual(['microphone']);
    expect(cleanSettings({}).data.microphone).toBe(false);
  });
});
