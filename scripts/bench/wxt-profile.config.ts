// The extension built for CPU profiles and A/B runs (scripts/bench/paint-profile.ts), never shipped:
//   TC_OUT=.output-b npx wxt build -c scripts/bench/wxt-profile.config.ts        (another output dir)
//   TC_UNMIN=1 npx wxt build -c scripts/bench/wxt-profile.config.ts             (unminified, with a source map)
import base from '../../wxt.config';

export default {
  ...base,
  outDir: process.env.TC_OUT ?? '.output-profile',
  vite: (env: Parameters<NonNullable<typeof base.vite>>[0]) => ({
    ...base.vite?.(env),
    ...(process.env.TC_UNMIN ? { build: { minify: false, sourcemap: true } } : {}),
  }),
};
