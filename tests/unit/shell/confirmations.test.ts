import { describe, expect, test } from 'vitest';
import type { MessageBoxOptions } from 'electron';
import { asked, capabilityQuestion, linkQuestion } from '../../../src/main/shell/confirmations';

// The native questions of dialogs.ts, with a stand-in for dialog.showMessageBox.
describe('the questions main asks', () => {
  test.each(['en', 'nl'] as const)('in %s: yes first, Cancel the default and what Escape gives', (lang) => {
    for (const options of [
      capabilityQuestion('microphone', lang),
      capabilityQuestion('keepRecording', lang),
      linkQuestion('https://x.example/', lang),
    ]) {
      expect(options.buttons).toHaveLength(2);
      expect([options.defaultId, options.cancelId]).toEqual([1, 1]);
      expect(options.message.length).toBeGreaterThan(10);
    }
    expect(capabilityQuestion('microphone', lang).message).not.toBe(capabilityQuestion('keepRecording', lang).message);
  });

  test('the link question names the address', () => {
    expect(linkQuestion('https://example.com/path?q=1', 'en').detail).toContain('https://example.com/path?q=1');
  });

  test('only the first button is a yes', async () => {
    const shown: MessageBoxOptions[] = [];
    const show = (response: number) => async (options: MessageBoxOptions) => {
      shown.push(options);
      return { response, checkboxChecked: false };
    };
    expect(await asked(show(0), capabilityQuestion('microphone', 'en'))).toBe(true);
    expect(await asked(show(1), capabilityQuestion('microphone', 'en'))).toBe(false);
    expect(shown[0]!.message).toBe('Turn on the microphone?');
  });
});
