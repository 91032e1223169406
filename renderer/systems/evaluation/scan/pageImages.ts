import UTIF from 'utif2';
import { greyToRgba, rgbaToGrey, type GreyImage } from '../../../../shared/systems/evaluation/paperForm/read/greyImage';

/** What a file is, by its first bytes (a name's extension may lie). */
export function sniffKind(head: Uint8Array): 'pdf' | 'tiff' | 'image' | null {
  const at = (i: number, ...bytes: number[]) => bytes.every((b, k) => head[i + k] === b);
  if (at(0, 0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (at(0, 0x49, 0x49, 0x2a, 0x00) || at(0, 0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
  if (at(0, 0xff, 0xd8, 0xff) || at(0, 0x89, 0x50, 0x4e, 0x47)) return 'image';
  return null;
}

/** An ImageBitmap's pixels as grey (runs in the worker: OffscreenCanvas). */
export function bitmapToGrey(bitmap: ImageBitmap): GreyImage {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true }) as OffscreenCanvasRenderingContext2D;
  ctx.drawImage(bitmap, 0, 0);
  const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  bitmap.close();
  return rgbaToGrey(data, canvas.width, canvas.height);
}

/** Every page of a TIFF (a scanner's multi-page TIFF is one image file directory per page). */
export function tiffPages(bytes: ArrayBuffer): GreyImage[] {
  const ifds = UTIF.decode(bytes).filter((ifd) => ifd['t256'] && ifd['t257']);
  return ifds.map((ifd) => {
    UTIF.decodeImage(bytes, ifd);
    return rgbaToGrey(UTIF.toRGBA8(ifd), ifd.width, ifd.height);
  });
}

/** A grey image as an encoded file (PNG for crops, JPEG for whole pages). */
export async function encodeGrey(img: GreyImage, type: 'image/png' | 'image/jpeg'): Promise<Blob> {
  const canvas = new OffscreenCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  ctx.putImageData(new ImageData(greyToRgba(img), img.width, img.height), 0, 0);
  return canvas.convertToBlob(type === 'image/jpeg' ? { type, quality: 0.85 } : { type });
}
