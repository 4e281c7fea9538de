// When the content script's code began to evaluate: imported first by the content
// entrypoint, so that start-up counts evaluating every module (tables, catalog,
// lexicons), not only what main() does.
export const scriptStartedAt = performance.now();
