// `/__control`: what the tests ask of a running platform (its counts, faults, a flood of frames,
// revoked tokens, a tenant's chats). Only on a platform started with control on.
import { ChatStore, chatOwner } from './chat-store.mjs';
import { readJson } from './http-basics.mjs';

export function controlRoutes(state) {
  const when = () => Boolean(state.control);
  const ok = (body) => ({ status: 200, body });
  return [
    { path: '/__control/stats', when, handle: () => ok({ ...state.counts(), sockets: state.hub.wss.clients.size }) },
    {
      path: '/__control/flood',
      methods: ['POST'],
      when,
      handle: async (req) => {
        const { count = 1000 } = (await readJson(req)) ?? {};
        return ok({ sent: state.hub.flood(Math.min(10_000, Number(count) || 0)) });
      },
    },
    { path: '/__control/drop-sockets', methods: ['POST'], when, handle: () => ok({ dropped: state.hub.dropAll() }) },
    {
      path: '/__control/revoke-tokens',
      methods: ['POST'],
      when,
      handle: () => ok({ generation: state.revokeTokens() }),
    },
    {
      path: '/__control/chats',
      when,
      handle: (req, url) => {
        const chats = [...state.store.chats.values()].filter((c) => c.tenant_id === url.searchParams.get('tenant_id'));
        const described = (c) => ({ ...ChatStore.publicChat(c), owner: chatOwner(c), context: c.context, visitor: c.visitor ?? null, messages: c.messages.length });
        return ok({ chats: chats.map(described) });
      },
    },
    {
      path: '/__control/faults',
      when,
      handle: async (req) => {
        if (req.method === 'POST') state.switchFaults((await readJson(req))?.faults ?? []);
        return ok({ faults: state.faults });
      },
    },
  ];
}
