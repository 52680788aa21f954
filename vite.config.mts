import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/shared/csp';
import { themeVariablesCss } from './renderer/src/app/theme-variables';

const THEME_CSS_ID = 'virtual:balai-theme.css';
const CSP_PLACEHOLDER = '<!-- content-security-policy -->';

/** Serves the Mantine theme's CSS variables as a CSS module, so they ship in the built stylesheet. */
function mantineThemeVariables(): Plugin {
  return {
    name: 'balai:mantine-theme-variables',
    resolveId: (id) => (id === THEME_CSS_ID ? `\0${THEME_CSS_ID}` : undefined),
    load: (id) => (id === `\0${THEME_CSS_ID}` ? themeVariablesCss() : undefined),
  };
}

/**
 * Puts the shipped CSP into index.html as well, from the one source (electron/shared/csp.ts), so the
 * page is just as strict when opened without our hosts' header. It replaces a placeholder right after
 * the charset, before any script or stylesheet. `frame-ancestors` is dropped: it is
 * ignored in a <meta> and Chromium logs an error for it. Build only: Vite's dev server needs an
 * inline script for React refresh.
 */
function cspMeta(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split(';')
    .map((d) => d.trim())
    .filter((d) => d && !d.startsWith('frame-ancestors'))
    .join('; ');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return {
    name: 'balai:csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      if (!html.includes(CSP_PLACEHOLDER)) throw new Error(`renderer/index.html lacks ${CSP_PLACEHOLDER}`);
      return html.replace(CSP_PLACEHOLDER, meta);
    },
  };
}

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs: the same build loads from app://balai/ (desktop) and http://host/ (Node host).
  base: './',
  plugins: [react(), mantineThemeVariables(), cspMeta()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2023',
    // Assets inlined as data: URLs would be fine for img-src, but keep every file visible.
    assetsInlineLimit: 0,
  },
});
