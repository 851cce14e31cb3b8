import { describe, expect, test } from 'vitest';
import { isEngineRequest, isEngineResponse, valueFor, type EngineAnswer } from '../../../src/main/services/engineProtocol';

const outlineRequest = { id: 1, kind: 'outline', text: '# Talk', fileName: 't.md', defaults: {}, pace: null };

describe('the engine thread’s messages', () => {
  test('a request is taken only with an id, a known kind and that kind’s fields', () => {
    expect(isEngineRequest(outlineRequest)).toBe(true);
    expect(isEngineRequest({ ...outlineRequest, kind: 'analyse', dismissed: [] })).toBe(true);
    expect(isEngineRequest({ id: 2, kind: 'office', bytes: new Uint8Array(4), fileName: 'a.docx', extension: '.docx' })).toBe(true);
    expect(isEngineRequest({ ...outlineRequest, kind: 'delete' })).toBe(false);
    expect(isEngineRequest({ ...outlineRequest, id: '1' })).toBe(false);
    expect(isEngineRequest({ ...outlineRequest, text: undefined })).toBe(false);
    expect(isEngineRequest({ id: 2, kind: 'office', bytes: [1, 2], fileName: 'a.docx', extension: '.docx' })).toBe(false);
    expect(isEngineRequest(null)).toBe(false);
  });

  test('a response is an answer of a known kind or a refusal with its message', () => {
    expect(isEngineResponse({ id: 1, ok: true, kind: 'office', value: 'text' })).toBe(true);
    expect(isEngineResponse({ id: 1, ok: false, message: 'No.' })).toBe(true);
    expect(isEngineResponse({ id: 1, ok: true, kind: 'office' })).toBe(false);
    expect(isEngineResponse({ id: 1, ok: true, kind: 'other', value: 1 })).toBe(false);
    expect(isEngineResponse({ id: 1, ok: false })).toBe(false);
    expect(isEngineResponse('done')).toBe(false);
  });

  test('an answer gives its value only to a request of its own kind', () => {
    const answer: EngineAnswer = { kind: 'office', value: 'talk text' };
    expect(valueFor(answer, 'office')).toBe('talk text');
    expect(() => valueFor(answer, 'outline')).toThrow('The engine answered a request for "outline" with one for "office".');
  });
});
