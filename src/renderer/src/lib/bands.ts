/** How strong a 0-100 value is, for shading: high, mid or low. */
export type Band = 'high' | 'mid' | 'low';

// 60+ means a principle is clearly at work (or a risk is mostly there); under 35 it is mostly
// absent. The same bands as the CLI's colours (cli.ts) and the verdict's strengths.
const HIGH = 60;
const MID = 35;

/** The band of a 0-100 score or risk. Shown with the number itself, never colour alone. */
export function band(value: number): Band {
  return value >= HIGH ? 'high' : value >= MID ? 'mid' : 'low';
}
