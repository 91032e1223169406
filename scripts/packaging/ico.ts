/**
 * A Windows .ico holding PNG images (supported since Windows Vista): the ICONDIR header, one
 * 16-byte ICONDIRENTRY per image (width and height 0 mean 256), then the PNG bytes.
 */
export function encodeIco(images: ReadonlyArray<{ size: number; png: Uint8Array }>): Uint8Array {
  const headerSize = 6 + 16 * images.length;
  const out = new Uint8Array(headerSize + images.reduce((sum, image) => sum + image.png.byteLength, 0));
  const view = new DataView(out.buffer);
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, images.length, true);
  let offset = headerSize;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    view.setUint8(entry, size >= 256 ? 0 : size);
    view.setUint8(entry + 1, size >= 256 ? 0 : size);
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, png.byteLength, true);
    view.setUint32(entry + 12, offset, true);
    out.set(png, offset);
    offset += png.byteLength;
  });
  return out;
}

/** The images an .ico lists: size (0 read as 256), and where its bytes are. */
export function readIcoDirectory(ico: Uint8Array): Array<{ size: number; bytes: Uint8Array }> {
  const view = new DataView(ico.buffer, ico.byteOffset, ico.byteLength);
  if (view.getUint16(0, true) !== 0 || view.getUint16(2, true) !== 1) throw new Error('not an icon file');
  return Array.from({ length: view.getUint16(4, true) }, (_, i) => {
    const entry = 6 + 16 * i;
    const offset = view.getUint32(entry + 12, true);
    return {
      size: view.getUint8(entry) || 256,
      bytes: ico.subarray(offset, offset + view.getUint32(entry + 8, true)),
    };
  });
}
