
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'chart.amount': `Сома`,
'chart.empty': `Әзірге деректер жоқ.`,
'chart.hide-table': `Кестені жасыру`,
'chart.show-table': `Кесте түрінде көрсету`,
'chart.summary.allocation': str`Барлығы ${0}. Ең үлкені: ${1}, ${2} (${3}).`,
'chart.summary.series': str`${0}, ${1} – ${2}: соңғы мәні ${3}, ең жоғарысы ${4}.`,
'chart.table.caption': `Диаграмма деректері`,
'chart.table.item': `Бап`,
'chart.table.period': `Кезең`,
'chart.table.share': `Үлесі`,
'chart.table.total': `Барлығы`,
'chart.type.bar': `Бағаналы диаграмма`,
'chart.type.doughnut': `Сақиналы диаграмма`,
'chart.type.line': `Сызықтық график`,
'chart.value': `Мәні`,
'common.loading': `Жүктелуде…`,
'error.absurd-value': str`«${0}» мәні тым үлкен.`,
'error.config': `Qoldau дұрыс бапталмаған.`,
'error.http': `Сервер қате қайтарды.`,
'error.invalid-date': str`«${0}» — жарамсыз күн.`,
'error.invalid-goal': `Жинау мақсаты нөлден үлкен болуы керек.`,
'error.invalid-json': `Енгізілген деректер — жарамсыз JSON.`,
'error.invalid-number': str`«${0}» мәні сан емес.`,
'error.invalid-type': str`«${0}» мәнінің түрі қате.`,
'error.invalid-url': str`«${0}» https сілтемесі болуы керек.`,
'error.markup-in-text': str`«${0}» ішінде HTML бар — бұған рұқсат жоқ.`,
'error.missing-field': str`«${0}» көрсетілмеген.`,
'error.negative-value': str`«${0}» теріс бола алмайды.`,
'error.network': `Деректерді жүктеу мүмкін болмады. Байланысты тексеріңіз.`,
'error.not-found': `Деректер табылмады.`,
'error.rejected': `Сервер форманы қабылдамады.`,
'error.unknown-currency': `Белгісіз валюта коды.`,
'live.stale': str`Жаңарту мүмкін болмады. Деректер ${0} бойынша.`,
'outbox.keep-open': `Форма жіберілгенше бетті жаппаңыз: бұл браузер оны кейінге сақтай алмайды.`,
'progress.days-left.few': str`${0} күн қалды`,
'progress.days-left.many': str`${0} күн қалды`,
'progress.days-left.one': str`${0} күн қалды`,
'progress.days-left.other': str`${0} күн қалды`,
'progress.donors.few': str`${0} адам қолдады`,
'progress.donors.many': str`${0} адам қолдады`,
'progress.donors.one': str`${0} адам қолдады`,
'progress.donors.other': str`${0} адам қолдады`,
'progress.ended': `Жинау аяқталды`,
'progress.label': `Қаражат жинау`,
'progress.last-day': `Соңғы күн`,
'progress.milestone-reached': `(қол жеткізілді)`,
'progress.milestones': `Межелер`,
'progress.raised-of': str`жиналды, мақсат — ${0}`,
'progress.reached': `Мақсатқа жеттік — рахмет!`,
'progress.remaining': str`Жинауға ${0} қалды`,
'progress.valuetext': str`${0} жиналды, мақсат — ${1}`,
'progress.zero': `Бірінші болып қолдау көрсетіңіз`,
    };
  