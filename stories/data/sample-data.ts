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
