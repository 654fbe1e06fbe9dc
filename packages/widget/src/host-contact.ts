import { PHONE_PATTERN } from '@npo-gemeenten/core/catalogue';

/** The person a visitor can contact, as the host set it; each part only when valid. */
export interface HostContact {
  name?: string;
  phone?: string;
  email?: string;
}

/**
 * The host's contact from `contact-name`, `contact-phone` and `contact-email`. A name counts when it
 * has 1 to 100 characters after trimming, a phone when it matches core's `PHONE_PATTERN`; a value that
 * is set but not valid is left out, and `warn` names the attribute.
 */
export function hostContact(
  values: { name: string | undefined; phone: string | undefined; email: string | undefined },
  warn: (message: string) => void,
): HostContact {
  const contact: HostContact = {};
  const name = values.name?.trim();
  if (name !== undefined && name !== null) {
    if (name.length >= 1 && [...name].length <= 100) contact.name = name;
    else warn('<npo-gemeentecheck>: contact-name must have 1 to 100 characters; it is ignored.');
  }
  const phone = values.phone?.trim();
  if (phone !== undefined && phone !== null) {
    if (PHONE_PATTERN.test(phone)) contact.phone = phone;
    else warn(`<npo-gemeentecheck>: contact-phone="${values.phone}" is no phone number (8 to 15 digits); it is ignored.`);
  }
  if (values.email) contact.email = values.email;
  return contact;
}

/** Whether there is anyone to contact at all. */
export const hasContact = (c: HostContact): boolean => !!(c.name || c.phone || c.email);
