import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screenBox, labelRect, overlaps, MIN_BOX_PX, LABEL_HEIGHT } from '../src/lib/xray-boxes.js';

// A 1024×512 container fitted into a 700 px wide canvas: scale ≈ 0.68.
const fit = { scale: 700 / 1024, x: 0, y: 40 };

test('a knife-sized box is drawn at least the minimum size, centred on the object', () => {
  const knife = { x: 500, y: 200, width: 25, height: 2 };
  const b = screenBox(knife, fit);
  assert.ok(b.width >= MIN_BOX_PX && b.height >= MIN_BOX_PX);
  const centreX = (knife.x + knife.width / 2) * fit.scale + fit.x;
  const centreY = (knife.y + knife.height / 2) * fit.scale + fit.y;
  assert.ok(Math.abs(b.x + b.width / 2 - centreX) < 1e-9);
  assert.ok(Math.abs(b.y + b.height / 2 - centreY) < 1e-9);
});

test('a large box keeps its true size', () => {
  const b = screenBox({ x: 100, y: 100, width: 200, height: 100 }, fit);
  assert.ok(Math.abs(b.width - 200 * fit.scale) < 1e-9);
  assert.ok(Math.abs(b.height - 100 * fit.scale) < 1e-9);
});

test('the label sits above the box and does not cover it', () => {
  const box = screenBox({ x: 500, y: 200, width: 25, height: 2 }, fit);
  const label = labelRect(box, 90, 700, 400);
  assert.ok(label.y + label.height < box.y);
  assert.equal(overlaps(label, box), false);
});

test('a box at the top edge gets its label below, still not covering it', () => {
  const box = { x: 10, y: 2, width: 14, height: 14 };
  const label = labelRect(box, 90, 700, 400);
  assert.ok(label.y > box.y + box.height);
  assert.equal(overlaps(label, box), false);
  assert.equal(label.height, LABEL_HEIGHT);
});

test('a label near the right edge is shifted onto the canvas', () => {
  const label = labelRect({ x: 680, y: 100, width: 14, height: 14 }, 90, 700, 400);
  assert.ok(label.x + label.width <= 700);
  assert.ok(label.x >= 0);
});
