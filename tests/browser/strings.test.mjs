// The translation table is generated from STRINGS in strings.js, so every text the page can
// show must be in that list, word for word, and the list must hold nothing the page never shows.

import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { test } from 'node:test';

const web = new URL('../../resources/web/', import.meta.url);
const read = (name) => readFile(new URL(name, web), 'utf8');
// The page's modules; the worklet runs in the audio thread and shows nothing.
const modules = (await readdir(web)).filter((name) => name.endsWith('.js') && name !== 'pcm-worklet.js').sort();
const code = Object.fromEntries(await Promise.all(modules.map(async (name) => [name, await read(name)])));
// The recorder page and the protocol console (console.html).
const pages = Object.fromEntries(await Promise.all(['index.html', 'console.html'].map(async (name) => [name, await read(name)])));

// Single-quoted JS literals (the page uses no other quoting for its texts).
const literal = String.raw`'((?:[^'\\]|\\.)*)'`;
const unquote = (text) => text.replace(/\\(.)/g, '$1');

// The source of `const name = ...` in module `file`, up to its closing bracket at the start of a line.
const block = (file, name, close) => {
  const source = code[file];
  const start = source.indexOf(`const ${name} = `);
  assert.ok(start >= 0, `${name} exists in ${file}`);
  return source.slice(start, source.indexOf(`\n${close};`, start));
};

const strings = [...block('strings.js', 'STRINGS', ']').matchAll(new RegExp(literal, 'g'))].map((m) => unquote(m[1]));
const uses = [
  ...Object.values(code).flatMap((source) => [...source.matchAll(new RegExp(String.raw`\b(?:t|showNotice)\(${literal}`, 'g'))])
    .map((m) => unquote(m[1])),
  ...[...block('errors.js', 'AlertTexts', '}').matchAll(new RegExp(String.raw`:\s*${literal}`, 'g'))].map((m) => unquote(m[1])),
  ...[...block('view.js', 'ConnectionTexts', '}').matchAll(new RegExp(String.raw`:\s*${literal}`, 'g'))].map((m) => unquote(m[1])),
  ...[...block('view.js', 'CaptionNotes', '}').matchAll(new RegExp(String.raw`:\s*${literal}`, 'g'))].map((m) => unquote(m[1])),
  ...[...block('view.js', 'TakeTexts', '}').matchAll(new RegExp(String.raw`:\s*${literal}`, 'g'))].map((m) => unquote(m[1])),
  ...['StateTexts', 'EndpointNotes', 'DirectionTexts'].flatMap((name) =>
    [...block('console.js', name, '}').matchAll(new RegExp(String.raw`:\s*${literal}`, 'g'))].map((m) => unquote(m[1]))),
  ...Object.values(pages).flatMap((html) => [...html.matchAll(/data-i18n(?:-label)?="([^"]*)"/g)].map((m) => m[1])),
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

test('the English in each page matches its data-i18n key', () => {
  for (const html of Object.values(pages)) {
    for (const m of html.matchAll(/data-i18n="([^"]*)">([^<]*)</g)) assert.equal(m[2], m[1]);
  }
});
