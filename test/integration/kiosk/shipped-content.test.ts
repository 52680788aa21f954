import { describe, expect, it } from 'vitest';
import { DEFAULT_RESOURCES_DIR } from '../../../electron/core';
import { caloFileSchema } from '../../../electron/core/kiosk/calo/schema';
import { checklistFileSchema } from '../../../electron/core/kiosk/checklist/schema';
import { readContentFile } from '../../../electron/core/kiosk/content-file';
import { destinationFileSchema } from '../../../electron/core/kiosk/destinations/schema';
import { hotlineFileSchema } from '../../../electron/core/kiosk/hotlines/schema';
import type { CaloEvaluation, CaloQuestions, ChecklistResult, Hotline } from '../../../electron/shared/kiosk';
import { harness, setUpVillage } from './helpers';

/** The content files that ship in resources/content must load with the schemas the core uses. */
describe('shipped kiosk content (resources/content)', () => {
  it('every file exists and matches its schema', () => {
    const hotlines = readContentFile(DEFAULT_RESOURCES_DIR, 'hotlines.json', hotlineFileSchema);
    const destinations = readContentFile(DEFAULT_RESOURCES_DIR, 'destinations.json', destinationFileSchema);
    const calo = readContentFile(DEFAULT_RESOURCES_DIR, 'calo-check.json', caloFileSchema);
    const checklists = readContentFile(DEFAULT_RESOURCES_DIR, 'checklists.json', checklistFileSchema);
    expect(hotlines?.length).toBeGreaterThan(0);
    expect(destinations?.length).toBeGreaterThan(0);
    expect(calo?.questions.length).toBeGreaterThan(0);
    expect(checklists?.items.length).toBeGreaterThan(0);
    // Ids are unique, so seeding and answers cannot collide.
    const unique = (ids: string[]) => new Set(ids).size === ids.length;
    expect(unique(hotlines?.map((h) => h.id) ?? [])).toBe(true);
    expect(unique(destinations?.map((d) => d.code.toUpperCase()) ?? [])).toBe(true);
    expect(unique(calo?.questions.map((q) => q.id) ?? [])).toBe(true);
    expect(unique(checklists?.items.map((i) => i.id) ?? [])).toBe(true);
    // Items name only schemes and marital statuses that exist.
    const schemes = new Set(checklists?.schemes.map((s) => s.id));
    const marital = new Set(checklists?.marital_statuses.map((m) => m.id));
    for (const item of checklists?.items ?? []) {
      for (const s of item.schemes) expect(s === '*' || schemes.has(s), `${item.id}: ${s}`).toBe(true);
      for (const m of item.marital) expect(m === '*' || marital.has(m), `${item.id}: ${m}`).toBe(true);
    }
  });

  it('a core on the real resources seeds the help lines and serves every kiosk service', async () => {
    const h = harness({ resourcesDir: DEFAULT_RESOURCES_DIR });
    setUpVillage(h.core.db);
    expect(h.log.errors).toEqual([]);
    const { hotlines } = await h.ok<{ hotlines: Hotline[] }>('hotlines.list', {});
    expect(hotlines.length).toBeGreaterThan(0);
    for (const line of hotlines) {
      expect(['sure', 'likely']).toContain(line.confidence);
      expect(line.source.length).toBeGreaterThan(0);
    }

    const { destinations } = await h.ok<{ destinations: { code: string }[] }>('destinations.list', {});
    for (const d of destinations) await h.ok('destinations.get', { code: d.code, lang: 'en' });

    const questions = await h.ok<CaloQuestions>('calo.questions', {});
    const allNo = Object.fromEntries(questions.questions.map((q) => [q.id, 'no']));
    const allYes = Object.fromEntries(questions.questions.map((q) => [q.id, 'yes']));
    const a = await h.ok<CaloEvaluation>('calo.evaluate', { answers: allNo });
    const b = await h.ok<CaloEvaluation>('calo.evaluate', { answers: allYes });
    // Between "all yes" and "all no", every question raises its flag exactly once.
    expect(a.flags.length + b.flags.length).toBe(questions.questions.length);

    const file = readContentFile(DEFAULT_RESOURCES_DIR, 'checklists.json', checklistFileSchema);
    for (const scheme of file?.schemes ?? []) {
      for (const m of file?.marital_statuses ?? []) {
        for (const lang of ['id', 'en']) {
          const c = await h.ok<ChecklistResult>('checklist.get', { scheme: scheme.id, marital: m.id, lang });
          expect(c.items.length).toBeGreaterThan(0);
          expect(Buffer.byteLength(c.qrText, 'utf8')).toBeLessThanOrEqual(1000);
        }
      }
    }
  });
});
