import type { Locator, Page } from 'playwright-core';

/** The input a person finds by its visible label: exact text, ignoring the "required" asterisk. */
export function field(page: Page, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A Select's listbox carries the same label; people type into the input.
  return page.getByLabel(new RegExp(`^${escaped}\\s*\\*?$`)).and(page.locator('input, textarea'));
}

/**
 * The inline error of a field, found the way a screen reader finds it: through the input's
 * `aria-describedby`. Resolves to '' when the field has no error.
 */
export async function fieldError(page: Page, label: string): Promise<string> {
  const ids = ((await field(page, label).getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  for (const id of ids) {
    if (!id.endsWith('-error')) continue;
    const text = await page.locator(`[id="${id}"]`).textContent();
    if (text) return text.trim();
  }
  return '';
}

/** Waits until the field's inline error contains `text` (the UI renders it after the server answers). */
export async function waitForFieldError(page: Page, label: string, text: string): Promise<string> {
  const input = field(page, label);
  await input.and(page.locator('[aria-invalid="true"]')).waitFor();
  await page.getByText(text, { exact: false }).first().waitFor();
  return fieldError(page, label);
}

export function heading(page: Page, name: string, level = 1): Locator {
  return page.getByRole('heading', { name, level });
}

/** Clicks and waits for the answer of one API method, so the next assertion sees its result. */
export async function clickAndWaitForRpc(page: Page, target: Locator, method: string): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === `/rpc/${method}`),
    target.click(),
  ]);
  return response.status();
}

/**
 * tsx compiles these tests with esbuild's keepNames, which wraps named inner functions and
 * classes in a `__name(…)` helper. Functions handed to the browser (addInitScript, evaluate) are
 * sent as source text, so the page needs that helper too. Add before any such script.
 */
export const KEEP_NAMES_SHIM = { content: 'globalThis.__name ??= (target) => target;' } as const;
