import { expect, test } from 'vitest';
import { analyseTalk } from '../../src/main/engine/analyse';
import { sectionBlocks } from '../../src/renderer/src/lib/sectionText';

function blocksOf(text: string) {
  const { talk, analysis } = analyseTalk(text);
  const section = talk.sections[0]!;
  const analysed = analysis.sections[0]!;
  return {
    blocks: sectionBlocks(text, section.start.offset, section.end.offset, analysed.spoken, analysed.findings),
    findings: analysed.findings,
  };
}

test('sections show as plain text blocks: syntax, comments and link addresses left out, code kept apart', () => {
  const text =
    '## Story\r\n<!-- variants: 10 -->\r\n\r\nIt was **2013**, see [the site](https://x.y/z).\r\nA second line.\r\n\r\n- an item\r\n\r\n```\r\ncode <b>here</b>\r\n```\r\n';
  const { blocks } = blocksOf(text);
  const plain = blocks.map((block) => `${block.kind}:${block.segments.map((segment) => segment.text).join('')}`);
  expect(plain).toEqual(['heading:Story', 'paragraph:It was 2013, see the site. A second line.', 'item:an item', 'code:code <b>here</b>']);
});

test('a phrase across a wrapped line stays one highlight', () => {
  const { blocks, findings } = blocksOf('## Ask\n\nSo here is what I ask of you. This\nweek, find one customer story.\n');
  const segments = blocks[1]!.segments
    .filter((segment) => segment.findings.some((index) => findings[index]!.ruleId.startsWith('call-to-action')))
    .map((segment) => segment.text);
  // The ask announced by "here is what I ask of you" is the next sentence, across the wrapped line.
  expect(segments[0]).toMatch(/^This week/);
  expect(segments.join('')).toBe('This week, find one customer story.');
});

test('a line of raw HTML ends the paragraph before it and never joins a heading', () => {
  const { blocks } = blocksOf('## Title\n\n<script>alert(1)</script>\nAfter the script.\n');
  expect(blocks.map((block) => `${block.kind}:${block.segments.map((segment) => segment.text).join('')}`)).toEqual([
    'heading:Title',
    'paragraph:After the script.',
  ]);
});
