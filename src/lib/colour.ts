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

/** sRGB channel (0–1) from linear light, per IEC 61966-2-1. */
function gammaEncode(value: number): number {
  return value <= 0.0031308 ? 12.92 * value : 1.055 * value ** (1 / 2.4) - 0.055;
}

/** OKLCH (lightness 0–1, chroma, hue in degrees) of `#rrggbb`, after Björn Ottosson's Oklab (2020). */
export function oklch(hex: string): [number, number, number] {
  const [r, g, b] = rgb(hex).map(linear) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const lightness = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const a = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const bb = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return [lightness, Math.hypot(a, bb), (Math.atan2(bb, a) / (Math.PI / 180) + 360) % 360];
}

/** Linear sRGB of an OKLCH colour; channels outside 0–1 mean it is outside the sRGB gamut. */
function oklchToLinear(lightness: number, chroma: number, hue: number): [number, number, number] {
  const a = chroma * Math.cos(hue * (Math.PI / 180));
  const b = chroma * Math.sin(hue * (Math.PI / 180));
  const l = (lightness + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (lightness - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (lightness - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

/**
 * `#rrggbb` of an OKLCH colour; outside the sRGB gamut the chroma is reduced (hue and
 * lightness kept) until it fits, as CSS Color 4 gamut mapping does.
 */
export function fromOklch(lightness: number, chroma: number, hue: number): string {
  const inGamut = (c: number) =>
    oklchToLinear(lightness, c, hue).every((channel) => channel >= -1e-6 && channel <= 1 + 1e-6);
  let fitted = chroma;
  if (!inGamut(fitted)) {
    let [low, high] = [0, chroma];
    for (let step = 0; step < 24; step += 1) {
      const middle = (low + high) / 2;
      if (inGamut(middle)) low = middle;
      else high = middle;
    }
    fitted = low;
  }
  const channels = oklchToLinear(lightness, fitted, hue).map(
    (channel) => Math.min(1, Math.max(0, gammaEncode(Math.min(1, Math.max(0, channel))))) * 255,
  );
  return toHex(channels as [number, number, number]);
}

/**
 * The shade of `colour` nearest to it in OKLCH lightness — same hue, same chroma where the
 * gamut allows, or `minimumChroma` if higher — that reaches `minimum` contrast on `background`
 * (WCAG 2.2 relative luminance): a teal stays a teal in dark mode instead of greying as a mix
 * with white would.
 */
export function readableShade(
  colour: string,
  background: string,
  minimum = 4.5,
  minimumChroma = 0,
): string {
  if (contrastRatio(colour, background) >= minimum) return colour;
  const [lightness, ownChroma, hue] = oklch(colour);
  const chroma = Math.max(ownChroma, minimumChroma);
  const lighter = luminance(background) < 0.5;
  let [low, high] = lighter ? [lightness, 1] : [0, lightness];
  for (let step = 0; step < 30; step += 1) {
    const middle = (low + high) / 2;
    const readable = contrastRatio(fromOklch(middle, chroma, hue), background) >= minimum;
    // Keep the readable end of the interval on the far side from the colour itself.
    if (readable === lighter) high = middle;
    else low = middle;
  }
  return fromOklch(lighter ? high : low, chroma, hue);
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
