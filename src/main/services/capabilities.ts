import type { SettingsChange } from '../../shared/api';

/** The settings that give the page a capability: listening, and keeping what was heard on disk. */
export type Capability = 'microphone' | 'keepRecording';

/** Every capability setting, in the order they are asked about. */
export const CAPABILITIES: readonly Capability[] = ['microphone', 'keepRecording'];

/**
 * Asks the user, from the main process (a native dialog in the app), whether to turn a capability
 * on; resolves to true when they agree. The page can ask; only the user can say yes.
 */
export type ConfirmCapability = (capability: Capability) => Promise<boolean>;

/**
 * One question at a time: while a dialog is open, another request (a page asking over and over)
 * is refused at once instead of stacking dialogs.
 */
export function oneAtATime<T>(ask: (question: T) => Promise<boolean>): (question: T) => Promise<boolean> {
  let open = false;
  return async (question) => {
    if (open) return false;
    open = true;
    try {
      return await ask(question);
    } finally {
      open = false;
    }
  };
}

/**
 * Which of a change's capability settings may be saved: turning one off, or leaving it as it is,
 * always; turning one on only once the user confirmed it.
 */
export async function allowedCapabilities(
  change: SettingsChange,
  isOn: (capability: Capability) => boolean,
  confirm: ConfirmCapability,
): Promise<Partial<Record<Capability, boolean>>> {
  const allowed: Partial<Record<Capability, boolean>> = {};
  for (const capability of CAPABILITIES) {
    const wanted = change[capability];
    if (wanted === undefined) continue;
    if (!wanted || isOn(capability) || (await confirm(capability))) allowed[capability] = wanted;
  }
  return allowed;
}
