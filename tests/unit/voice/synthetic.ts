/** Synthetic test sounds at a given sample rate. */

/** A sine tone of `seconds` at `hz` and an amplitude (1 is full scale). */
export function tone(hz: number, seconds: number, sampleRate: number, amplitude = 0.3): Float32Array {
  const out = new Float32Array(Math.round(seconds * sampleRate));
  for (let i = 0; i < out.length; i++) out[i] = amplitude * Math.sin((2 * Math.PI * hz * i) / sampleRate);
  return out;
}

/**
 * A voice-like buzz: a tone with harmonics at `hz`, its loudness rising and falling `beatsPerSecond`
 * times a second (each beat one "syllable"), for `seconds`.
 */
export function syllableBuzz(hz: number, beatsPerSecond: number, seconds: number, sampleRate: number): Float32Array {
  const out = new Float32Array(Math.round(seconds * sampleRate));
  for (let i = 0; i < out.length; i++) {
    const t = i / sampleRate;
    const envelope = 0.5 - 0.5 * Math.cos(2 * Math.PI * beatsPerSecond * t);
    const harmonics = Math.sin(2 * Math.PI * hz * t) + 0.5 * Math.sin(4 * Math.PI * hz * t) + 0.25 * Math.sin(6 * Math.PI * hz * t);
    out[i] = 0.2 * envelope * harmonics;
  }
  return out;
}

/** White noise at an RMS amplitude, from a fixed seed so every run hears the same noise. */
export function noise(seconds: number, sampleRate: number, rms: number, seed = 1): Float32Array {
  const out = new Float32Array(Math.round(seconds * sampleRate));
  let state = seed;
  // A linear congruential generator (Numerical Recipes' constants): repeatable, uniform in [-1, 1).
  const next = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 31 - 1;
  // A uniform value in [-1, 1) has an RMS of 1/sqrt(3).
  for (let i = 0; i < out.length; i++) out[i] = next() * rms * Math.sqrt(3);
  return out;
}

/** Adds b into a copy of a, from the start (a is at least as long as b). */
export function mix(a: Float32Array, b: Float32Array): Float32Array {
  const out = Float32Array.from(a);
  for (let i = 0; i < Math.min(a.length, b.length); i++) out[i]! += b[i]!;
  return out;
}

/** Samples joined in order; a number stands for that many seconds of silence at the sample rate. */
export function joinAt(sampleRate: number, ...parts: (Float32Array | number)[]): Float32Array {
  const arrays = parts.map((part) => (typeof part === 'number' ? new Float32Array(Math.round(part * sampleRate)) : part));
  const out = new Float32Array(arrays.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of arrays) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
