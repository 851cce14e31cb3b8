let context: AudioContext | undefined;

/** A short, soft tone: one for "tight", two lower ones for "over". */
export function playCue(cue: 'tight' | 'over'): void {
  try {
    context ??= new AudioContext();
    const tones = cue === 'tight' ? [660] : [440, 440];
    tones.forEach((frequency, index) => {
      const oscillator = context!.createOscillator();
      const gain = context!.createGain();
      const start = context!.currentTime + index * 0.25;
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.12, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.2);
      oscillator.connect(gain).connect(context!.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.22);
    });
  } catch {
    // No audio device: the visual cue is enough.
  }
}
