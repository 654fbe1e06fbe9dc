import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hostContact, type HostContact } from '../host-contact.js';
import { resolveOfferStatus, type OfferStatus } from '../offer-status.js';

/** The attributes these settings come from. */
interface SettingsSource {
  offerStatus: string | undefined;
  today: string | undefined;
  contactName: string | undefined;
  contactPhone: string | undefined;
  contactEmail: string | undefined;
}

/**
 * The host's settings that are checked before use: the offer status (from `offer-status`, else the
 * offer period and `today`) and the contact person (only its valid parts). Resolved again before a
 * render when their attributes changed; an invalid value is ignored with a console warning.
 */
export class HostSettingsController implements ReactiveController {
  offer: OfferStatus = 'open';
  contact: HostContact = {};
  private offerFrom: string | undefined;
  private contactFrom: string | undefined;

  constructor(private readonly host: ReactiveControllerHost & SettingsSource) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { offerStatus, today, contactName: name, contactPhone: phone, contactEmail: email } = this.host;
    const warn = (message: string) => console.warn(message);
    const offerFrom = JSON.stringify([offerStatus, today]);
    if (offerFrom !== this.offerFrom) {
      this.offerFrom = offerFrom;
      this.offer = resolveOfferStatus(offerStatus, today, warn);
    }
    const contactFrom = JSON.stringify([name, phone, email]);
    if (contactFrom !== this.contactFrom) {
      this.contactFrom = contactFrom;
      this.contact = hostContact({ name, phone, email }, warn);
    }
  }
}
