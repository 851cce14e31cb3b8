/** Formats minutes as `m:ss`, e.g. 2.5 -> "2:30". */
export function clock(minutes: number): string {
  const totalSeconds = Math.round(Math.abs(minutes) * 60);
  const m = Math.floor(totalSeconds / 60);
  const s = totalSeconds % 60;
  return `${minutes < 0 ? '−' : ''}${m}:${String(s).padStart(2, '0')}`;
}

/** Formats a count with thousands separators. */
export function count(value: number): string {
  return value.toLocaleString('en-US');
}

/** Formats a time of day as HH:MM:SS. */
export function timeOfDay(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** The language's name for display. */
export function languageName(lang: string): string {
  return lang === 'nl' ? 'Dutch' : 'English';
}
