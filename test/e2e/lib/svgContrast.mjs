// axe-core cannot tell the background of text inside an SVG chart: it leaves every such label "for
// review" (color-contrast, incomplete). The charts draw on the page's own background, so this
// measures what axe cannot: each SVG <text>'s fill against the body's background colour, as WCAG's
// contrast ratio. What axe left for review there is then decided, not waived.
export async function svgTextContrasts(frame) {
  return frame.evaluate(() => {
    const rgb = (c) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => {
      const lin = (v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const bg = lum(rgb(getComputedStyle(document.body).backgroundColor));
    return [...document.querySelectorAll('svg text')].map((t) => {
      const fg = lum(rgb(getComputedStyle(t).fill));
      return { text: t.textContent, fill: getComputedStyle(t).fill, ratio: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05) };
    });
  });
}

/** axe's blocking findings without its reviews of SVG text, once each of those texts measured ≥ 4.5:1. */
export function withSvgTextDecided(findings, contrasts) {
  const low = contrasts.filter((c) => !(c.ratio >= 4.5)); // NaN (a colour not read) counts as too low
  if (low.length) return [...findings, ...low.map((c) => `svg text "${c.text}" (fill ${c.fill}) contrast ${c.ratio.toFixed(2)}:1 < 4.5:1`)];
  return findings.filter((f) => !/^review color-contrast \(serious\) at \["text\[/.test(f));
}
