/**
 * Finds English sentences on a German screen: visible text in which at least two English function
 * words appear. Product names and field values the products show in English (the adapter's field
 * names, C4C's UI labels and error texts) are allowed; text marked with another language (lang="en",
 * e.g. C4C's own quoted error) and code-like values (.mono, inputs) are skipped.
 */
import type { Page } from '@playwright/test';
import { englishIn } from '../support/english';

export { ALLOWED_ENGLISH, englishIn } from '../support/english';

/** Every visible text block of the page (light and shadow DOM) that reads as English. */
export async function englishSentences(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const skip = (el: Element | null): boolean => {
      for (let e = el; e; e = e.parentElement ?? (e.getRootNode() as Partial<ShadowRoot>).host ?? null) {
        const lang = e.getAttribute('lang');
        // The page's own lang (html) is the UI language; another lang inside marks a quote.
        if (lang && e !== document.documentElement && !lang.startsWith('de')) return true;
        if (e.matches('.mono, input, textarea, code, pre, style, script, [data-allow-english]')) return true;
      }
      return false;
    };
    const visit = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
        if (n.nodeType === Node.ELEMENT_NODE && (n as Element).shadowRoot) visit((n as Element).shadowRoot!);
        if (n.nodeType !== Node.TEXT_NODE) continue;
        const parent = n.parentElement;
        const text = n.textContent?.trim() ?? '';
        if (!text || !parent || skip(parent)) continue;
        const style = getComputedStyle(parent);
        if (style.display === 'none' || style.visibility === 'hidden') continue;
        out.push(text);
      }
    };
    visit(document.body);
    return out;
  });
  return texts.map(englishIn).filter((t): t is string => t !== null);
}
