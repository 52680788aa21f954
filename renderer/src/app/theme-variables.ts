import { convertCssVariables, DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { cssVariablesResolver, theme } from './theme';

/**
 * The theme's CSS variables as a stylesheet. MantineProvider would inject them as an inline
 * <style> element, which our CSP (`style-src 'self'`) refuses; the build emits this text as
 * part of the bundled CSS file instead. Runs in Node (vite.config.ts), never in the page.
 */
export function themeVariablesCss(): string {
  return convertCssVariables(cssVariablesResolver(mergeMantineTheme(DEFAULT_THEME, theme)), ':root');
}
