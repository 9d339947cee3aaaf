/**
 * How fast a visitor may send (session/send-rate.ts holds the bucket): a burst of this many, then
 * one per interval. The loader queues no more than a burst before the chat arrives. Constants
 * only, so each build inlines them and the loader holds no code of the chat's.
 */
export const SEND_BURST = 5;
export const SEND_INTERVAL_MS = 1_000;
