// mark.js's package main is a UMD bundle: importing it runs its factory, which builds both classes
// and all their methods at once, when the content script's modules are evaluated, on every page and
// before the first match (about 0.5 ms of start-up in Chromium, most of it compiling the factory).
// Its ES module source (the same version, which the bundle is built from) only declares the classes:
// their methods are compiled when painting first calls them.
export const MARK_JS_AS_MODULE = { find: /^mark\.js$/, replacement: 'mark.js/src/vanilla.js' };
