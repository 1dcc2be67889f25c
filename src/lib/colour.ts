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

/** CIE L*a*b* (D65) of `#rrggbb`, via sRGB linear light and XYZ (IEC 61966-2-1, CIE 15). */
export function cieLab(hex: string): [number, number, number] {
  const [r, g, b] = rgb(hex).map(linear) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const degrees = Math.PI / 180;

/** Hue angle in degrees (0–360) of a point of the a*b* plane; 0 for a grey. */
function hueAngle(a: number, b: number): number {
  if (a === 0 && b === 0) return 0;
  const angle = Math.atan2(b, a) / degrees;
  return angle < 0 ? angle + 360 : angle;
}

/**
 * CIEDE2000 colour difference ΔE00 of two L*a*b* colours, as specified by CIE 142-2001 and
 * implemented after Sharma, Wu and Dalal (2005), whose test data the unit tests use.
 */
export function deltaE2000(
  [l1, a1, b1]: readonly [number, number, number],
  [l2, a2, b2]: readonly [number, number, number],
): number {
  const chromaMean = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(chromaMean ** 7 / (chromaMean ** 7 + 25 ** 7)));
  const [a1p, a2p] = [(1 + g) * a1, (1 + g) * a2];
  const [c1, c2] = [Math.hypot(a1p, b1), Math.hypot(a2p, b2)];
  const [h1, h2] = [hueAngle(a1p, b1), hueAngle(a2p, b2)];
  const grey = c1 * c2 === 0;
  let hueDifference = grey ? 0 : h2 - h1;
  if (hueDifference > 180) hueDifference -= 360;
  else if (hueDifference < -180) hueDifference += 360;
  const deltaL = l2 - l1;
  const deltaC = c2 - c1;
  const deltaH = 2 * Math.sqrt(c1 * c2) * Math.sin((hueDifference / 2) * degrees);
  const lMean = (l1 + l2) / 2;
  const cMean = (c1 + c2) / 2;
  let hMean = h1 + h2;
  if (!grey)
    hMean = Math.abs(h1 - h2) <= 180 ? hMean / 2 : (hMean + (hMean < 360 ? 360 : -360)) / 2;
  const t =
    1 -
    0.17 * Math.cos((hMean - 30) * degrees) +
    0.24 * Math.cos(2 * hMean * degrees) +
    0.32 * Math.cos((3 * hMean + 6) * degrees) -
    0.2 * Math.cos((4 * hMean - 63) * degrees);
  const rotation = 30 * Math.exp(-(((hMean - 275) / 25) ** 2));
  const rc = 2 * Math.sqrt(cMean ** 7 / (cMean ** 7 + 25 ** 7));
  const sl = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2);
  const sc = 1 + 0.045 * cMean;
  const sh = 1 + 0.015 * cMean * t;
  const rt = -Math.sin(2 * rotation * degrees) * rc;
  return Math.sqrt(
    (deltaL / sl) ** 2 +
      (deltaC / sc) ** 2 +
      (deltaH / sh) ** 2 +
      rt * (deltaC / sc) * (deltaH / sh),
  );
}

/** How different two `#rrggbb` colours look: CIEDE2000 ΔE00 of their L*a*b*. */
export function colourDifference(a: string, b: string): number {
  return deltaE2000(cieLab(a), cieLab(b));
}
