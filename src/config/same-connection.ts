import type { FrameConfig } from './config.js';

/**
 * Whether two configs connect to the same place as the same tenant (else the session is rebuilt).
 * The chat's alone: config.ts holds what the loader lends the chat too.
 */
export function sameConnection(a: FrameConfig | null, b: FrameConfig | null): boolean {
  return (
    a === b || (a !== null && b !== null && a.tenantId === b.tenantId && a.apiUrl === b.apiUrl && a.wsUrl === b.wsUrl)
  );
}
