import { describe, expect, it } from 'vitest';
import { runRequestSchema, type RunRequest } from '../../../../shared/contract/run-request';
import { listRequestDocuments } from './request-documents';

const PDF_ID = 'a'.repeat(64);
const PNG_ID = 'b'.repeat(64);
const request = (messages: unknown[]): RunRequest => runRequestSchema.parse({ model: 'claude-sonnet-4-5', messages });
const user = (...content: unknown[]) => ({ role: 'user', content });
const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('listRequestDocuments', () => {
  it.each([
    ['no request', undefined, []],
    ['plain text turns', request([{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }]), []],
    [
      'a PDF attachment (title else name), not an image',
      request([user({ type: 'text', text: 'Read' }, { type: 'duet_attachment', attachment: { id: PNG_ID, name: 'shot.png' } }, { type: 'duet_attachment', attachment: { id: PDF_ID, name: 'report.pdf' } })]),
      [{ source: 'attachment', title: 'report.pdf', id: PDF_ID }],
    ],
    [
      'an attachment with document options whatever its name',
      request([user({ type: 'duet_attachment', attachment: { id: PDF_ID, name: 'scan' }, citations: { enabled: true }, title: 'Q3 report' })]),
      [{ source: 'attachment', title: 'Q3 report', id: PDF_ID }],
    ],
    [
      'inline text and PDF files, images skipped',
      request([
        user(
          { type: 'file', file: { file_data: `data:text/plain;base64,${b64('The grass is green.')}`, filename: 'notes.txt' } },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
          { type: 'file', file: { file_data: 'JVBERi0=', filename: 'raw.pdf' }, title: 'Raw' },
          { type: 'file', file: { file_data: 'data:,plain%20words', filename: 'p.txt' } },
        ),
      ]),
      [
        { source: 'text', title: 'notes.txt', text: 'The grass is green.' },
        { source: 'pdf_data', title: 'Raw', base64: 'JVBERi0=' },
        { source: 'text', title: 'p.txt', text: 'plain words' },
      ],
    ],
    [
      "Anthropic's own document blocks",
      request([
        user(
          { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'Sky.' }, title: 'Sky' },
          { type: 'document', source: { type: 'content', content: [{ type: 'text', text: 'One' }, { type: 'text', text: 'Two' }] } },
          { type: 'document', source: { type: 'url', url: 'https://example.com/a.pdf' }, title: 'Remote' },
          { type: 'search_result', source: 'https://example.com', title: 'Not a document', content: [] },
        ),
      ]),
      [
        { source: 'text', title: 'Sky', text: 'Sky.' },
        { source: 'content', title: 'Document', blocks: ['One', 'Two'] },
        { source: 'elsewhere', title: 'Remote' },
      ],
    ],
    [
      'documents by reference',
      request([user({ type: 'file_url', file_url: { url: 'https://example.com/x.pdf' } }, { type: 'file', file: { file_id: 'file_1', filename: 'f.pdf' } }, { type: 'image_url', image_url: { url: 'https://example.com/y.pdf?v=1' } })]),
      [
        { source: 'elsewhere', title: 'https://example.com/x.pdf' },
        { source: 'elsewhere', title: 'f.pdf' },
        { source: 'elsewhere', title: 'https://example.com/y.pdf?v=1' },
      ],
    ],
  ])('finds %s', (_case, input, expected) => {
    expect(listRequestDocuments(input)).toEqual(expected);
  });

  it('numbers them as the gateway orders blocks: tool results first within a user turn, turns in order', () => {
    const text = (name: string) => ({ type: 'file', file: { file_data: `data:text/plain,${name}`, filename: `${name}.txt` } });
    const docs = listRequestDocuments(
      request([
        user(text('first')),
        { role: 'assistant', content: '', tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'look', arguments: '{}' } }] },
        user(text('after-user')),
        { role: 'tool', tool_call_id: 'call_1', content: [text('tool-result')] },
        { role: 'system', content: 'A system message does not end the turn.' },
        user(text('same-turn')),
        { role: 'assistant', content: 'ok' },
        user(text('last')),
      ]),
    );
    expect(docs.map((doc) => doc.title)).toEqual(['first.txt', 'tool-result.txt', 'after-user.txt', 'same-turn.txt', 'last.txt']);
  });
});
