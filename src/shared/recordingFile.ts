// A three-hour recording (the longest analysed, MAX_RECORDING_SECONDS) is 2 GB as 48 kHz stereo
// 24-bit WAV; a larger file is refused before reading. Files are read in parts, so this cap bounds
// the time spent, not memory.
/** The largest recording file read for analysis, in bytes. */
export const MAX_RECORDING_FILE_BYTES = 2 * 1024 * 1024 * 1024;

// One IPC message stays small enough to copy without a stall (as MAX_RECORDING_CHUNK_BYTES).
/** The most bytes one readRecording call returns. */
export const MAX_RECORDING_READ_BYTES = 1024 * 1024;

/** The file name extensions the open dialog offers for a recording (the page reads the first bytes, not the name). */
export const RECORDING_EXTENSIONS = ['wav', 'mp3', 'm4a', 'aac', 'mp4', 'ogg', 'oga', 'opus', 'flac', 'webm'];
