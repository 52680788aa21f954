import '@mantine/core/styles.css';
import 'virtual:balai-theme.css';
import './app/app.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { cssVariablesResolver, theme } from './app/theme';
import { initI18n } from './i18n';

initI18n();

// No runtime <style> injection: the CSP allows only our own stylesheet files. Theme variables are
// generated into the bundled CSS at build time; global classes live in app.css where needed.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      withCssVariables={false}
      withGlobalClasses={false}
      forceColorScheme="light"
    >
      <App />
    </MantineProvider>
  </StrictMode>,
);
