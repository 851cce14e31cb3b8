import type { UiLanguage } from '../../shared/settings';

/** The menu's language: the one chosen in Settings, or the system's (Dutch for any `nl` locale). */
export function menuLanguage(choice: UiLanguage, systemLocale: string): 'en' | 'nl' {
  if (choice !== 'system') return choice;
  return systemLocale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
