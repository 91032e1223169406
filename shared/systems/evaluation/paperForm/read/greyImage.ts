/** An 8-bit greyscale image, row-major, 0 black to 255 white. */
export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export interface Point {
  x: number;
  y: number;
}

/** RGBA (canvas ImageData, a decoded TIFF) to grey with the Rec. 601 weights scanners use. */
export function rgbaToGrey(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GreyImage {
  const data = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < data.length; i++, j += 4) {
    data[i] = (rgba[j] * 77 + rgba[j + 1] * 150 + rgba[j + 2] * 29) >> 8;
  }
  return { width, height, data };
}

/** A rectangle of the image (clipped to it), as a new image. */
export function cropGrey(img: GreyImage, x0: number, y0: number, w: number, h: number): GreyImage {
  const x = Math.max(0, Math.floor(x0));
  const y = Math.max(0, Math.floor(y0));
  const width = Math.max(0, Math.min(img.width, Math.floor(x0 + w)) - x);
  const height = Math.max(0, Math.min(img.height, Math.floor(y0 + h)) - y);
  const data = new Uint8Array(width * height);
  for (let r = 0; r < height; r++)
    data.set(img.data.subarray((y + r) * img.width + x, (y + r) * img.width + x + width), r * width);
  return { width, height, data };
}

/**
 * The image inside a border of `margin` pixels of `value`: a quiet zone around a QR code that the
 * scan cut off (a sheet fed high puts the code at the image's very edge, and decoders need white around it).
 */
export function frameGrey(img: GreyImage, margin: number, value: number): GreyImage {
  const width = img.width + 2 * margin;
  const height = img.height + 2 * margin;
  const data = new Uint8Array(width * height).fill(value);
  for (let r = 0; r < img.height; r++)
    data.set(img.data.subarray(r * img.width, (r + 1) * img.width), (r + margin) * width + margin);
  return { width, height, data };
}

/** Grey to RGBA, for decoders and canvases that want four channels. */
export function greyToRgba(img: GreyImage): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(img.width * img.height * 4);
  for (let i = 0, j = 0; i < img.data.length; i++, j += 4) {
    out[j] = out[j + 1] = out[j + 2] = img.data[i];
    out[j + 3] = 255;
  }
  return out;
}

/** The paper's white: the 90th percentile of a sample of the page (ink and marks are a small share). */
export function paperWhite(img: GreyImage): number {
  const histogram = new Uint32Array(256);
  const step = Math.max(1, Math.floor(img.data.length / 200_000));
  let count = 0;
  for (let i = 0; i < img.data.length; i += step, count++) histogram[img.data[i]]++;
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += histogram[v];
    if (seen >= count * 0.9) return v;
  }
  return 255;
}
