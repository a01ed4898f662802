import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/*
 * axe-core on each screen of the accessibility spec, at WCAG 2.2 AA. Every screen's violations
 * are kept (rule, impact, the elements it found), so one failing run lists them all, and are
 * written to test-results/accessibility/<theme>.json, from which `npm run check:a11y` writes
 * its README figure.
 */

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface ScreenViolations {
  screen: string;
  violations: {
    rule: string;
    impact: string;
    help: string;
    targets: string[];
    /** axe's own account of the first element (the colours and ratio, the attribute). */
    summary: string;
  }[];
}

export const resultsDir = join('test-results', 'accessibility');

export class AxeAudit {
  readonly screens: ScreenViolations[] = [];

  constructor(
    private readonly page: Page,
    readonly theme: 'light' | 'dark',
  ) {}

  /** Runs axe on the page as it is now, named `screen` in the results. */
  async check(screen: string): Promise<void> {
    const { violations } = await new AxeBuilder({ page: this.page }).withTags(wcagTags).analyze();
    this.screens.push({
      screen,
      violations: violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
        summary: violation.nodes[0]?.failureSummary ?? '',
      })),
    });
  }

  /** Every violation, one line each: what the test's failure message shows. */
  lines(): string[] {
    return this.screens.flatMap(({ screen, violations }) =>
      violations.map(
        (v) =>
          `${this.theme} ${screen}: ${v.rule} (${v.impact}) ${v.help}: ${v.targets.join(', ')}. ${v.summary}`,
      ),
    );
  }

  save(): void {
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(
      join(resultsDir, `${this.theme}.json`),
      `${JSON.stringify({ theme: this.theme, tags: wcagTags, screens: this.screens }, null, 2)}\n`,
    );
  }
}
