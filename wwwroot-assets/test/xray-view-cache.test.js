import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ViewCache, viewKey } from '../src/lib/xray-view-cache.js';

const view = { energy: 'high', brightness: 0, contrast: 1, gamma: 1, invert: false, edges: false, colour: false, strip: 'none', magnifier: false, heat: false };

test('only settings that change the pixels make a different key', () => {
  assert.equal(viewKey(view), viewKey({ ...view, magnifier: true, heat: true }));
  assert.notEqual(viewKey(view), viewKey({ ...view, colour: true }));
  assert.notEqual(viewKey(view), viewKey({ ...view, energy: 'low' }));
});

test('a full cache hands back its least recently used image for reuse', () => {
  const cache = new ViewCache(2);
  assert.equal(cache.takeSpare(), null);
  cache.set('grey', 'A');
  cache.set('colour', 'B');
  assert.equal(cache.get('grey'), 'A'); // grey is now the most recent
  assert.equal(cache.takeSpare(), 'B');
  assert.equal(cache.get('colour'), undefined);
  cache.set('invert', 'B');
  assert.equal(cache.get('grey'), 'A');
  assert.equal(cache.get('invert'), 'B');
});
