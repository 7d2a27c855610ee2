// The block editor's own validator, run in node on block markup (stdin: JSON [{name, markup}]).
// Prints JSON [{name, invalid: [{block, issues}]}]: every block (inner blocks too) that
// blocks.parse() flags as invalid. Needs the npm packages of the shared WordPress recipe
// (NODE_PATH points at their node_modules).
const { JSDOM } = require('jsdom');
const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true, url: 'http://localhost/' });
const names = ['window', 'document', 'navigator', 'Node', 'Element', 'HTMLElement', 'DOMParser',
  'MutationObserver', 'getComputedStyle', 'requestAnimationFrame', 'CustomEvent', 'Event', 'Range',
  'DocumentFragment', 'localStorage'];
for (const name of names) {
  const value = name === 'window' ? dom.window : dom.window[name];
  try { globalThis[name] = value; } catch (e) { Object.defineProperty(globalThis, name, { value, configurable: true }); }
}
globalThis.matchMedia = dom.window.matchMedia = () => ({ matches: false, addListener() {}, removeListener() {},
  addEventListener() {}, removeEventListener() {} });
const quiet = () => {};
console.log = console.info = console.warn = console.error = console.debug = quiet;
const out = process.stdout;
require('@wordpress/block-library').registerCoreBlocks();
const blocks = require('@wordpress/blocks');

function invalid(list, found) {
  for (const block of list) {
    if (block.isValid === false) {
      found.push({ block: block.name, issues: (block.validationIssues || []).map((issue) =>
        String(issue.args ? issue.args.map(String).join(' ') : issue)).slice(0, 3) });
    }
    invalid(block.innerBlocks || [], found);
  }
  return found;
}

let input = '';
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const pages = JSON.parse(input);
  const results = pages.map((page) => ({ name: page.name, invalid: invalid(blocks.parse(page.markup), []) }));
  out.write(JSON.stringify(results));
});
