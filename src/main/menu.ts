import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { SampleTalk } from '../shared/api';
import type { RecentFile } from '../shared/settings';

/** What the menu can ask the app to do. */
export interface MenuActions {
  openDialog: () => void;
  openPath: (path: string) => void;
  clearRecent: () => void;
}

/** Builds the application menu: File > Open (Ctrl/Cmd+O), Open Recent, samples, and the usual roles. */
export function buildMenu(recent: RecentFile[], samples: SampleTalk[], actions: MenuActions): Menu {
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? [
        ...recent.map((file) => ({
          label: file.name,
          sublabel: file.path,
          enabled: file.exists,
          click: () => actions.openPath(file.path),
        })),
        { type: 'separator' as const },
        { label: 'Clear Recent', click: actions.clearRecent },
      ]
    : [{ label: 'No recent talks', enabled: false }];
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Open Talk…', accelerator: 'CmdOrCtrl+O', click: actions.openDialog },
        { label: 'Open Recent', submenu: recentItems },
        {
          label: 'Open Sample Talk',
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
