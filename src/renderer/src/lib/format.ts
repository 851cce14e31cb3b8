import { number, t, timeTag } from './i18n.svelte';

/** Formats minutes as `m:ss`, e.g. 2.5 -> "2:30". */
export function clock(minutes: number): string {
  const totalSeconds = Math.round(Math.abs(minutes) * 60);
  const m = Math.floor(totalSeconds / 60);
  const s = totalSeconds % 60;
  return `${minutes < 0 ? '−' : ''}${m}:${String(s).padStart(2, '0')}`;
}

/** Formats a count with the interface language's thousands separators ("1,439", "1.439"). */
export function count(value: number): string {
  return number(value);
}

/** Formats a time of day as HH:MM:SS. */
export function timeOfDay(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString(timeTag(), { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** Formats seconds as `m:ss` (`h:mm:ss` past an hour), with a minus sign when negative. */
export function duration(seconds: number): string {
  const total = Math.round(Math.abs(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  const body = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
  return `${seconds < 0 && total > 0 ? '−' : ''}${body}`;
}

/** Says how far ahead or behind, in words: "12 s behind", "1:05 ahead", "on schedule". */
export function pace(behind: number): string {
  const rounded = Math.round(behind);
  if (Math.abs(rounded) < 1) return t('pace.onSchedule');
  const amount = Math.abs(rounded) < 60 ? `${Math.abs(rounded)} s` : duration(Math.abs(rounded));
  return t(rounded > 0 ? 'pace.behind' : 'pace.ahead', { amount });
}
