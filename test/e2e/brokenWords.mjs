// Words the layout broke across two lines: each run of letters between spaces (and soft
// hyphens, where a break is a proper hyphenation) must sit on one line. Run in the page.
export function brokenWordsInPage() {
  const broken = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest('.sr-only, [aria-hidden="true"], script, style')) continue;
    if (!el.getClientRects().length) continue;
    const text = node.textContent ?? '';
    const word = /[^\s\u00AD\u2011-]+/g;
    for (let m = word.exec(text); m; m = word.exec(text)) {
      if (m[0].length < 2) continue;
      // The first and last letter on one line: the word was not split. A letter after a soft
      // hyphen also reports the hyphen's box on the line before, so each letter's last box.
      const top = (at) => {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const box = [...range.getClientRects()].filter((r) => r.width > 0).pop();
        return box ? Math.round(box.top) : null;
      };
      const first = top(m.index);
      const last = top(m.index + m[0].length - 1);
      if (first !== null && last !== null && Math.abs(first - last) > 3) broken.push(m[0]);
    }
  }
  return broken;
}
