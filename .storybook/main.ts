// Storybook for the Qoldau widgets: Vite builder, TypeScript sources through the @qoldau/source
// export condition, telemetry off (the network is closed: every build would wait on DNS).
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, type UserConfig } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/introduction.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig: UserConfig) {
    return {
      ...viteConfig,
      resolve: {
        ...viteConfig.resolve,
        // Our packages point this condition at their TypeScript sources: no package build needed.
        conditions: ['@qoldau/source', ...defaultClientConditions],
      },
      // Storybook's own chunks (axe, the docs renderer) exceed Vite's 500 kB warning; ours do not.
      build: { ...viteConfig.build, chunkSizeWarningLimit: 1200 },
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        // Pre-bundled once, so the widgets and Storybook share one Lit ("Multiple versions of Lit loaded").
        include: [
          ...(viteConfig.optimizeDeps?.include ?? []),
          'lit',
          'lit/directive-helpers.js',
          '@lit/localize',
          // Imported lazily by the impact chart: listed so Vite does not discover it mid-run and reload.
          'chart.js',
          // Likewise the QR code library, imported when <qoldau-donate> shows a Kaspi QR code.
          'lean-qr/nano',
        ],
      },
    };
  },
};

export default config;
