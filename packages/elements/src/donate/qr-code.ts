// The QR code of a Kaspi payment link, drawn here as SVG (no image request, no third party): lean-qr's
// "nano" build (~1.9 KiB brotli, MIT, zero dependencies, maintained) encodes it. A chunk of its own,
// imported only when a QR is shown (a desktop visitor pressed the Kaspi button).
import { generate } from 'lean-qr/nano';

/** Modules of light margin on each side, as the QR standard asks (readers need it). */
const QUIET_ZONE = 4;

/** The QR code of `text` as one SVG path (dark modules) in a square of `size` modules, margin included. */
export function qrPath(text: string): { size: number; path: string } {
  const code = generate(text);
  let path = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (code.get(x, y)) path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return { size: code.size + QUIET_ZONE * 2, path };
}
