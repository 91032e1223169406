import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Counts what a user does on a walk through the app: every click (a pick from a list is two: open it,
 * choose) and every field typed into. The walk goes only through these helpers, so the counts are counted,
 * not guessed.
 */
export class Walk {
  clicks = 0;
  typed = 0;

  constructor(private readonly page: Page) {}

  async click(target: Locator): Promise<void> {
    await target.click();
    this.clicks++;
  }

  async type(field: Locator, text: string): Promise<void> {
    await field.fill(text);
    this.typed++;
  }

  /** Opens a Select/MultiSelect and chooses one option. */
  async pick(field: Locator, option: string | RegExp): Promise<void> {
    await this.click(field);
    await this.click(this.page.getByRole('option', { name: option }).first());
  }

  /** The questions asked before printing: the font substitutes (once a session), then how to print. */
  async print(): Promise<string> {
    const go = this.page.getByRole('button', { name: '继续输出' });
    const how = this.page.getByRole('dialog').getByRole('button', { name: '打印' });
    await expect(go.or(how).first()).toBeVisible();
    if (await go.isVisible()) await this.click(go);
    await this.click(how);
    const frame = this.page.locator('iframe[data-workbench-print]');
    await expect(frame).toHaveCount(1);
    return (await frame.getAttribute('srcdoc')) ?? '';
  }

  toString(): string {
    return `${this.clicks} clicks, ${this.typed} typed fields`;
  }
}
