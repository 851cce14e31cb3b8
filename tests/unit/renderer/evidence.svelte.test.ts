import { beforeEach, describe, expect, test } from 'vitest';
import { Evidence } from '../../../src/renderer/src/lib/state/evidence.svelte';
import type { AnalysisView, SectionEvidence } from '../../../src/shared/analysis';
import { installFakeApi, settle, type FakeApi } from './fakes';

const view = (): AnalysisView => ({ sections: [], talk: {} as AnalysisView['talk'], variants: {} as AnalysisView['variants'] });
const evidenceOf = (id: string, note = ''): SectionEvidence => ({ id, findings: [], total: 0, spoken: `${id} spoken${note}` });

describe('Evidence: the shown section’s findings, fetched when it opens', () => {
  let api: FakeApi;
  beforeEach(() => {
    api = installFakeApi();
    api.sectionEvidence.mockImplementation(async (id: string) => evidenceOf(id));
  });

  test('asks once per section and analysis, then answers from what it fetched', async () => {
    const evidence = new Evidence();
    const analysis = view();
    await evidence.show(analysis, 'a');
    expect(evidence.current?.spoken).toBe('a spoken');
    await evidence.show(analysis, 'b');
    await evidence.show(analysis, 'a');
    expect(evidence.current?.id).toBe('a');
    expect(api.sectionEvidence).toHaveBeenCalledTimes(2);
  });

  test('new scores fetch again, and the section’s previous evidence stays until they arrive', async () => {
    const evidence = new Evidence();
    await evidence.show(view(), 'a');
    let answer: (value: SectionEvidence) => void = () => undefined;
    api.sectionEvidence.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const showing = evidence.show(view(), 'a');
    expect(evidence.current?.spoken).toBe('a spoken');
    answer(evidenceOf('a', ' again'));
    await showing;
    expect(evidence.current?.spoken).toBe('a spoken again');
  });

  test('another section shows nothing until its own evidence arrives, and a late answer for the last one is dropped', async () => {
    const evidence = new Evidence();
    const analysis = view();
    await evidence.show(analysis, 'a');
    const answers: ((value: SectionEvidence) => void)[] = [];
    api.sectionEvidence.mockImplementation(() => new Promise((resolve) => answers.push(resolve)));
    const slow = evidence.show(analysis, 'b');
    expect(evidence.current).toBeNull();
    const fast = evidence.show(analysis, 'c');
    answers[1]!(evidenceOf('c'));
    await fast;
    answers[0]!(evidenceOf('b'));
    await slow;
    await settle();
    expect(evidence.current?.id).toBe('c');
  });

  test('a failed fetch leaves the scores without highlights', async () => {
    api.sectionEvidence.mockRejectedValue(new Error('gone'));
    const evidence = new Evidence();
    await evidence.show(view(), 'a');
    expect(evidence.current).toBeNull();
  });
});
