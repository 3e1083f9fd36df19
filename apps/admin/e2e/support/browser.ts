import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { artifactsDir } from './paths';

/** Debian's Chromium, never a downloaded one (wave2.md). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Screenshots are taken once the page has settled: no table or card still showing its spinner. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page
    .waitForFunction(() => document.querySelectorAll('.ant-spin-spinning, .ant-skeleton-active').length === 0, undefined, { timeout: 10_000 })
    .catch(() => undefined);
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`) });
}

/** antd puts a space between the two characters of a two-character button label (“通 过”). */
export function buttonName(label: string): RegExp {
  return new RegExp(`^\\s*${[...label].join('\\s?')}\\s*$`);
}
