// What the engine's thread (engineWorker.ts) does with each request, apart from the messaging: one
// signal cache and the last talks read live as long as the thread, so the analysis that follows an
// outline of the same text scores the talk the outline read instead of parsing it again.
import { analyseTalk, SignalCache } from '../engine/analyse';
import type { EngineAnswer, EngineCall } from './engineProtocol';
import { outlineOf } from './engineRunner';
import { readOfficeTalk } from './office/officeTalk';
import { TalkReads } from './talkReads';

/** A function answering the engine thread's requests, with a cache and the last reads of its own. */
export function engineAnswerer(): (request: EngineCall) => Promise<EngineAnswer> {
  const cache = new SignalCache(); // unchanged paragraphs keep their signals between saves, as in-process
  const reads = new TalkReads(cache);
  return async (request) => {
    const { fileName } = request;
    if (request.kind === 'office')
      return { kind: 'office', value: await readOfficeTalk(Buffer.from(request.bytes), fileName, request.extension) };
    const { text, defaults } = request;
    const read = reads.read(text, fileName, defaults);
    return request.kind === 'outline'
      ? { kind: 'outline', value: outlineOf(read, request.pace) }
      : { kind: 'analyse', value: analyseTalk(text, { fileName, defaults, cache, dismissed: request.dismissed ?? [], read }).analysis };
  };
}
