import { html, nothing, type TemplateResult } from 'lit';
import type { HostContact } from '../../../host-contact.js';
import type { WidgetMessages } from '../../../messages/index.js';

/** "Twijfelt u? Neem contact op met ...": the host's contact, as the source text ends. */
export function contactBlock(t: WidgetMessages, contact: HostContact, lead: string = t.contactLead): TemplateResult | typeof nothing {
  if (!contact.name && !contact.phone && !contact.email) return nothing;
  return html`<div class="panel contact-block" part="contact">
    <p>${lead} ${contact.name ? t.contactWith(contact.name) : t.contactWithUs}</p>
    ${contact.phone || contact.email
      ? html`<ul>
          ${contact.phone ? html`<li>${t.phoneLabel}: <a href=${`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>${contact.phone}</a></li>` : nothing}
          ${contact.email ? html`<li>${t.emailLabel}: <a href=${`mailto:${contact.email}`}>${contact.email}</a></li>` : nothing}
        </ul>`
      : nothing}
  </div>`;
}

/** The short line beside a criterion in doubt. */
export function contactLine(t: WidgetMessages, contact: HostContact): TemplateResult | typeof nothing {
  if (!contact.name && !contact.phone && !contact.email) return nothing;
  const how = [contact.name, contact.phone, contact.email].filter(Boolean).join(', ');
  return html`<p class="note">${t.contactDoubt(how)}</p>`;
}
