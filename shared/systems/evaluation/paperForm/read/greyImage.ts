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

/**
 * The image `k` times larger, interpolated bilinearly (pixel centres kept: (x + 0.5) * k). A QR code
 * scanned at 150 dpi has modules of about 3 pixels; sheared and blurred, the decoder's binarisation
 * then depends on where its blocks fall, and a larger copy gives it room.
 */
export function upscaleGrey(img: GreyImage, k: number): GreyImage {
  const width = img.width * k;
  const height = img.height * k;
  const data = new Uint8Array(width * height);
  const xs = new Float64Array(width);
  for (let x = 0; x < width; x++) xs[x] = Math.min(img.width - 1, Math.max(0, (x + 0.5) / k - 0.5));
  for (let y = 0; y < height; y++) {
    const fy = Math.min(img.height - 1, Math.max(0, (y + 0.5) / k - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(img.height - 1, y0 + 1);
    const ay = fy - y0;
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(xs[x]);
      const x1 = Math.min(img.width - 1, x0 + 1);
      const ax = xs[x] - x0;
      const top = img.data[y0 * img.width + x0] * (1 - ax) + img.data[y0 * img.width + x1] * ax;
      const bottom = img.data[y1 * img.width + x0] * (1 - ax) + img.data[y1 * img.width + x1] * ax;
      data[y * width + x] = Math.round(top * (1 - ay) + bottom * ay);
    }
  }
  return { width, height, data };
}
