// Preview for the Qoldau stories: controls and docs from the Custom Elements Manifest, and toolbars
// for locale (en/ru/kk), theme (light/dark/brand) and motion that drive the SDK's real switches.
import type { Decorator, Loader, Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import { localeReady, setLocale } from '@qoldau/elements';
import manifest from '@qoldau/elements/custom-elements.json';

interface ManifestMember {
  name: string;
  privacy?: string;
  static?: boolean;
}
interface ManifestDeclaration {
  members?: ManifestMember[];
  cssParts?: { name: string }[];
}
interface Manifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

/**
 * The manifest as generated, adjusted to how Storybook reads it: private and static members are
 * dropped (Storybook makes every member a control, and `inlineData` or `view` are not inputs), and
 * parts are named as authors use them, `::part(raised)`, because Storybook keys argTypes by name
 * and the parts `raised`, `goal` and `heading` would otherwise replace the attributes of that name.
 */
function forStorybook(source: Manifest): Manifest {
  return {
    ...source,
    modules: source.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(
          (member) => !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'),
        ),
        cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
      })),
    })),
  };
}

setCustomElementsManifest(forStorybook(manifest as Manifest));

/** The control for a TypeScript type written in the manifest, e.g. `'bar' | 'ring'` or `number | string | undefined`. */
function controlForType(typeText: string): Pick<StrictInputType, 'control' | 'options'> | undefined {
  const alternatives = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  if (alternatives.length === 0) return undefined;
  const literals = alternatives.filter((part) => /^(['"]).*\1$/.test(part)).map((part) => part.slice(1, -1));
  if (literals.length === alternatives.length) return { control: { type: 'inline-radio' }, options: literals };
  if (alternatives.every((part) => part === 'string' || part === 'number')) {
    return { control: { type: alternatives.includes('string') ? 'text' : 'number' } };
  }
  if (alternatives.length === 1 && alternatives[0] === 'boolean') return { control: { type: 'boolean' } };
  return undefined;
}

/**
 * Controls derived from the manifest (Storybook alone would offer a JSON editor for
 * `string | undefined` and for every part and event): attributes get a control that fits their
 * type, CSS custom properties a text field (the story applies them to the element), parts and
 * events none. Runs before Storybook's own inference, which fills in whatever is left.
 */
const controlsFromManifest: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]: [string, StrictInputType]) => {
      if (argType.control !== undefined) return [name, argType];
      switch (argType.table?.category) {
        case 'attributes':
        case 'properties':
          return [name, { ...argType, ...controlForType(String(argType.table?.type?.summary ?? '')) }];
        case 'css custom properties':
          return [name, { ...argType, control: { type: 'text' } }];
        case 'css shadow parts':
        case 'events':
          return [name, { ...argType, control: false }];
        default:
          return [name, argType];
      }
    }),
  );

/** What each theme sets on the story root: the widgets follow `color-scheme` through light-dark(). */
const THEMES: Record<string, Record<string, string>> = {
  light: { 'color-scheme': 'light', background: '#f4f6f8', color: '#1b2430' },
  dark: { 'color-scheme': 'dark', background: '#0b121a', color: '#eef2f6' },
  brand: { 'color-scheme': 'light', background: '#f7f2f8', color: '#1b2430', '--qoldau-color-brand': '#7a2e8e' },
};

/** Loads the chosen locale's strings before the story renders, so nothing flashes in English. */
const localeLoader: Loader = async ({ globals }) => {
  const locale = String(globals.locale ?? 'en');
  document.documentElement.lang = locale;
  await setLocale(locale);
  await localeReady();
  return {};
};

const withThemeAndMotion: Decorator = (story, { globals, viewMode }) => {
  const reduced = globals.motion === 'reduced';
  // Read once by each widget when it connects, hence the remount (keyed) when the toggle changes.
  if (reduced) document.documentElement.dataset.qoldauMotion = 'reduce';
  else delete document.documentElement.dataset.qoldauMotion;
  const theme = THEMES[String(globals.theme)] ?? THEMES.light;
  const frame = { padding: '24px', 'min-height': viewMode === 'docs' ? 'auto' : '100vh', ...theme };
  return html`<div class="qoldau-story" data-theme=${String(globals.theme)} style=${styleMap(frame)}>
    ${keyed(reduced, story())}
  </div>`;
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'ru', title: 'Русский', right: 'ru' },
          { value: 'kk', title: 'Қазақша', right: 'kk' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of the page around the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'brand', title: 'Brand colour (#7a2e8e)', icon: 'heart' },
        ],
        dynamicTitle: true,
      },
    },
    motion: {
      description: 'Animations (data-qoldau-motion on <html>)',
      toolbar: {
        title: 'Motion',
        icon: 'play',
        items: [
          { value: 'normal', title: 'Normal motion', icon: 'play' },
          { value: 'reduced', title: 'Reduced motion', icon: 'stop' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', motion: 'normal' },
  argTypesEnhancers: [controlsFromManifest],
  loaders: [localeLoader],
  decorators: [withThemeAndMotion],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Story tests run axe on every story and fail on any violation.
    a11y: { test: 'error' },
  },
};

export default preview;
