import { NpoGemeentecheck } from './components/gemeentecheck/gemeentecheck.js';

/** The tag name the element is defined under. @public */
export const tagName = 'npo-gemeentecheck';

// Defined once per page, so two scripts that both include the widget do not clash.
if (!customElements.get('npo-gemeentecheck')) customElements.define('npo-gemeentecheck', NpoGemeentecheck);
