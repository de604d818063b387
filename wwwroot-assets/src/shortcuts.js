// Keyboard shortcuts for the workbench: "/" focuses the page's search box, "?" shows the shortcut help,
// "g" then a letter jumps to a section. Typing inside inputs never triggers a shortcut.
import { isTypingTarget, sequenceMatcher } from './lib/keys.js';

let registration = null;

export function register(dotNetRef, sequences) {
  unregister();
  const match = sequenceMatcher(sequences, 1200);
  const handler = (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
    if (event.key === '/') {
      const search = document.querySelector('[data-shortcut="search"] input, input[data-shortcut="search"]');
      if (search) { event.preventDefault(); search.focus(); }
      return;
    }
    const hit = match(event.key, event.timeStamp);
    if (hit) { event.preventDefault(); dotNetRef.invokeMethodAsync('OnShortcut', hit); }
  };
  document.addEventListener('keydown', handler);
  registration = handler;
}

export function unregister() {
  if (registration) document.removeEventListener('keydown', registration);
  registration = null;
}
