import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { SampleTalk } from '../../shared/api';
import type { RecentFile } from '../../shared/settings';

/** What the menu can ask the app to do. */
export interface MenuActions {
  openDialog: () => void;
  openPath: (path: string) => void;
  clearRecent: () => void;
}

const LABELS = {
  en: {
    file: '&File',
    open: 'Open Talk…',
    recent: 'Open Recent',
    clear: 'Clear Recent',
    none: 'No recent talks',
    samples: 'Open Sample Talk',
  },
  nl: {
    file: '&Bestand',
    open: 'Talk openen…',
    recent: 'Recent geopend',
    clear: 'Lijst wissen',
    none: 'Geen recente talks',
    samples: 'Voorbeeldtalk openen',
  },
} as const;

/** Builds the application menu: File > Open (Ctrl/Cmd+O), Open Recent, samples, and the usual roles. */
export function buildMenu(recent: RecentFile[], samples: SampleTalk[], actions: MenuActions, lang: 'en' | 'nl' = 'en'): Menu {
  const label = LABELS[lang];
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? [
        ...recent.map((file) => ({
          label: file.name,
          sublabel: file.path,
          enabled: file.exists,
          click: () => actions.openPath(file.path),
        })),
        { type: 'separator' as const },
        { label: label.clear, click: actions.clearRecent },
      ]
    : [{ label: label.none, enabled: false }];
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: label.file,
      submenu: [
        { label: label.open, accelerator: 'CmdOrCtrl+O', click: actions.openDialog },
        { label: label.recent, submenu: recentItems },
        {
          label: label.samples,
          submenu: samples.map((sample) => ({ label: sample.title, click: () => actions.openPath(sample.path) })),
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
