// The manifest describes the element; the step templates under steps/ are internal functions.
// Its custom properties and parts come from the theme lists that the styles and docs/theming.md
// are built from, so they cannot disagree.
import { loadModule } from './scripts/theme-module.mjs';

const { themeParts, themeProperties } = await loadModule('src/components/gemeentecheck/theme-table.ts');
const { themeValues } = await loadModule('src/components/gemeentecheck/gemeentecheck.tokens.ts');

function cssProperties() {
  return themeProperties.map(({ property, use }) => {
    const values = themeValues.filter(([, p]) => p === property);
    const tokens = [...new Set(values.flatMap(([, , names]) => names))];
    const first = values[0]?.[3];
    return {
      name: property,
      description: tokens.length > 0 ? `${use}. Without it: ${tokens.map((t) => `\`${t}\``).join(', ')}, then the default.` : `${use}.`,
      default: first && !first.startsWith('var(') ? first : undefined,
    };
  });
}

export default {
  exclude: ['src/components/**/steps/**', 'src/components/**/*.tokens.ts', 'src/components/**/theme-table.ts'],
  plugins: [
    {
      name: 'theme-properties',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.tagName !== 'npo-gemeentecheck') continue;
            declaration.cssProperties = cssProperties();
            // Internal reactive state (`state: true`) is private, never an attribute.
            const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name));
            declaration.attributes = (declaration.attributes ?? []).filter((a) => !hidden.has(a.fieldName));
            declaration.cssParts = themeParts.map(({ name, description }) => ({ name, description }));
          }
        }
      },
    },
  ],
};
