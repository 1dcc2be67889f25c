import { createCanvas, loadImage } from '@napi-rs/canvas';

/** The colour of the pixel at (x, y) of a PNG screenshot, as [r, g, b]. */
export async function pixel(png: Buffer, x: number, y: number): Promise<number[]> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  return [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
}
