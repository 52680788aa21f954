#!/usr/bin/env node
/**
 * Renders icon.svg to icon.png (512x512, transparent corners) with Debian's Chromium, because
 * there is no SVG rasteriser on the build machines. electron-builder turns the PNG into the
 * Windows .ico and the Linux icons. Run after editing icon.svg:
 *   node resources/icons/render-png.mjs
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const dir = path.dirname(fileURLToPath(import.meta.url));
const svg = readFileSync(path.join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 }, deviceScaleFactor: 1 });
  await page.setContent(
    `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`,
  );
  await page.locator('svg').screenshot({ path: path.join(dir, 'icon.png'), omitBackground: true });
  console.log(`wrote ${path.join(dir, 'icon.png')}`);
} finally {
  await browser.close();
}
