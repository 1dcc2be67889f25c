// Progressive enhancement of "Cite this dataset" (`DatasetCitation.astro`): today's date where
// the citation says when the reader accessed the data (a static page cannot know it; without
// this script a marked placeholder stays), and a copy button for each form of the citation,
// whose result a live region announces. Without the clipboard API the buttons stay hidden and
// the text can still be selected.

/** Wires every citation on this page. */
export function enhanceCitations(): void {
  const today = new Date().toLocaleDateString(document.documentElement.lang || undefined, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  for (const date of document.querySelectorAll<HTMLElement>('[data-accessed-date]')) {
    date.textContent = today;
    date.classList.remove('text-muted');
  }
  if (!('clipboard' in navigator)) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const source = document.getElementById(button.dataset['copy'] ?? '');
    const status = button.nextElementSibling;
    if (source === null || !(status instanceof HTMLElement)) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      // The text as shown: a paragraph's line breaks are layout, a code block's are content.
      const text =
        source.localName === 'code'
          ? source.textContent
          : source.textContent.replace(/\s+/g, ' ').trim();
      // Emptied first, so a second copy is announced again.
      status.textContent = '';
      navigator.clipboard.writeText(text).then(
        () => (status.textContent = 'Copied'),
        () => (status.textContent = 'Not copied: select the text and copy it'),
      );
    });
  }
}
