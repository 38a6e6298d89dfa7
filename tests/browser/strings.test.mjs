// The translation table is generated from STRINGS in app.js, so every text the page can show
// must be in that list, word for word, and the list must hold nothing the page never shows.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

const web = new URL('../../resources/web/', import.meta.url);
const app = await readFile(new URL('app.js', web), 'utf8');
const html = await readFile(new URL('index.html', web), 'utf8');

// Single-quoted JS literals (the page uses no other quoting for its texts).
const literal = String.raw`'((?:[^'\\]|\\.)*)'`;
const unquote = (text) => text.replace(/\\(.)/g, '$1');

// The source of `const name = ...` up to its closing bracket at the start of a line.
const block = (name, close) => {
  const start = app.indexOf(`const ${name} = `);
  assert.ok(start >= 0, `${name} exists in app.js`);
  return app.slice(start, app.indexOf(`\n${close};`, start));
};

const strings = [...block('STRINGS', ']').matchAll(new RegExp(literal, 'g'))].map((m) => unquote(m[1]));
const uses = [
  ...[...app.matchAll(new RegExp(String.raw`\b(?:t|showNotice)\(${literal}`, 'g'))].map((m) => unquote(m[1])),
  ...[...block('AlertTexts', '}').matchAll(new RegExp(String.raw`:\s*${literal}`, 'g'))].map((m) => unquote(m[1])),
  ...[...block('ConnectionTexts', '}').matchAll(new RegExp(String.raw`:\s*${literal}`, 'g'))].map((m) => unquote(m[1])),
  ...[...html.matchAll(/data-i18n(?:-label)?="([^"]*)"/g)].map((m) => m[1]),
];

test('STRINGS lists each text once', () => {
  assert.ok(strings.length > 20);
  assert.equal(new Set(strings).size, strings.length);
});

test('every text the page shows is in STRINGS', () => {
  const missing = uses.filter((text) => !strings.includes(text));
  assert.deepEqual(missing, []);
});

test('every entry of STRINGS is used', () => {
  const unused = strings.filter((text) => !uses.includes(text));
  assert.deepEqual(unused, []);
});

test('the English in index.html matches its data-i18n key', () => {
  for (const m of html.matchAll(/data-i18n="([^"]*)">([^<]*)</g)) assert.equal(m[2], m[1]);
});
