import QRCode from 'qrcode';
import { useId } from 'react';

// BankID's own guidelines: a quiet zone of four modules keeps phone cameras from missing the edge.
const QUIET_ZONE = 4;

/** One SVG path of all dark modules, so that a new code each second is one cheap attribute change. */
function modulePath(data: string): { size: number; path: string } {
  const { modules } = QRCode.create(data, { errorCorrectionLevel: 'L' });
  let path = '';
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) path += `M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path };
}

/** The animated QR code as an image with a text alternative; drawn black on white whatever the page's colours. */
export function BankIdQrCode({ data, label }: { data: string; label: string }) {
  const titleId = useId();
  const { size, path } = modulePath(data);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <title id={titleId}>{label}</title>
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
