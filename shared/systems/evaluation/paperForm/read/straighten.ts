import type { MmRect } from '../layoutModel';
import type { GreyImage } from './greyImage';
import { project, type Homography } from './homography';

/**
 * A region of the paper cut out of the scan and turned square again: what the review shows of a
 * free-text answer or a doubtful box, at `pxPerMm` whatever the scan's resolution and skew.
 */
export function straighten(img: GreyImage, h: Homography, rect: MmRect, pxPerMm: number): GreyImage {
  const width = Math.max(1, Math.round(rect.w * pxPerMm));
  const height = Math.max(1, Math.round(rect.h * pxPerMm));
  const data = new Uint8Array(width * height);
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const p = project(h, rect.x + (c + 0.5) / pxPerMm, rect.y + (r + 0.5) / pxPerMm);
      const x = p.x - 0.5;
      const y = p.y - 0.5;
      const x0 = Math.floor(x);
      const y0 = Math.floor(y);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= img.width || y0 + 1 >= img.height) {
        data[r * width + c] = 255;
        continue;
      }
      const fx = x - x0;
      const fy = y - y0;
      const i = y0 * img.width + x0;
      const top = img.data[i] * (1 - fx) + img.data[i + 1] * fx;
      const bottom = img.data[i + img.width] * (1 - fx) + img.data[i + img.width + 1] * fx;
      data[r * width + c] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, data };
}
