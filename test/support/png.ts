/**
 * Reading PNGs back, for the tests that check the Teams icons scripts/teams-package/png.ts
 * writes: test support, not shipped code.
 */
import { inflateSync, crc32 as zlibCrc32 } from 'node:zlib';
import type { RgbaImage } from '../../scripts/teams-package/png.ts';

/** CRC-32 of several parts, as a PNG chunk's type and data are checked together. */
function crc32(...parts: readonly Uint8Array[]): number {
  return parts.reduce((crc, part) => zlibCrc32(part, crc), 0);
}

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** What a PNG's header says. */
export interface PngInfo {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  /** 6 = RGBA, 2 = RGB, 3 = palette, 0 = grey, 4 = grey with alpha. */
  readonly colorType: number;
}

/** Reads a PNG's header, checking the signature and every chunk's CRC. */
export function readPngInfo(png: Buffer): PngInfo {
  if (!png.subarray(0, 8).equals(signature)) throw new Error('not a PNG (bad signature)');
  let info: PngInfo | undefined;
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (crc32(type, data) !== png.readUInt32BE(at + 8 + length))
      throw new Error(`PNG chunk ${type.toString('ascii')} has a bad CRC`);
    if (type.toString('ascii') === 'IHDR')
      info = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), bitDepth: data[8]!, colorType: data[9]! };
    at += 12 + length;
  }
  if (!info) throw new Error('PNG has no IHDR');
  return info;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes an 8-bit RGBA PNG (what encodePng writes; any filter type). */
export function decodePng(png: Buffer): RgbaImage {
  const info = readPngInfo(png);
  if (info.bitDepth !== 8 || info.colorType !== 6) throw new Error('only 8-bit RGBA PNGs are decoded here');
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.subarray(at + 4, at + 8).toString('ascii') === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = info.width * 4;
  const pixels = new Uint8Array(stride * info.height);
  for (let y = 0; y < info.height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= 4 ? pixels[y * stride + x - 4]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const upLeft = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4]! : 0;
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predicted === undefined) throw new Error(`unknown PNG filter ${filter}`);
      pixels[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  return { width: info.width, height: info.height, pixels };
}
