import { expect } from '@open-wc/testing';
import { configure, read, validateRole } from '../../src/index.js';
import { parseCsv, parseSheetNumber, recordFromRows } from '../../src/data/sheet.js';
import { testServer } from '../../../../test/server/control.js';
import { freshAdapter, rejection } from './helpers.js';

describe('sheet source: CSV parsing', () => {
  it('parses quotes, commas, newlines, "" escapes, CRLF, CR and a BOM', () => {
    const csv = '\ufeffid,title\r\na,"Hello, world"\r\nb,"Line one\r\nline two"\rc,"She said ""сәлем"""\n';
    expect(parseCsv(csv)).to.deep.equal([
      ['id', 'title'],
      ['a', 'Hello, world'],
      ['b', 'Line one\r\nline two'],
      ['c', 'She said "сәлем"'],
    ]);
  });

  it('keeps empty fields, skips blank lines, and handles a missing final newline', () => {
    expect(parseCsv('a,,c\n\n,,\n"",x')).to.deep.equal([
      ['a', '', 'c'],
      ['', 'x'],
    ]);
    expect(parseCsv('x,"y')).to.deep.equal([['x', 'y']]);
    expect(parseCsv('')).to.deep.equal([]);
  });

  it('reads numbers the way people type them', () => {
    expect(parseSheetNumber('1 250 000')).to.equal(1_250_000);
    expect(parseSheetNumber('1\u00a0250\u00a0000')).to.equal(1_250_000);
    expect(parseSheetNumber('1\u202f250\u202f000 ₸')).to.equal(1_250_000);
    expect(parseSheetNumber('1,250,000')).to.equal(1_250_000);
    expect(parseSheetNumber('1,250,000.50')).to.equal(1_250_000.5);
    expect(parseSheetNumber('1.250.000')).to.equal(1_250_000);
    expect(parseSheetNumber('0,9')).to.equal(0.9);
    expect(parseSheetNumber('1 250 000,50')).to.equal(1_250_000.5);
    expect(parseSheetNumber('$12')).to.equal(12);
    expect(parseSheetNumber('12.5')).to.equal(12.5);
    expect(parseSheetNumber('много')).to.equal('много');
    expect(parseSheetNumber('1,2,3')).to.equal('1,2,3');
  });

  it('reads a role whose skills and shifts are JSON in one cell (labels in every language, spots)', () => {
    const shifts = JSON.stringify([
      { id: 'saturday', label: { ru: 'Суббота, утро', kk: 'Сенбі, таңертең' }, capacity: 5, taken: 3 },
      { id: 'sunday', label: 'Sunday' },
    ]).replace(/"/g, '""');
    const rows = parseCsv(
      'id,title,skills,shifts,Guardian,GuardianMinAge,minAge,timezone\n' +
        `helper,Helper,"sewing; drawing","${shifts}",yes,14,18,Asia/Almaty\n`,
    );
    const record = recordFromRows(rows, { kind: 'role', id: 'helper' });
    const role = validateRole(record);
    expect(role.skills).to.deep.equal([
      { id: 'sewing', label: 'sewing' },
      { id: 'drawing', label: 'drawing' },
    ]);
    expect(role.shifts).to.deep.equal([
      { id: 'saturday', label: { ru: 'Суббота, утро', kk: 'Сенбі, таңертең' }, capacity: 5, taken: 3 },
      { id: 'sunday', label: 'Sunday', taken: 0 },
    ]);
    expect(role).to.include({ guardian: true, guardianMinAge: 14, minAge: 18, timezone: 'Asia/Almaty' });
    const broken = parseCsv('id,title,shifts\nhelper,Helper,"[{""id"": ""sat"""\n');
    expect(() => validateRole(recordFromRows(broken, { kind: 'role', id: 'helper' })))
      .to.throw()
      .with.property('code', 'invalid-json');
  });

  it('turns rows into payloads with localized columns, lists and grouped items', () => {
    const rows = parseCsv(
      'ID,Title_EN,title_ru,title_kk,skills,shifts,minAge,milestones,Kind\n' +
        'dara-mentor,Mentor,Наставник,Тәлімгер,"mentoring; it, sport",weekend,21,"5 000 000; 12,500,000",role\n' +
        'other,Other,,,,,,,campaign\n',
    );
    expect(recordFromRows(rows, { kind: 'role', id: 'dara-mentor' })).to.deep.equal({
      id: 'dara-mentor',
      title: { en: 'Mentor', ru: 'Наставник', kk: 'Тәлімгер' },
      skills: ['mentoring', 'it', 'sport'],
      shifts: ['weekend'],
      minAge: 21,
      milestones: [{ amount: 5_000_000 }, { amount: 12_500_000 }],
    });
    expect(() => recordFromRows(rows, { kind: 'role', id: 'other' }))
      .to.throw()
      .with.property('code', 'not-found');
    const allocation = parseCsv(
      'label_en,label_ru,amount,currency\nTransport,Транспорт,12 500 000,KZT\nTeachers,Педагоги,"6,300,000",\n',
    );
    expect(recordFromRows(allocation, { kind: 'allocation', id: 'batyr-2026' })).to.deep.equal({
      id: 'batyr-2026',
      currency: 'KZT',
      items: [
        { label: { en: 'Transport', ru: 'Транспорт' }, amount: 12_500_000 },
        { label: { en: 'Teachers', ru: 'Педагоги' }, amount: 6_300_000 },
      ],
    });
    const donors = parseCsv(
      'id,name,amount,message,date\nbatyr-van,Айгерим,50 000,Сәттілік!,2026-11-20\namina,Ержан,1000,,\n',
    );
    expect(recordFromRows(donors, { kind: 'donors', id: 'batyr-van' })).to.deep.equal({
      id: 'batyr-van',
      items: [{ name: 'Айгерим', amount: 50_000, message: 'Сәттілік!', date: '2026-11-20' }],
    });
    // The list's campaign (for the wall's total) from any row's `Campaign` column.
    const withCampaign = parseCsv('id,Campaign,name,amount\nvan-donors,,Айгерим,500\nvan-donors,batyr-van,,\n');
    expect(recordFromRows(withCampaign, { kind: 'donors', id: 'van-donors' })).to.deep.equal({
      id: 'van-donors',
      campaign: 'batyr-van',
      items: [{ name: 'Айгерим', amount: 500 }, {}],
    });
    expect(() => recordFromRows(donors, { kind: 'donors', id: 'nobody' }))
      .to.throw()
      .with.property('code', 'not-found');
    const plainAndLocalized = parseCsv('id,title,title_en,value\nm,Plain,English,"12,5"\n');
    expect(recordFromRows(plainAndLocalized, { kind: 'metric', id: 'm' })).to.deep.equal({
      id: 'm',
      title: { en: 'English' },
      value: 12.5,
    });
  });
});

describe('sheet source: reading from the server', () => {
  let base = '';
  before(async () => {
    base = await testServer.url();
  });
  beforeEach(async () => {
    freshAdapter();
    await testServer.reset();
    configure({ source: { type: 'sheet', url: `${base}/sheets/{kind}.csv` } });
  });

  it('reads campaigns and metrics from published CSV, one request per sheet', async () => {
    const [van, amina] = await Promise.all([
      read({ kind: 'campaign', id: 'batyr-van' }),
      read({ kind: 'campaign', id: 'botashym-amina' }),
    ]);
    expect(van).to.include({ raised: 8_420_000, goal: 12_500_000, currency: 'KZT', donors: 314 });
    expect(van.title).to.deep.equal({
      en: "A van with a lift for Batyr's children",
      ru: 'Микроавтобус с подъёмником для детей «Батыра»',
      kk: '«Батыр» балаларына көтергіші бар микроавтобус',
    });
    expect(amina.raised).to.equal(1_870_000);
    expect((amina.title as { ru: string }).ru).to.equal('Курс реабилитации\nдля Амины, 7 лет');
    // A plain end date runs through that day in Almaty (UTC+5).
    expect(amina.endsAt?.toISOString()).to.equal('2026-11-30T18:59:59.999Z');
    expect((await testServer.stats()).requests['GET /sheets/campaign.csv']).to.equal(1);
    const families = await read({ kind: 'metric', id: 'families' });
    expect(families.noun).to.deep.equal({
      en: ['family', 'families'],
      ru: ['семья', 'семьи', 'семей'],
      kk: ['отбасы'],
    });
    expect((await read({ kind: 'metric', id: 'employed' })).value).to.equal(0.9);
  });

  it('validates sheet rows like any payload', async () => {
    await testServer.sheet('campaign', 'id,goal,title_en\nbad,0,x\nevil,5,<b>x</b>\nword,много,x\n');
    expect((await rejection(() => read({ kind: 'campaign', id: 'bad' }))).code).to.equal('invalid-goal');
    expect((await rejection(() => read({ kind: 'campaign', id: 'evil' }))).code).to.equal('markup-in-text');
    expect((await rejection(() => read({ kind: 'campaign', id: 'word' }))).code).to.equal('invalid-number');
    expect((await rejection(() => read({ kind: 'campaign', id: 'absent' }))).code).to.equal('not-found');
    expect((await rejection(() => read({ kind: 'event', id: 'x' }))).code).to.equal('not-found');
  });

  it('retries the sheet after a failed fetch', async () => {
    await testServer.fail({ match: 'GET /sheets', mode: 'status', status: 500, times: 1 });
    expect((await rejection(() => read({ kind: 'campaign', id: 'batyr-van' }))).code).to.equal('http');
    expect((await read({ kind: 'campaign', id: 'batyr-van' })).goal).to.equal(12_500_000);
  });
});
