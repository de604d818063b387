import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isTypingTarget, sequenceMatcher } from '../src/lib/keys.js';

test('typing targets are inputs, textareas, selects and editable elements', () => {
  assert.equal(isTypingTarget({ tagName: 'INPUT' }), true);
  assert.equal(isTypingTarget({ tagName: 'TEXTAREA' }), true);
  assert.equal(isTypingTarget({ tagName: 'DIV', isContentEditable: true }), true);
  assert.equal(isTypingTarget({ tagName: 'BUTTON' }), false);
  assert.equal(isTypingTarget(null), false);
});

test('a two-key sequence matches within the window and resets after it', () => {
  const match = sequenceMatcher(['g h', 'g d'], 1000);
  assert.equal(match('g', 0), null);
  assert.equal(match('h', 500), 'g h');
  assert.equal(match('g', 1000), null);
  assert.equal(match('d', 3000), null);
  assert.equal(match('x', 3100), null);
});
