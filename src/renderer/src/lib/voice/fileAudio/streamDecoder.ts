/** Samples decoded from the bytes given so far: one array per channel. */
export interface Decoded {
  channelData: Float32Array[];
  samplesDecoded: number;
  sampleRate: number;
  errors?: unknown[];
}

/** A decoder fed a file's bytes in order, giving back the samples they complete. */
export interface StreamDecoder {
  decode(chunk: Uint8Array): Decoded | Promise<Decoded>;
  flush?(): Decoded | Promise<Decoded>;
  free(): void;
}
