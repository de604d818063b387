// Where a box and its label go on screen. A knife in a container is ~25×3 image pixels, under a pixel tall at fit zoom:
// boxes grow to a minimum drawn size around their centre, and the label sits outside the box so it never covers it.

export const MIN_BOX_PX = 14;
export const LABEL_HEIGHT = 16;
const LABEL_GAP = 3;

/** The box in screen pixels under transform t, at least minSize wide and tall (grown around its centre). */
export function screenBox(b, t, minSize = MIN_BOX_PX) {
  let x = b.x * t.scale + t.x, y = b.y * t.scale + t.y, width = b.width * t.scale, height = b.height * t.scale;
  if (width < minSize) { x -= (minSize - width) / 2; width = minSize; }
  if (height < minSize) { y -= (minSize - height) / 2; height = minSize; }
  return { x, y, width, height };
}

/**
 * The label's rectangle: above the box when there is room, else below it; shifted sideways to stay on the canvas.
 * Either way it does not overlap the box (the gap also clears the box's stroke).
 */
export function labelRect(box, textWidth, canvasWidth, canvasHeight, height = LABEL_HEIGHT) {
  const width = textWidth + 6;
  const above = box.y - height - LABEL_GAP;
  const below = box.y + box.height + LABEL_GAP;
  const y = above >= 0 || below + height > canvasHeight ? above : below;
  const x = Math.min(Math.max(0, box.x), Math.max(0, canvasWidth - width));
  return { x, y, width, height };
}

/** Whether two rectangles overlap (for tests and hit checks). */
export function overlaps(a, b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
