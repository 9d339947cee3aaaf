// The realtime dialect's reader (protocol/dialects/realtime.ts) as a table of frames, each shape
// taken from ../shared/design/PLATFORM-GENERATIONS.md, and its outbound frames.
import { expect } from '@open-wc/testing';
import { NEW_READING, asked, joinChatFrame, readRealtime, textOf, type RealtimeEvent, type RealtimeReading } from '../../src/protocol/dialects/realtime.js';
import { chatMessageFrame } from '../../src/session/socket-question.js';

const NOW = '2026-12-05T12:00:00.000Z';
/** Reads frames in order; returns every event and the last reading. */
function read(frames: Record<string, unknown>[], start: RealtimeReading = NEW_READING): { events: RealtimeEvent[]; reading: RealtimeReading } {
  let reading = start;
  const events: RealtimeEvent[] = [];
  for (const frame of frames) {
    const [next, out] = readRealtime(reading, frame, String(frame.type), NOW);
    reading = next;
    events.push(...out);
  }
  return { events, reading };
}
const frames = (events: RealtimeEvent[]) => events.flatMap((e) => (e.kind === 'frame' ? [e.frame] : []));

describe('the realtime dialect, frame by frame', () => {
  const table: [string, Record<string, unknown>, string[]][] = [
    ['connection_established greets', { type: 'connection_established', data: { client_id: 'c', tenant_id: 't' } }, ['greeting']],
    ['initialization_progress greets', { type: 'initialization_progress', data: { phase: 'services' } }, ['greeting']],
    ['connection_ready: ready', { type: 'connection_ready', data: { client_id: 'c', ready_duration: 0.0001 } }, ['ready']],
    ['a server ping', { type: 'ping' }, ['ping']],
    ['a pong', { type: 'pong', data: { ts: 1 } }, ['pong']],
    ['chat_created, id at the top level (FWI)', { type: 'chat_created', data: { success: true }, chat_id: 'c-1' }, ['chat']],
    ['chat_joined, id in data only', { type: 'chat_joined', data: { chat_id: 'c-2', success: true } }, ['chat']],
    ['message_received names the chat', { type: 'message_received', data: { message_id: 'm', chat_id: 'c-3' } }, ['chat']],
    ['processing (no message id, as captured): typing', { type: 'processing', data: { message: 'Processing your request...' } }, ['frame:typing']],
    ['typing_start (the visitor typing, echoed): ignored', { type: 'typing_start', data: {} }, []],
    ['an unknown frame: ignored', { type: 'from_the_future', data: {} }, []],
    ['chat_left: ignored', { type: 'chat_left', data: {} }, []],
  ];
  for (const [name, frame, kinds] of table) {
    it(name, () => {
      const { events } = read([frame]);
      expect(events.map((e) => (e.kind === 'frame' ? `frame:${e.frame.type}` : e.kind))).to.deep.equal(kinds);
    });
  }

  it('chunk text from whichever field holds it', () => {
    expect(textOf({ chunk: 'a' })).to.equal('a');
    expect(textOf({ content: 'b' })).to.equal('b');
    expect(textOf({ text: 'c' })).to.equal('c');
    expect(textOf({ delta: 'd' })).to.equal('d');
    expect(textOf({ delta: { content: 'e' } })).to.equal('e');
    expect(textOf({ delta: { text: 'f' } })).to.equal('f');
    expect(textOf({ choices: [{ delta: { content: 'g' } }] })).to.equal('g');
    expect(textOf({ choices: [{ delta: { text: 'h' } }] })).to.equal('h');
    expect(textOf({ other: 1 })).to.equal(undefined);
  });

  it('a streamed answer: start, numbered chunks appended in order, a flat complete with its text, in the joined chat, answering the last question', () => {
    const start = asked({ ...NEW_READING, chatId: 'c-1' }, 'q-1');
    const { events, reading } = read(
      [
        { type: 'response_start', data: { message_id: 'a-1', chat_id: 'c-1' }, message_id: 'a-1', chat_id: 'c-1' },
        { type: 'response_chunk', data: { message_id: 'a-1', content: 'Hello ' } },
        { type: 'response_chunk', data: { chunk: 'there' } },
        { type: 'response_complete', data: { message_id: 'a-1', content: 'Hello there', role: 'assistant', created_at: 1721568310.077, total_tokens: 2 } },
      ],
      start,
    );
    expect(frames(events)).to.deep.equal([
      { type: 'response_start', data: { chat_id: 'c-1', message_id: 'a-1', reply_to: 'q-1' } },
      { type: 'response_chunk', data: { message_id: 'a-1', index: 0, delta: 'Hello ' } },
      { type: 'response_chunk', data: { message_id: 'a-1', index: 1, delta: 'there' } },
      {
        type: 'response_complete',
        data: { message: { id: 'a-1', chat_id: 'c-1', seq: -1, role: 'assistant', content: 'Hello there', created_at: '2024-07-21T13:25:10.077Z', sources: undefined, reply_to: 'q-1' } },
      },
    ]);
    expect(reading.answer).to.equal(null);
  });

  it('chunks with no response_start and no id start an answer of their own; a complete with no text keeps the chunks', () => {
    const { events } = read([
      { type: 'response_chunk', data: { delta: { content: 'Par' } } },
      { type: 'response_chunk', data: { choices: [{ delta: { content: 'tial' } }] } },
      { type: 'response_complete', data: { total_tokens: 2, sources: [{ title: 'Pricing', url: 'https://x.test/p' }, { title: 1 }] } },
    ]);
    const out = frames(events);
    expect(out.map((f) => f.type)).to.deep.equal(['response_start', 'response_chunk', 'response_chunk', 'response_complete']);
    const complete = out[3] as Extract<(typeof out)[number], { type: 'response_complete' }>;
    expect(complete.data.message.content).to.equal('Partial');
    expect(complete.data.message.id).to.equal((out[0] as { data: { message_id: string } }).data.message_id);
    expect(complete.data.message.sources).to.deep.equal([{ title: 'Pricing', url: 'https://x.test/p', snippet: undefined }]);
    expect(complete.data.message.created_at).to.equal(NOW);
  });

  it('assistant_message, nested or flat, ends an answer too; an empty one is no answer', () => {
    const nested = frames(read([{ type: 'assistant_message', data: { message: { id: 'a-9', content: 'Nested' } } }]).events);
    expect(nested.map((f) => f.type)).to.deep.equal(['response_complete']);
    expect((nested[0] as { data: { message: { id: string; content: string } } }).data.message).to.include({ id: 'a-9', content: 'Nested' });
    expect(frames(read([{ type: 'response_complete', data: { content: '' } }]).events)).to.deep.equal([]);
  });

  it('an error frame, in any of its shapes, keeps its code', () => {
    const out = frames(read([{ type: 'error', data: { type: 'rate_limit_error', message: 'Slow down' } }, { type: 'error', data: { error_code: 'PROCESSING_ERROR' } }]).events);
    expect(out).to.deep.equal([
      { type: 'error', data: { code: 'rate_limit_error', message: 'Slow down' } },
      { type: 'error', data: { code: 'PROCESSING_ERROR', message: 'PROCESSING_ERROR' } },
    ]);
  });

  it('the first chat named is the link’s: a later frame of the same chat names nothing new; an id that is not one is ignored', () => {
    const { events, reading } = read([
      { type: 'chat_created', chat_id: 'c-1' },
      { type: 'message_received', data: { chat_id: 'c-1' } },
      { type: 'chat_joined', chat_id: '../../etc' },
    ]);
    expect(events.filter((e) => e.kind === 'chat')).to.have.length(1);
    expect(reading.chatId).to.equal('c-1');
  });

  it('sends join_chat (to start, or to rejoin with a token) and chat_message as the evidence shows them', () => {
    expect(joinChatFrame('t', null, null)).to.deep.equal({ type: 'join_chat', data: { channel: 'website', create: true, tenant_id: 't', tenantId: 't' } });
    expect(joinChatFrame('t', 'c-1', 'jwt')).to.deep.equal({ type: 'join_chat', data: { channel: 'website', create: true, tenant_id: 't', tenantId: 't', chat_id: 'c-1', chatId: 'c-1', token: 'jwt' } });
    expect(chatMessageFrame('Hi', null, 'q-1')).to.deep.equal({ type: 'chat_message', data: { message: 'Hi', stream: true, message_id: 'q-1' }, message_id: 'q-1' });
    expect(chatMessageFrame('Hi', 'c-1', 'q-1').data.chat_id).to.equal('c-1');
  });
});
