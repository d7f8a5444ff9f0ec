// The demo page's own texts and its language switch. The widgets need none of this: they follow
// <html lang> by themselves.
const texts = {
  kk: {
    org: '«Батыр» қоры',
    language: 'Тіл',
    eyebrow: 'Ақмола облысы · 2026',
    title: '«Батыр» балаларына көтергіші бар микроавтобус',
    lead: 'Мүмкіндігі шектеулі 25 бала компьютерлік сауаттылық курстарына барады. Көтергіші бар көлік оларды үйден сабаққа дейін қауіпсіз жеткізеді.',
    donate: 'Қолдау көрсету',
    more: 'Басқа жинаулар',
    impact: 'Біздің нәтижелер',
    where: 'Қаражат неге жұмсалады',
    'per-month': 'Айына сабаққа келген балалар',
    how: 'Қалай көмектесуге болады',
    'how-text': 'Kaspi арқылы немесе банк картасымен аударым жасаңыз. Әр теңге балалардың сабаққа жетуіне көмектеседі.',
    footer: 'Виджеттер: Qoldau — қайырымдылық сайттарына арналған ашық бастапқы кодты SDK.',
    events: 'Іс-шараға тіркелу',
    'event-text': 'Саздан мүсін жасауды бірге үйренеміз: материалдар мен шай — біздің есептен.',
    'event-fallback': 'Біздің сайтта тіркелу',
    volunteer: 'Ерікті болыңыз',
    'volunteer-next': 'Бір апта ішінде үйлестірушіміз Әсел хабарласып, танысу кездесуіне шақырады.',
    'volunteer-fallback': 'Біздің сайтта өтініш жіберу',
    'donate-fallback': 'Kaspi арқылы қолдау',
    'donate-card': 'Қысқы азық-түлік себеттері',
    'donate-card-fallback': 'Картамен қолдау',
  },
  ru: {
    org: 'Фонд «Батыр»',
    language: 'Язык',
    eyebrow: 'Акмолинская область · 2026',
    title: 'Микроавтобус с подъёмником для детей «Батыра»',
    lead: '25 детей с инвалидностью ходят на курсы компьютерной грамотности. Машина с подъёмником безопасно довезёт их от дома до занятий.',
    donate: 'Поддержать',
    more: 'Другие сборы',
    impact: 'Наши результаты',
    where: 'На что идут деньги',
    'per-month': 'Детей на занятиях по месяцам',
    how: 'Как помочь',
    'how-text': 'Переведите через Kaspi или банковской картой. Каждый тенге помогает детям добраться до занятий.',
    footer: 'Виджеты: Qoldau — открытый SDK для сайтов благотворительных организаций.',
    events: 'Запись на мероприятие',
    'event-text': 'Учимся лепить из глины вместе: материалы и чай — за наш счёт.',
    'event-fallback': 'Записаться на нашем сайте',
    volunteer: 'Станьте волонтёром',
    'volunteer-next': 'В течение недели наш координатор Асель свяжется с вами и пригласит на встречу-знакомство.',
    'volunteer-fallback': 'Подать заявку на нашем сайте',
    'donate-fallback': 'Поддержать через Kaspi',
    'donate-card': 'Зимние продуктовые корзины',
    'donate-card-fallback': 'Поддержать картой',
  },
  en: {
    org: 'Batyr Foundation',
    language: 'Language',
    eyebrow: 'Aqmola region · 2026',
    title: "A van with a lift for Batyr's children",
    lead: '25 children with disabilities attend computer-literacy courses. A van with a hydraulic lift brings them safely from home to class.',
    donate: 'Donate',
    more: 'More campaigns',
    impact: 'Our impact',
    where: 'Where the money goes',
    'per-month': 'Children in class, per month',
    how: 'How to help',
    'how-text': 'Transfer through Kaspi or by bank card. Every tenge helps the children get to class.',
    footer: 'Widgets: Qoldau, the open-source SDK for charity websites.',
    events: 'Sign up for an event',
    'event-text': 'We learn to sculpt clay together: materials and tea are on us.',
    'event-fallback': 'Sign up on our website',
    volunteer: 'Volunteer with us',
    'volunteer-next': 'Within a week our coordinator Asel will call you and invite you to meet the team.',
    'volunteer-fallback': 'Apply on our website',
    'donate-fallback': 'Donate through Kaspi',
    'donate-card': 'Winter Food Baskets',
    'donate-card-fallback': 'Donate by card',
  },
};

function applyLanguage(lang) {
  const dictionary = texts[lang] ?? texts.en;
  document.documentElement.lang = lang; // the widgets follow this
  for (const element of document.querySelectorAll('[data-i18n]'))
    element.textContent = dictionary[element.dataset.i18n];
  for (const element of document.querySelectorAll('[data-i18n-label]'))
    element.setAttribute('aria-label', dictionary[element.dataset.i18nLabel]);
  for (const element of document.querySelectorAll('[data-i18n-heading]'))
    element.setAttribute('heading', dictionary[element.dataset.i18nHeading]);
  // The operator the forms' consent names: the NGO's name in the page's language.
  for (const element of document.querySelectorAll('[data-i18n-operator]'))
    element.setAttribute('operator', dictionary[element.dataset.i18nOperator]);
  for (const button of document.querySelectorAll('[data-lang]'))
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  document.title = `${dictionary.org} — Qoldau demo`;
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    applyLanguage(button.dataset.lang);
    history.replaceState(null, '', `?lang=${button.dataset.lang}`);
  });
}
applyLanguage(new URLSearchParams(location.search).get('lang') ?? document.documentElement.lang);

// A campaign that ends some days from now, whenever the demo is opened (a fixed date would show it
// ended one day). Set before the widgets' code arrives, so it renders once.
for (const element of document.querySelectorAll('[data-ends-in-days]')) {
  // The day in Almaty (UTC+5), where the campaign ends at 23:59: from 19:00 UTC it is tomorrow there.
  const end = new Date(Date.now() + Number(element.dataset.endsInDays) * 86_400_000 + 5 * 3_600_000);
  element.setAttribute('ends', `${end.toISOString().slice(0, 10)}T23:59:00+05:00`);
}
