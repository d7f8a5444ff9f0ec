// Colours as the browser paints them, for the accessibility tests: getComputedStyle returns
// oklch()/oklab() in this Chromium, so a colour is painted on a 1×1 canvas and its sRGB pixel read
// back (Chromium's own gamut handling included), then compared with the WCAG 2 contrast formula.
import { expect } from '@open-wc/testing';

const canvas = Object.assign(document.createElement('canvas'), { width: 1, height: 1 });
const context = canvas.getContext('2d', { willReadFrequently: true })!;

/** The sRGB pixel a CSS colour paints (0–255 each); fails on a colour the canvas cannot parse. */
export function pixel(color: string): [number, number, number] {
  context.fillStyle = '#010203';
  context.fillStyle = color;
  expect(context.fillStyle !== '#010203' || color === '#010203', `paintable: ${color}`).to.be.true;
  context.clearRect(0, 0, 1, 1);
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  expect(a, `opaque: ${color}`).to.equal(255);
  return [r, g, b];
}

const linear = (channel: number) => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: number[]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);

/** WCAG 2 contrast ratio of two resolved CSS colours. */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(pixel(a)), luminance(pixel(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
