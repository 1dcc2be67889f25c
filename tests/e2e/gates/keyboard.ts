import type { Page } from 'playwright-core';

/** Where focus is: a short description of the element and whether a focus indicator shows. */
interface FocusState {
  element: string;
  visibleIndicator: boolean;
}

/** Describes the focused element and checks its computed outline or box-shadow. */
function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body)
      return { element: 'body', visibleIndicator: false };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const label = element.getAttribute('href') ?? element.id;
    return {
      element: `${element.tagName.toLowerCase()}${label ? `[${label}]` : ''}`,
      visibleIndicator: outline || shadow,
    };
  });
}

/** The skip link is the first stop and moves focus to `main`; both show a focus indicator. */
export async function checkSkipLink(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.keyboard.press('Tab');
  const first = await focusState(page);
  const problems: string[] = [];
  // Enter on any other link would navigate away, so the check stops here.
  if (first.element !== 'a[#main]') {
    return [`first Tab stop is ${first.element}, expected the skip link a[#main]`];
  }
  if (!first.visibleIndicator) problems.push('the skip link shows no focus indicator');
  await page.keyboard.press('Enter');
  const target = await focusState(page);
  if (target.element !== 'main[main]')
    problems.push(`the skip link moved focus to ${target.element}, expected main[main]`);
  return problems;
}

/**
 * Tabs through the whole page: every link and control is reached once, in document order, and
 * shows a focus indicator when it has focus.
 */
export async function checkTabOrder(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  const expected = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, summary, [tabindex]',
      ),
    ]
      .filter(
        (element) =>
          (element.tabIndex >= 0 && element.checkVisibility()) ||
          element.matches('a[href="#main"]'),
      )
      .map((element) => {
        const label = element.getAttribute('href') ?? element.id;
        return `${element.tagName.toLowerCase()}${label ? `[${label}]` : ''}`;
      }),
  );
  if (expected.length < 2)
    return [`found ${expected.length} focusable elements; expected a page with links`];
  const reached: string[] = [];
  const problems: string[] = [];
  for (let step = 0; step < expected.length; step += 1) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    reached.push(state.element);
    if (!state.visibleIndicator) problems.push(`${state.element} shows no focus indicator`);
  }
  if (reached.join('\n') !== expected.join('\n')) {
    problems.push(
      `tab order differs from document order:\nexpected ${expected.join(' → ')}\nreached  ${reached.join(' → ')}`,
    );
  }
  return problems;
}
