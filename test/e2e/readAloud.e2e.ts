import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog as ar } from '../../src/client/i18n/languages/ar';
import { catalog as ti } from '../../src/client/i18n/languages/ti';
import { phone, serveBuiltApp } from './harness';

/**
 * Headless Chromium has no voices, so the phone's speech engine is played by a stand-in
 * that lists voices like a phone does (some on the device, some on the network) and keeps
 * what it was asked to say. Everything between the button and the engine is the real app.
 */
function fakeSpeech(voices: { lang: string; localService: boolean }[]) {
  const w = window as unknown as Record<string, unknown>;
  const spoken: { text: string; lang: string; voice: string }[] = [];
  w.spoken = spoken;
  const list = voices.map((v, i) => ({
    ...v,
    name: `voice ${i}`,
    voiceURI: `v${i}`,
    default: false,
  }));
  class Utterance {
    voice: { name: string } | null = null;
    lang = '';
    rate = 1;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly text: string) {}
  }
  w.SpeechSynthesisUtterance = Utterance;
  Object.defineProperty(window, 'speechSynthesis', {
    value: {
      getVoices: () => list,
      speak(u: Utterance) {
        spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? '' });
        // Long enough to be seen speaking on a busy machine, as a real sentence would be.
        setTimeout(() => u.onend?.(), 800);
      },
      cancel() {},
      addEventListener() {},
      removeEventListener() {},
    },
  });
}

const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);

describe('read-aloud on a phone', () => {
  let server: Awaited<ReturnType<typeof serveBuiltApp>>;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await serveBuiltApp();
    context = await phone(390);
    // Swedish and Arabic voices on the phone; Tigrinya only from a network service.
    await context.addInitScript(fakeSpeech, [
      { lang: 'en-US', localService: false },
      { lang: 'sv-SE', localService: true },
      { lang: 'ar-SA', localService: true },
      { lang: 'ti-ER', localService: false },
    ]);
    page = context.pages()[0] ?? (await context.newPage());
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('reads a question with its hint and both ends of the line, in Swedish', async () => {
    await page.goto(`${server.url}?lang=sv#/rate/ors`);
    await page.getByRole('heading', { level: 1, name: 'Hur har du haft det?' }).waitFor();
    await page.getByRole('button', { name: 'Läs upp ”Jag själv”' }).click();
    const [said] = await spoken(page);
    expect(said!.lang).toBe('sv-SE');
    expect(said!.text).toMatch(/^Jag själv\. .+\. Vänster: .+\. Höger: .+$/);
    // The form's own button reads its title and lead, and offers to stop while it speaks.
    await page.getByRole('button', { name: 'Läs upp', exact: true }).click();
    await page.getByRole('button', { name: 'Sluta läsa' }).waitFor();
    expect((await spoken(page)).at(-1)!.text).toContain('Hur har du haft det?');
    await page.getByRole('button', { name: 'Läs upp', exact: true }).waitFor();
  });

  it('reads the review with every answer and the total', async () => {
    for (const slider of await page.getByRole('slider').all()) {
      await slider.focus();
      await page.keyboard.press('End');
    }
    await page.getByRole('button', { name: 'Gå vidare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stämmer det här?' }).waitFor();
    await page.getByRole('button', { name: 'Läs upp', exact: true }).click();
    const text = (await spoken(page)).at(-1)!.text;
    expect(text).toContain('Stämmer det här?');
    expect(text).toContain('Jag själv: 10,0 av 10');
    expect(text).toContain('40,0 av 40');
  });

  it('reads Arabic with the Arabic voice', async () => {
    await page.goto(`${server.url}?lang=ar#/rate/ors`);
    const ors = ar.instruments.ors;
    await page.getByRole('heading', { level: 1, name: ors.title }).waitFor();
    const item = ors.items.individual!.label;
    const name = ar.ui['speak.readItem'].replace('{item}', item);
    await page.getByRole('button', { name }).click();
    const said = (await spoken(page)).at(-1)!;
    expect(said.lang).toBe('ar-SA');
    expect(said.text.startsWith(item)).toBe(true);
    expect(said.text).toContain(ar.ui['vas.lowEnd']);
  });

  it('hides the buttons and says why where the phone has no voice of its own', async () => {
    await page.goto(`${server.url}?lang=ti#/rate/ors`);
    await page.getByRole('heading', { level: 1, name: ti.instruments.ors.title }).waitFor();
    await page.getByText(ti.ui['speak.none']).waitFor();
    expect(await page.locator('button.speak').count()).toBe(0);
    // Never the network voice, even though the phone lists one for Tigrinya.
    expect(await spoken(page)).toEqual([]);
  });
});
