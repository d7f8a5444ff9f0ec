// Campaigns copied from the shared sample data (context/sample-data.json), so stories never read
// outside the repository. End dates are made relative to today, so "N days left" stays true.

export interface LocalizedText {
  en: string;
  ru: string;
  kk: string;
}

export interface SampleCampaign {
  title: LocalizedText;
  raised: number;
  goal: number;
  currency: string;
  donors: number;
  /** Days from today (Asia/Almaty) to the end of the campaign. */
  endsInDays?: number;
  milestones?: { amount: number; label: LocalizedText }[];
}

/** Batyr's van: in progress, with a reached and an open milestone. */
export const batyrVan: SampleCampaign = {
  title: {
    en: 'A van with a lift for Batyr’s children',
    ru: 'Микроавтобус с подъёмником для детей «Батыра»',
    kk: '«Батыр» балаларына көтергіші бар микроавтобус',
  },
  raised: 8_420_000,
  goal: 12_500_000,
  currency: 'KZT',
  donors: 314,
  endsInDays: 39,
  milestones: [
    {
      amount: 5_000_000,
      label: { en: 'Hydraulic lift', ru: 'Гидравлический подъёмник', kk: 'Гидравликалық көтергіш' },
    },
    { amount: 12_500_000, label: { en: 'The whole van', ru: 'Весь микроавтобус', kk: 'Толық микроавтобус' } },
  ],
};

/** Amina's rehabilitation: the goal was exceeded (113%). */
export const aminaRehab: SampleCampaign = {
  title: {
    en: 'Rehabilitation course for Amina, 7',
    ru: 'Курс реабилитации для Амины, 7 лет',
    kk: 'Аминаға (7 жас) оңалту курсы',
  },
  raised: 1_870_000,
  goal: 1_650_000,
  currency: 'KZT',
  donors: 96,
  endsInDays: 8,
};

/** Winter food baskets: just started, nothing raised yet. */
export const winterBaskets: SampleCampaign = {
  title: { en: 'Winter Food Baskets', ru: 'Зимние продуктовые корзины', kk: 'Қысқы азық-түлік себеттері' },
  raised: 0,
  goal: 30_000_000,
  currency: 'KZT',
  donors: 0,
  endsInDays: 98,
};

/** A grant programme counted in euros, without an end date. */
export const miniGrants: SampleCampaign = {
  title: {
    en: 'Mini-grants for local NGOs',
    ru: 'Мини-гранты для местных НКО',
    kk: 'Жергілікті ҮЕҰ-ға шағын гранттар',
  },
  raised: 46_152,
  goal: 65_382,
  currency: 'EUR',
  donors: 12,
};

export const donateUrl = 'https://example.org/donate/batyr-van';

/**
 * The calendar date `days` from today in Asia/Almaty, as "YYYY-MM-DD" (read by the widget as the
 * start of that Almaty day), so the widget says exactly `days` days left whatever the hour.
 */
export function almatyDateInDays(days: number, now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone: 'Asia/Almaty',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  })
    .formatToParts(now)
    .reduce<Record<string, number>>((fields, part) => ({ ...fields, [part.type]: Number(part.value) }), {});
  const { year, month, day } = parts;
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

// ── Impact figures (metrics and the allocation of the shared sample data) ──────────────────────────

/** Plural forms per language, in CLDR order: en [one, other], ru [one, few, many], kk [one form]. */
export interface SampleNoun {
  en: string[];
  ru: string[];
  kk: string[];
}

export interface SampleMetric {
  id: string;
  value: number;
  format: 'number' | 'percent' | 'currency';
  currency?: string;
  label?: LocalizedText;
  noun?: SampleNoun;
}

/** 1 000 families supported. */
export const families: SampleMetric = {
  id: 'families',
  value: 1000,
  format: 'number',
  noun: { en: ['family', 'families'], ru: ['семья', 'семьи', 'семей'], kk: ['отбасы'] },
};

/** 183 children through rehabilitation. */
export const childrenRehab: SampleMetric = {
  id: 'children-rehab',
  value: 183,
  format: 'number',
  noun: { en: ['child', 'children'], ru: ['ребёнок', 'ребёнка', 'детей'], kk: ['бала'] },
};

/** 90 % of graduates employed (a fraction, as the widget expects). */
export const employed: SampleMetric = {
  id: 'employed',
  value: 0.9,
  format: 'percent',
  label: { en: 'of graduates employed', ru: 'выпускников трудоустроены', kk: 'түлектер жұмысқа орналасты' },
};

/** 138 internships. */
export const internships: SampleMetric = {
  id: 'internships',
  value: 138,
  format: 'number',
  noun: {
    en: ['internship', 'internships'],
    ru: ['стажировка', 'стажировки', 'стажировок'],
    kk: ['тағылымдама'],
  },
};

/** 24.5 M ₸ raised this year. */
export const raisedTotal: SampleMetric = {
  id: 'raised-total',
  value: 24_500_000,
  format: 'currency',
  currency: 'KZT',
  label: { en: 'raised this year', ru: 'собрано в этом году', kk: 'биыл жиналды' },
};

export const sampleMetrics: SampleMetric[] = [families, childrenRehab, employed, internships, raisedTotal];

/** Not in the shared data: a label for the children counter, matching the monthly series below. */
export const childrenRehabLabel: LocalizedText = {
  en: 'completed rehabilitation this year',
  ru: 'прошли реабилитацию в этом году',
  kk: 'биыл оңалтудан өтті',
};

export interface SampleAllocation {
  id: string;
  currency: string;
  items: { label: LocalizedText; amount: number }[];
}

/** Where the money of Batyr's 2026 programme went (24.5 M ₸ in all). */
export const batyrAllocation: SampleAllocation = {
  id: 'batyr-2026',
  currency: 'KZT',
  items: [
    { label: { en: 'Transport', ru: 'Транспорт', kk: 'Көлік' }, amount: 12_500_000 },
    { label: { en: 'Computers', ru: 'Компьютеры', kk: 'Компьютерлер' }, amount: 4_200_000 },
    { label: { en: 'Teachers', ru: 'Педагоги', kk: 'Педагогтар' }, amount: 6_300_000 },
    {
      label: { en: 'Workshop materials', ru: 'Материалы для мастерских', kk: 'Шеберхана материалдары' },
      amount: 1_500_000,
    },
  ],
};

/**
 * Not in the shared data: children who completed rehabilitation each month of 2026, January to
 * October. The months add up to the 183 of `childrenRehab`.
 */
export const childrenPerMonth = {
  series: [
    {
      label: { en: 'Children rehabilitated', ru: 'Дети, прошедшие реабилитацию', kk: 'Оңалтудан өткен балалар' },
      points: [12, 14, 15, 17, 18, 19, 20, 21, 23, 24].map((children, index) => ({
        x: `2026-${String(index + 1).padStart(2, '0')}`,
        y: children,
      })),
    },
  ],
};

/** Niyet's Food Basket (<qoldau-donate>): what each amount buys, in three languages. */
export const foodBasket = {
  id: 'niyet-food-basket',
  campaign: 'niyet-winter-baskets',
  min: 500,
  max: 1000000,
  defaultAmount: 5000,
  amounts: [
    {
      amount: 2000,
      impact: { en: 'Bread and milk for a week', ru: 'Хлеб и молоко на неделю', kk: 'Бір аптаға нан мен сүт' },
    },
    {
      amount: 5000,
      impact: {
        en: 'A food basket for a family',
        ru: 'Продуктовая корзина для семьи',
        kk: 'Отбасыға азық-түлік себеті',
      },
    },
    {
      amount: 15000,
      impact: {
        en: 'Winter boots for a child',
        ru: 'Зимняя обувь для ребёнка',
        kk: 'Балаға қысқы аяқ киім',
      },
    },
  ],
};

/** The sample NGO as the forms' consent names it (an NGO's page gives its name in the page's language). */
export const sampleOperator: LocalizedText = {
  en: 'Batyr Foundation',
  ru: 'Фонд «Батыр»',
  kk: '«Батыр» қоры',
};

/** The language of a story (Storybook's `locale` global; English when unset). */
export const storyLocale = (globals: Record<string, unknown>): keyof LocalizedText =>
  (globals.locale as keyof LocalizedText | undefined) ?? 'en';
