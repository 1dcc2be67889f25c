/** sRGB channel to linear light, per WCAG 2.2. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The brand colour, mixed step by step towards black or white (whichever the background is not)
 * until text in it reaches `minimum` contrast on `background`: a light or dark brand colour
 * stays recognisable and readable in both colour schemes.
 */
export function readableOn(colour: string, background: string, minimum = 4.5): string {
  const target: [number, number, number] =
    luminance(background) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  const start = rgb(colour);
  for (let step = 0; step <= 20; step += 1) {
    const mixed = toHex(
      start.map((c, i) => c + ((target[i] ?? 0) - c) * (step / 20)) as [number, number, number],
    );
    if (contrastRatio(mixed, background) >= minimum) return mixed;
  }
  return toHex(target);
}
