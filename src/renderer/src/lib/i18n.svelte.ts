import type { UiLanguage } from '../../../shared/settings';
import { en, type MessageKey } from './messages/en';
import { nl } from './messages/nl';
import { fillTemplate } from '../../../shared/template';

/** The interface's current language. */
class Locale {
  current = $state<'en' | 'nl'>('en');
}

/** The interface language, shared by every component. */
export const locale = new Locale();

/** The interface language for a setting: the system's language when it says "system". */
export function resolveLocale(setting: UiLanguage, systemLanguage: string = navigator.language): 'en' | 'nl' {
  if (setting !== 'system') return setting;
  return systemLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** A UI string in the current language, with `{name}` parameters filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = (locale.current === 'nl' ? nl : en)[key] ?? en[key];
  return fillTemplate(template, params);
}

// One formatting locale per interface language, for every number, date and time on screen.
const TAGS = { en: 'en-GB', nl: 'nl-NL' } as const;

/** The formatting locale of the interface language (numbers, dates, times). */
export const timeTag = (): string => TAGS[locale.current];

/** A number in the current language ("1,439" or "1.439"). */
export function number(value: number): string {
  return value.toLocaleString(TAGS[locale.current]);
}

/** A date and time in the current language ("6 Dec 2026, 14:05" or "6 dec 2026, 14:05"). */
export function dateTime(at: number | string): string {
  const when = typeof at === 'string' ? Date.parse(at) : at;
  return new Intl.DateTimeFormat(TAGS[locale.current], { dateStyle: 'medium', timeStyle: 'short' }).format(when);
}
