import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import type { Capability } from '../services/capabilities';

type Lang = 'en' | 'nl';

const TEXT = {
  en: {
    microphone: {
      message: 'Turn on the microphone?',
      detail:
        'Sticky will listen while you rehearse out loud, to measure your pace, pauses and vocal variety. The sound is analysed on this computer and never leaves it.',
      yes: 'Turn on',
    },
    keepRecording: {
      message: 'Keep the recordings of your rehearsals?',
      detail:
        'Each rehearsal’s sound will be saved on this computer as a WAV file in Sticky’s data folder (about 115 MB an hour). Deleting a run deletes its recording.',
      yes: 'Keep recordings',
    },
    link: { message: 'Open this address in your browser?', detail: 'The talk links to an address outside Sticky:', yes: 'Open' },
    no: 'Cancel',
  },
  nl: {
    microphone: {
      message: 'De microfoon aanzetten?',
      detail:
        'Sticky luistert terwijl je hardop repeteert, om je tempo, pauzes en stemvariatie te meten. Het geluid wordt op deze computer geanalyseerd en verlaat hem nooit.',
      yes: 'Aanzetten',
    },
    keepRecording: {
      message: 'De opnamen van je repetities bewaren?',
      detail:
        'Het geluid van elke repetitie wordt op deze computer bewaard als WAV-bestand in de gegevensmap van Sticky (ongeveer 115 MB per uur). Wie een repetitie verwijdert, verwijdert ook de opname.',
      yes: 'Opnamen bewaren',
    },
    link: { message: 'Dit adres openen in je browser?', detail: 'De talk verwijst naar een adres buiten Sticky:', yes: 'Openen' },
    no: 'Annuleren',
  },
} as const;

/** The question before the page gains a capability: yes first, "Cancel" the default and what Escape gives. */
export function capabilityQuestion(capability: Capability, lang: Lang): MessageBoxOptions {
  const text = TEXT[lang][capability];
  return {
    type: 'question',
    message: text.message,
    detail: text.detail,
    buttons: [text.yes, TEXT[lang].no],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

/** The question before an address outside the allow-list opens in the browser: it names the address. */
export function linkQuestion(url: string, lang: Lang): MessageBoxOptions {
  const text = TEXT[lang].link;
  return {
    type: 'question',
    message: text.message,
    detail: `${text.detail}\n\n${url}`,
    buttons: [text.yes, TEXT[lang].no],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

/** Shows a question with `show` (Electron's dialog.showMessageBox over the window) and says whether the user chose yes. */
export async function asked(
  show: (options: MessageBoxOptions) => Promise<MessageBoxReturnValue>,
  options: MessageBoxOptions,
): Promise<boolean> {
  const { response } = await show(options);
  return response === 0;
}
