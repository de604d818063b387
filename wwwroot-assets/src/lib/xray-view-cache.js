// The last few rendered views of a scan, so flipping back and forth (pseudo-colour on/off, high/low energy) swaps a
// ready image instead of re-rendering millions of pixels. Least recently used goes first; its canvas is handed back
// for reuse, so the cache never holds more than `size` images.

/** The view settings that change the rendered image (zoom, pan and overlays do not). */
export function viewKey(view) {
  return [view.energy, view.brightness, view.contrast, view.gamma, view.invert, view.edges, view.colour, view.strip].join('|');
}

export class ViewCache {
  constructor(size) { this.size = size; this.entries = new Map(); }

  /** The image for a key (marking it most recently used), or undefined. */
  get(key) {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** Removes and returns the least recently used image once the cache is full (to be drawn into again), else null. */
  takeSpare() {
    if (this.entries.size < this.size) return null;
    const [key, value] = this.entries.entries().next().value;
    this.entries.delete(key);
    return value;
  }

  set(key, value) { this.entries.delete(key); this.entries.set(key, value); }
}
