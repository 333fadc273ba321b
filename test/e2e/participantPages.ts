import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Page model of the participant's screens, in the words a participant sees. */
export class ParticipantApp {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.locator('h1').first().innerText();
  }

  /**
   * From the next load on, keeps every text the page's status messages show, even for a
   * moment, so a test can say what was never shown.
   */
  async recordStatusTexts() {
    await this.page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { statusTexts: string[] }).statusTexts = []);
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('[role=status]')) {
          const text = el.textContent ?? '';
          if (text && seen.at(-1) !== text) seen.push(text);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
  }

  statusTexts(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
  }

  async openHome(base: string) {
    await this.page.goto(base);
    await this.page.getByRole('heading', { name: 'Hej!' }).waitFor();
  }

  async choose(title: string) {
    await this.page.getByRole('link', { name: title }).click();
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
  }

  /** Taps the line for `item` at a fraction of its length, the way a finger would. */
  async tapLine(item: string, fraction: number) {
    const line = this.page.getByRole('slider', { name: item }).locator('.vas-line');
    await line.scrollIntoViewIfNeeded();
    const box = (await line.boundingBox())!;
    await this.page.mouse.click(box.x + box.width * fraction, box.y + box.height / 2);
  }

  /** Presses, drags and lets go along the line. */
  async dragLine(item: string, from: number, to: number) {
    const line = this.page.getByRole('slider', { name: item }).locator('.vas-line');
    await line.scrollIntoViewIfNeeded();
    const box = (await line.boundingBox())!;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(box.x + box.width * from, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width * ((from + to) / 2), y, { steps: 4 });
    await this.page.mouse.move(box.x + box.width * to, y, { steps: 4 });
    await this.page.mouse.up();
  }

  async valueText(item: string) {
    return this.page.getByRole('slider', { name: item }).getAttribute('aria-valuetext');
  }

  /** Each screen moves focus to its main region once shown; keyboard use starts from there. */
  async focusSettled() {
    await this.page.waitForFunction(() => document.activeElement?.id === 'main');
  }

  /** Presses Tab until the focused element matches, as a keyboard user moves through the page. */
  async tabTo(
    matches: (el: { role: string | null; name: string; tag: string }) => boolean,
    limit = 40,
  ) {
    for (let i = 0; i < limit; i++) {
      await this.page.keyboard.press('Tab');
      const el = await this.page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        const labelled = a?.getAttribute('aria-labelledby');
        const name = labelled
          ? (document.getElementById(labelled)?.textContent ?? '')
          : (a?.textContent ?? '');
        return { role: a?.getAttribute('role') ?? null, name: name.trim(), tag: a?.tagName ?? '' };
      });
      if (matches(el)) return;
    }
    expect.fail('keyboard focus never reached the element');
  }

  async save() {
    await this.page.getByRole('button', { name: 'Gå vidare' }).click();
    await this.page.getByRole('heading', { name: 'Stämmer det här?' }).waitFor();
    await this.page.getByRole('button', { name: 'Spara' }).click();
    await this.page.getByRole('heading', { name: 'Sparat' }).waitFor();
  }
}
