/**
 * A kept recording's sample rate. 16 kHz mono is what speech recognisers take and keeps every
 * speech formant (they sit under 8 kHz); at 16-bit that is 32 KB a second, ~115 MB an hour.
 */
export const RECORDING_RATE = 16_000;

/** Bytes per kept sample: 16-bit PCM. */
export const RECORDING_BYTES_PER_SAMPLE = 2;

// Three hours is longer than any talk Sticky plans (60 minutes) plus a long Q&A; at 16 kHz 16-bit
// it is ~345 MB, the most the renderer holds in memory. Beyond it the recording stops (and says so).
/** The longest recording kept, in seconds. */
export const MAX_RECORDING_SECONDS = 3 * 3600;

// One IPC message stays small enough to copy without a stall: 1 MB is ~33 seconds of audio.
/** The most PCM bytes one appendRecording call carries. */
export const MAX_RECORDING_CHUNK_BYTES = 1024 * 1024;

/** The longest base64 text a chunk of MAX_RECORDING_CHUNK_BYTES encodes to (4 characters per 3 bytes). */
export const MAX_RECORDING_CHUNK_BASE64 = Math.ceil(MAX_RECORDING_CHUNK_BYTES / 3) * 4;
