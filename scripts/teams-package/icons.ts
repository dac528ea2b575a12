import type { RgbaImage } from './png.ts';

/** The app's accent colour (manifest `accentColor`, and the colour icon's background). */
export const accentColor = '#1F6F5C';

type Point = readonly [number, number];
type Rgba = readonly [number, number, number, number];

function quadratic(from: Point, control: Point, to: Point, steps: number): Point[] {
  return Array.from({ length: steps }, (_, i) => {
    const t = (i + 1) / steps;
    const u = 1 - t;
    return [
      u * u * from[0] + 2 * u * t * control[0] + t * t * to[0],
      u * u * from[1] + 2 * u * t * control[1] + t * t * to[1],
    ] as const;
  });
}

/** A shield, in unit coordinates (0..1, y down). */
const shield: readonly Point[] = [
  [0.5, 0.11],
  [0.8, 0.21],
  [0.8, 0.47],
  ...quadratic([0.8, 0.47], [0.79, 0.74], [0.5, 0.89], 24),
  ...quadratic([0.5, 0.89], [0.21, 0.74], [0.2, 0.47], 24),
  [0.2, 0.21],
];

/** A tick inside the shield. */
const tick: readonly Point[] = [
  [0.355, 0.5],
  [0.465, 0.615],
  [0.655, 0.385],
];

function inside(point: Point, polygon: readonly Point[]): boolean {
  let result = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

function segmentDistance(point: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(point[0] - (a[0] + t * dx), point[1] - (a[1] + t * dy));
}

function pathDistance(point: Point, path: readonly Point[], closed: boolean): number {
  let best = Infinity;
  const count = closed ? path.length : path.length - 1;
  for (let i = 0; i < count; i++) best = Math.min(best, segmentDistance(point, path[i]!, path[(i + 1) % path.length]!));
  return best;
}

function hex(color: string): [number, number, number] {
  return [1, 3, 5].map((at) => parseInt(color.slice(at, at + 2), 16)) as [number, number, number];
}

/** Renders `shade` (unit coordinates → colour) at `size` pixels with 4×4 supersampling. */
function render(size: number, shade: (point: Point) => Rgba): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [cr, cg, cb, ca] = shade([(x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size]);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const at = (y * size + x) * 4;
      const n = samples * samples;
      pixels[at] = a ? Math.round(r / a) : 0;
      pixels[at + 1] = a ? Math.round(g / a) : 0;
      pixels[at + 2] = a ? Math.round(b / a) : 0;
      pixels[at + 3] = Math.round((a / n) * 255);
    }
  }
  return { width: size, height: size, pixels };
}

/** Microsoft's guidance for the colour icon: the logo inside the central 120×120 of 192×192 (36 px padding all round). */
export const colorSafeArea = 120 / 192;

// The shield spans 0.11..0.89 of the unit square (its tallest side): scaled so it fits the safe area.
const shieldScale = (0.89 - 0.11) / colorSafeArea;

/** The 192×192 colour icon: a full-bleed accent background, and a white shield with a tick inside the 120×120 safe area. */
export function colorIcon(): RgbaImage {
  const [ar, ag, ab] = hex(accentColor);
  return render(192, (point) => {
    const logo: Point = [0.5 + (point[0] - 0.5) * shieldScale, 0.5 + (point[1] - 0.5) * shieldScale];
    if (inside(logo, shield) && pathDistance(logo, tick, false) > 0.045) return [255, 255, 255, 1];
    return [ar, ag, ab, 1];
  });
}

/**
 * The 32×32 outline icon: the shield's outline and the tick in white on a fully transparent
 * background. Every pixel is either opaque white or fully transparent (white with alpha 0): no
 * grey, no partial alpha, as the outline icon's rules ask.
 */
export function outlineIcon(): RgbaImage {
  const image = render(32, (point) =>
    pathDistance(point, shield, true) <= 0.045 || pathDistance(point, tick, false) <= 0.05
      ? [255, 255, 255, 1]
      : [0, 0, 0, 0],
  );
  const { pixels } = image;
  for (let at = 0; at < pixels.length; at += 4) {
    pixels[at] = 255;
    pixels[at + 1] = 255;
    pixels[at + 2] = 255;
    pixels[at + 3] = pixels[at + 3]! >= 128 ? 255 : 0;
  }
  return image;
}
