/**
 * The platform's protocol generations the widget speaks (docs/protocol.md, "Dialects"; the
 * evidence is ../shared/design/PLATFORM-GENERATIONS.md):
 * - `guide`: the integration guide's (G0) and ours: the widget speaks first (`auth`), chats and
 *   questions go over REST, answers stream over the socket.
 * - `realtime`: MIPTech Realtime (G1 to G4): the platform speaks first (`connection_established`,
 *   `connection_ready`), the widget joins a chat over the socket (`join_chat`) and asks there
 *   (`chat_message`); no REST at all.
 */
export const Dialect = { Guide: 'guide', Realtime: 'realtime' } as const;
export type Dialect = (typeof Dialect)[keyof typeof Dialect];

/** The element's `protocol` attribute: `auto` decides per connection (socket/dialect-link.ts). */
export type ProtocolSetting = Dialect | 'auto';

/** The `protocol` attribute's value, `auto` for anything else. */
export const readProtocolSetting = (value: string | null | undefined): ProtocolSetting =>
  value === Dialect.Guide || value === Dialect.Realtime ? value : 'auto';

/**
 * How long a new link waits, with `auto` and nothing remembered, for the platform to speak
 * first: one that stays silent this long gets `auth`. A realtime platform sends
 * `connection_established` as it accepts the socket (right behind the upgrade's answer; ready
 * follows in 0.4–0.6 s, the evidence's §6), so half a second is plenty; and a greeting that comes
 * later still turns the link (G4 ignores the `auth`; G3 refuses it with 4400, and the next link
 * speaks realtime). The wait is paid once per platform: the dialect is remembered.
 */
export const GREETING_WAIT_MS = 500;

/** Frames only a realtime platform sends before the widget says anything. */
export const GREETINGS: ReadonlySet<string> = new Set([
  'connection_established',
  'initialization_progress',
  'connection_ready',
  'platform_initializing',
  'platform_ready',
]);
