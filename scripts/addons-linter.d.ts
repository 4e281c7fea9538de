// addons-linter ships no types; this is the part of its library API
// (README, "Using the linter as a library") that lint-firefox-build.ts uses.
declare module 'addons-linter' {
  export interface LinterMessage { code: string; message: string; file?: string; line?: number; column?: number }
  interface LinterResult { count: number; errors: LinterMessage[]; warnings: LinterMessage[]; notices: LinterMessage[] }
  const addonsLinter: {
    createInstance(options: { config: Record<string, unknown> & { _: string[] }; runAsBinary: boolean }): { run(): Promise<LinterResult> };
  };
  export default addonsLinter;
}
