/**
 * The visitor's consent, where the site asks for it (`consent="required"`): read from storage
 * once, written only when the visitor accepts (a storage write is itself what needs consent),
 * kept per tenant and platform (`miptech-chat:<tenant>@<platform>:consent`). Declining is not
 * stored: the notice shows again next time.
 */
import type { BrowserPorts } from '../ports/ports.js';
import { ChatStorage } from '../ports/safe-storage.js';
import { mark } from '../ports/stored-mark.js';

export const CONSENT_KEY = 'consent';

export class Consent {
  private storage: ChatStorage | null = null;
  private given = false;

  /**
   * Reads the stored choice for `namespace` (the tenant and platform). Accepting marks the browser
   * (ports/stored-mark.ts): the loader reads a stored consent only where one can be.
   */
  load(namespace: string, ports: Pick<BrowserPorts, 'storage' | 'marks'>): void {
    this.storage = new ChatStorage(namespace, ports.storage, () => mark(ports.marks, namespace, 'open'));
    this.given =
      this.storage.read(CONSENT_KEY, (v) =>
        typeof v === 'object' && v !== null && typeof (v as { accepted_at?: unknown }).accepted_at === 'string'
          ? v
          : null,
      ) !== null;
  }

  get accepted(): boolean {
    return this.given;
  }

  accept(now: Date): void {
    this.given = true;
    this.storage?.write(CONSENT_KEY, { accepted_at: now.toISOString() });
  }

  /** `forget()`: the choice goes with everything else (the key itself is removed by forgetStored). */
  reset(): void {
    this.given = false;
  }
}
