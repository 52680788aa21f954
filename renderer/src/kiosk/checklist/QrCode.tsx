import { useMemo } from 'react';
import { qrShape } from './qr-path';

/** The QR code as an SVG built from React elements (see qr-path.ts); null if the text cannot fit. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const shape = useMemo(() => {
    try {
      return qrShape(text);
    } catch {
      return null;
    }
  }, [text]);
  if (!shape) return null;
  return (
    <svg
      className="kiosk-qr"
      viewBox={`0 0 ${shape.size} ${shape.size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={shape.size} height={shape.size} fill="#fff" />
      <path d={shape.path} fill="#000" />
    </svg>
  );
}
