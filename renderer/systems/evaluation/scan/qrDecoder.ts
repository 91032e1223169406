import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import { greyToRgba, type GreyImage } from '../../../../shared/systems/evaluation/paperForm/read/greyImage';
import type { DecodeQr, QrHit } from '../../../../shared/systems/evaluation/paperForm/read/readPage';

const OPTIONS: ReaderOptions = {
  formats: ['QRCode'],
  tryHarder: true,
  tryRotate: true,
  tryInvert: false,
  tryDownscale: true,
  maxNumberOfSymbols: 4,
};

/**
 * zxing-wasm's WebAssembly comes from the app itself, never from the library's default CDN: the
 * worker passes the bundled file's URL, Node tests its bytes.
 */
export function loadZxing(source: { wasmUrl: string } | { wasmBinary: ArrayBuffer }): void {
  const overrides =
    'wasmUrl' in source
      ? { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? source.wasmUrl : prefix + path) }
      : { wasmBinary: source.wasmBinary };
  prepareZXingModule({ overrides });
}

/** The QR codes of a grey image, with the corners of each symbol in its own orientation. */
export const decodeQr: DecodeQr = async (img: GreyImage) => {
  const imageData = { data: greyToRgba(img), width: img.width, height: img.height, colorSpace: 'srgb' };
  const results = await readBarcodes(imageData as ImageData, OPTIONS);
  return results
    .filter((r) => r.isValid)
    .map((r): QrHit => {
      const p = r.position;
      return { text: r.text, corners: [p.topLeft, p.topRight, p.bottomRight, p.bottomLeft] };
    });
};
