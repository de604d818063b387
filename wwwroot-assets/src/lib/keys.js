// Pure helpers, unit-tested with node's test runner (test/keys.test.js).

export function isTypingTarget(target) {
  if (!target) return false;
  const tag = (target.tagName || '').toLowerCase();
  return tag === 'input' || tag === 'textarea' || tag === 'select' || target.isContentEditable === true;
}

// Returns a function (key, timeMs) => matched sequence or null, for sequences like "g h" typed within windowMs.
export function sequenceMatcher(sequences, windowMs) {
  let buffer = [];
  let last = 0;
  const parsed = sequences.map(s => ({ name: s, keys: s.split(' ') }));
  return (key, time) => {
    if (time - last > windowMs) buffer = [];
    last = time;
    buffer.push(key);
    const typed = buffer.join(' ');
    const hit = parsed.find(p => p.keys.join(' ') === typed);
    if (hit) { buffer = []; return hit.name; }
    if (!parsed.some(p => p.keys.join(' ').startsWith(typed))) buffer = [];
    return null;
  };
}
