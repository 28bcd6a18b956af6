// Draws the app icon (a closed briefing book with a ribbon bookmark on a navy tile) as
// PNGs in resources/icons/, with no image library: shapes are signed-distance functions,
// 4x4 supersampled for smooth edges, encoded with zlib. Run: node scripts/make-icon.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NAVY = [22, 43, 82];
const PAGE = [244, 240, 228];
const COVER = [35, 74, 140];
const GOLD = [214, 168, 58];
const LINE = [170, 180, 196];

/** Distance to a rounded rectangle centred at (cx, cy); negative inside. Units: fraction of the icon. */
function roundRect(x, y, cx, cy, w, h, r) {
  const qx = Math.abs(x - cx) - w / 2 + r;
  const qy = Math.abs(y - cy) - h / 2 + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** The colour at (x, y) in [0,1]^2, or null for transparent. Later layers paint over earlier ones. */
function shade(x, y) {
  let colour = null;
  if (roundRect(x, y, 0.5, 0.5, 0.92, 0.92, 0.2) < 0) colour = NAVY;
  if (roundRect(x, y, 0.53, 0.52, 0.56, 0.66, 0.03) < 0) colour = PAGE; // page block behind the cover
  if (roundRect(x, y, 0.49, 0.5, 0.54, 0.66, 0.04) < 0) colour = COVER;
  if (Math.abs(x - 0.255) < 0.018 && Math.abs(y - 0.5) < 0.33) colour = NAVY; // spine groove
  for (const ly of [0.36, 0.42, 0.48]) {
    if (roundRect(x, y, 0.52, ly, 0.3, 0.022, 0.011) < 0) colour = LINE; // title lines on the cover
  }
  // Ribbon bookmark hanging below the book, with a notched end.
  const inRibbon = Math.abs(x - 0.64) < 0.045 && y > 0.15 && y < 0.9 - Math.max(0, 0.045 - Math.abs(x - 0.64)) * 1.2;
  if (inRibbon) colour = GOLD;
  return colour;
}

function render(size) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  return encodePng(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = join(root, 'resources', 'icons');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'icon.png'), render(512));
for (const size of [16, 32, 48, 64, 128, 256]) {
  mkdirSync(join(out, 'png'), { recursive: true });
  writeFileSync(join(out, 'png', `${size}x${size}.png`), render(size));
}
console.log(`icons written to ${out}`);
