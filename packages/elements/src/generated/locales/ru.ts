
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'chart.amount': `Сумма`,
'chart.empty': `Данных пока нет.`,
'chart.hide-table': `Скрыть таблицу`,
'chart.show-table': `Показать таблицей`,
'chart.summary.allocation': str`Всего ${0}. Больше всего: ${1}, ${2} (${3}).`,
'chart.summary.series': str`${0}, ${1} – ${2}: последнее значение ${3}, наибольшее ${4}.`,
'chart.table.caption': `Данные диаграммы`,
'chart.table.item': `Статья`,
'chart.table.period': `Период`,
'chart.table.share': `Доля`,
'chart.table.total': `Итого`,
'chart.type.bar': `Столбчатая диаграмма`,
'chart.type.doughnut': `Кольцевая диаграмма`,
'chart.type.line': `Линейный график`,
'chart.value': `Значение`,
'common.loading': `Загрузка…`,
'error.absurd-value': str`Значение «${0}» неправдоподобно велико.`,
'error.config': `Qoldau настроен неверно.`,
'error.http': `Сервер вернул ошибку.`,
'error.invalid-date': str`«${0}» — неверная дата.`,
'error.invalid-goal': `Цель сбора должна быть больше нуля.`,
'error.invalid-json': `Встроенные данные — некорректный JSON.`,
'error.invalid-number': str`Значение «${0}» — не число.`,
'error.invalid-type': str`Значение «${0}» имеет неверный тип.`,
'error.invalid-url': str`«${0}» должно быть ссылкой https.`,
'error.markup-in-text': str`«${0}» содержит HTML — это запрещено.`,
'error.missing-field': str`Не указано «${0}».`,
'error.negative-value': str`«${0}» не может быть отрицательным.`,
'error.network': `Не удалось загрузить данные. Проверьте подключение.`,
'error.not-found': `Данные не найдены.`,
'error.rejected': `Сервер не принял форму.`,
'error.unknown-currency': `Неизвестный код валюты.`,
'live.stale': str`Не удалось обновить. Данные на ${0}.`,
'outbox.keep-open': `Пожалуйста, не закрывайте страницу, пока форма не отправится: этот браузер не может сохранить её на потом.`,
'progress.days-left.few': str`осталось ${0} дня`,
'progress.days-left.many': str`осталось ${0} дней`,
'progress.days-left.one': str`остался ${0} день`,
'progress.days-left.other': str`осталось ${0} дня`,
'progress.donors.few': str`${0} жертвователя`,
'progress.donors.many': str`${0} жертвователей`,
'progress.donors.one': str`${0} жертвователь`,
'progress.donors.other': str`${0} жертвователя`,
'progress.ended': `Сбор завершён`,
'progress.label': `Сбор средств`,
'progress.last-day': `Последний день`,
'progress.milestone-reached': `(достигнут)`,
'progress.milestones': `Этапы`,
'progress.raised-of': str`собрано из ${0}`,
'progress.reached': `Цель достигнута — спасибо!`,
'progress.remaining': str`Осталось собрать ${0}`,
'progress.valuetext': str`Собрано ${0} из ${1}`,
'progress.zero': `Станьте первым, кто поддержит`,
    };
  