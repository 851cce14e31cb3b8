import { expect, test, vi } from 'vitest';
import { readOfficeTalk } from '../../../src/main/services/office/officeTalk';
import { docx } from '../../../scripts/stress-cases/office.mjs';

// Mammoth reads XML recursively; the depth cap stops crafted nesting first (officeLimits.test.ts),
// but a smaller stack (a worker's) could still overflow. That is "too complex", never "damaged".
vi.mock('../../../src/main/services/office/docx', () => ({
  docxBlocks: () => Promise.reject(new RangeError('Maximum call stack size exceeded')),
}));

test('a stack overflow while reading a Word file says it is too complex, not damaged', async () => {
  await expect(readOfficeTalk(docx('<w:p/>'), 'deep.docx', '.docx')).rejects.toMatchObject({
    code: 'bad-document',
    params: { reason: 'too-complex' },
    message: /nests its XML far deeper/,
  });
});
