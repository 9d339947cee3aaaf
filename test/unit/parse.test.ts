import { expect } from '@open-wc/testing';
import { MAX_FRAME_CHARS, parseMessage, parseServerFrame } from '../../src/protocol/parse.js';

const msg = { id: 'm1', chat_id: 'c1', seq: 2, role: 'assistant', content: 'Hello', created_at: '2026-01-01T00:00:00Z' };

describe('parseServerFrame', () => {
  it('accepts every frame of the protocol', () => {
    const frames = [
      { type: 'auth_success', data: { session_id: 's', chat_id: 'c', protocol: 1 } },
      { type: 'pong', timestamp: 1 },
      { type: 'response_start', data: { chat_id: 'c1', message_id: 'm1', reply_to: 'cm1' } },
      { type: 'response_chunk', data: { message_id: 'm1', index: 0, delta: 'He' } },
      { type: 'response_complete', data: { message: msg } },
      { type: 'message', data: { message: msg } },
      { type: 'typing', data: { is_typing: true } },
      { type: 'error', data: { code: 'x', message: 'y', retry_after_ms: 5 } },
    ];
    for (const frame of frames) {
      const parsed = parseServerFrame(JSON.stringify(frame));
      expect(parsed.ok, frame.type).to.equal(true);
      expect(parsed.ok && parsed.frame?.type).to.equal(frame.type);
    }
  });

  it('ignores unknown types (forward compatible) without calling them errors', () => {
    expect(parseServerFrame('{"type":"new_thing","data":1}')).to.deep.equal({ ok: true, frame: null, ignoredType: 'new_thing' });
  });

  it('drops what is not a JSON object with a string type', () => {
    for (const bad of ['nope', '[]', '42', 'null', '{"type":5}', '{}', '"str"']) {
      expect(parseServerFrame(bad).ok, bad).to.equal(false);
    }
    expect(parseServerFrame(new ArrayBuffer(4)).ok).to.equal(false);
  });

  it('drops known frames with wrong field types', () => {
    const bad = [
      { type: 'response_chunk', data: { message_id: 'm', index: 1.5, delta: 'x' } },
      { type: 'response_chunk', data: { message_id: 'm', index: 0, delta: 5 } },
      { type: 'response_start', data: { message_id: 7, chat_id: 'c' } },
      { type: 'response_complete', data: { message: { ...msg, seq: 'two' } } },
      { type: 'message', data: { message: { ...msg, role: 'admin' } } },
      { type: 'typing', data: { is_typing: 'yes' } },
      { type: 'auth_success', data: null },
    ];
    for (const frame of bad) expect(parseServerFrame(JSON.stringify(frame)).ok, JSON.stringify(frame)).to.equal(false);
  });

  it('drops huge frames unparsed', () => {
    const huge = JSON.stringify({ type: 'typing', data: { is_typing: true, pad: 'x'.repeat(MAX_FRAME_CHARS) } });
    const parsed = parseServerFrame(huge);
    expect(parsed.ok).to.equal(false);
  });
});

describe('parseMessage', () => {
  it('keeps valid sources and drops broken ones', () => {
    const parsed = parseMessage({ ...msg, sources: [{ title: 'Pricing', url: 'https://x/pricing', snippet: 's' }, { title: 3 }, null] });
    expect(parsed?.sources).to.deep.equal([{ title: 'Pricing', url: 'https://x/pricing', snippet: 's' }]);
    const quoted = parseMessage({ ...msg, sources: [{ title: 'T', url: 'https://x/', quote: 'The words as on the page.' }] });
    expect(quoted?.sources?.[0]?.quote).to.equal('The words as on the page.');
  });

  it('keeps client_message_id and status', () => {
    const parsed = parseMessage({ ...msg, role: 'user', client_message_id: 'cm', status: 'interrupted' });
    expect(parsed?.client_message_id).to.equal('cm');
    expect(parsed?.status).to.equal('interrupted');
  });
});
