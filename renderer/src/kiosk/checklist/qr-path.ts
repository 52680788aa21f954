import { create } from 'qrcode';

/** The white margin a QR reader needs around the code, in modules (ISO/IEC 18004: 4). */
export const QUIET_ZONE = 4;

export interface QrShape {
  /** Modules per side, quiet zone included: the SVG viewBox is `0 0 size size`. */
  size: number;
  /** One SVG path covering every dark module, row by row in horizontal runs. */
  path: string;
}

/**
 * A QR code as SVG path data, computed offline by the `qrcode` package. Rendering it as a React
 * <path> creates the SVG element by element: no markup string is parsed, and no inline style is
 * needed (the CSP forbids both).
 */
export function qrShape(text: string): QrShape {
  // Level M survives a smudge on thermal paper while keeping the code small enough to scan.
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  return {
    size: modules.size + 2 * QUIET_ZONE,
    path: modulesPath(modules.size, (row, col) => modules.get(row, col) !== 0),
  };
}

/** Horizontal runs of dark modules → `M x y h n v 1 h -n z` rectangles, offset by the quiet zone. */
export function modulesPath(size: number, isDark: (row: number, col: number) => boolean): string {
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && isDark(row, col)) col++;
      const run = col - start;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${run}v1h-${run}z`);
    }
  }
  return parts.join('');
}
