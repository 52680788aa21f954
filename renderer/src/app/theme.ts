import {
  type CSSVariablesResolver,
  createTheme,
  defaultCssVariablesResolver,
  type MantineColorsTuple,
  rem,
} from '@mantine/core';

/**
 * Deep teal: calm and official without looking like a bank. Shade 8 (the filled colour) has
 * 7.7:1 against white, so filled buttons pass WCAG AA; shade 9 is the text of light variants.
 */
const balai: MantineColorsTuple = [
  '#e6f6f3',
  '#cbebe5',
  '#9dd9ce',
  '#6cc5b6',
  '#43b09f',
  '#289a89',
  '#1a8575',
  '#117063',
  '#0b5e53',
  '#064a41',
];

export const theme = createTheme({
  primaryColor: 'balai',
  primaryShade: 8,
  colors: { balai },
  // Windows office PCs have Segoe UI; Debian has DejaVu/Liberation. No web fonts to ship.
  fontFamily: 'Segoe UI, Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif',
  headings: {
    fontFamily: 'Segoe UI, Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif',
    fontWeight: '700',
  },
  // Body text one step larger than Mantine's default: old monitors, tired eyes.
  fontSizes: { xs: rem(14), sm: rem(15), md: rem(17), lg: rem(20), xl: rem(24) },
  lineHeights: { md: '1.5' },
  defaultRadius: 'md',
  focusRing: 'always',
  cursorType: 'pointer',
  respectReducedMotion: true,
});

/**
 * Text on "light" variants (alerts, badges) is shade 9 on shade 1; for green and orange that is
 * 3.8:1 and 3.6:1. These darker texts reach 5.7–7.1:1 on their own light backgrounds.
 */
const LIGHT_VARIANT_TEXT = {
  '--mantine-color-green-light-color': '#1e6b30',
  '--mantine-color-orange-light-color': '#8a2f08',
  '--mantine-color-red-light-color': '#a51d1d',
};

/**
 * Mantine's light-scheme greys for "dimmed" text and errors are below 4.5:1 on white; these
 * replacements pass AA. Used at build time (see vite.config.ts): the page never injects CSS.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const base = defaultCssVariablesResolver(t);
  return {
    ...base,
    light: {
      ...base.light,
      '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
      '--mantine-color-error': 'var(--mantine-color-red-9)',
      '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
      '--mantine-color-anchor': 'var(--mantine-color-balai-9)',
      ...LIGHT_VARIANT_TEXT,
    },
  };
};
