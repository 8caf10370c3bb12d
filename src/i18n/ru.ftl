## Названия этапов и документов (доменная страница, §2).

## Уровни в человекочитаемом выводе.

level-error = ошибка
level-warning = предупреждение
level-info = замечание
level-help = подсказка

## YAML.

yaml-syntax = в этом месте YAML не читается
    .help = сравните строку с соседними: отступы — пробелами, после «ключ:» — пробел, значение с «:» или кавычками — в кавычках; `--verbose` покажет слова разборщика YAML
yaml-unclosed-quote = кавычка { $char } открыта, но в этой строке не закрыта
    .help = закройте кавычку в конце значения; кавычку внутри значения пишите другой: title: "Конкурс «Лучший наставник»"
yaml-unclosed-bracket = скобка { $char } открыта, но в этой строке не закрыта
    .help = закройте скобку или возьмите всё значение в кавычки, если скобка — часть текста
yaml-too-complex = файл слишком сложен: вложенность глубже 64 уровней или слишком много повторов через & и *
    .help = дорожная карта так не пишется: проверьте, тот ли это файл
yaml-many-documents = в файле несколько документов YAML (после строки «---»)
    .help = в файле программы — один документ: уберите строку «---» или разделите файл на два
yaml-tab = табуляция в отступе: YAML признаёт отступы только из пробелов
    .help = замените табуляцию в начале строки пробелами
yaml-indent = отступ не совпадает с соседними строками: строка начинается в { $found }-й колонке, а строки этого уровня — в { $expected }-й
    .help = выровняйте начало строки пробелами по { $expected }-й колонке, как у соседних строк того же уровня
yaml-missing-dash = не хватает «- » в начале элемента списка
    .help = каждый элемент списка начинается с «- » на том же отступе, что и соседние элементы
yaml-unquoted-colon = в значении `{ $key }` есть двоеточие с пробелом, и YAML принимает его за новый ключ
    .help = возьмите всё значение в кавычки, например: title: "Этап 1: подготовка"
yaml-colon-space = после `{ $key }:` нет пробела
    .help = ключ и значение разделяются двоеточием и пробелом: «{ $key }: значение»
yaml-reserved-start = значение `{ $key }` начинается с «{ $char }»: в YAML этот знак служебный
    .help = возьмите значение в кавычки, например: { $key }: "{ $char }…"
yaml-smart-quote = кавычка «{ $char }» из Word не закрывает прямую кавычку "
    .help = пишите прямые кавычки "…" с обеих сторон или уберите кавычки совсем
yaml-smart-quoted = значение `{ $key }` взято в кавычки из Word «{ $char }»: YAML их не считает кавычками, и двоеточие внутри делит значение
    .help = замените их прямыми кавычками: { $key }: "…"
yaml-after-quote = в значении `{ $key }` после закрывающей кавычки идёт ещё текст, а YAML заканчивает значение на кавычке
    .help = возьмите в кавычки всё значение, а кавычки внутри пишите другие: { $key }: "МБОУ «СОШ № 5» г. Ижевска"
yaml-not-utf8 = файл не в кодировке UTF-8
    .help = сохраните файл в UTF-8 (в Блокноте: «Сохранить как» → Кодировка: UTF-8)
yaml-too-large = файл больше { $limit } МБ; дорожная карта не бывает такой большой
    .help = проверьте, тот ли это файл

## Схема.

schema-wrong-type = `{ $key }` должен быть { $expected ->
        [string] текстом
        [map] словарем (ключ: значение)
        [list] списком
        [bool] true или false
        [integer] целым числом
        [number] числом
        [null] пустым
        [due] фразой или словарем
       *[other] { $expected }
    }, а здесь { $found ->
        [string] текст
        [map] словарь
        [list] список
        [bool] логическое значение
        [number] число
        [null] пусто
       *[other] { $found }
    }
    .help = { $expected ->
        [list] { $found ->
            [map] элемент списка начинается с «- »: допишите «- » перед его первым ключом, а остальные ключи выровняйте под ним
           *[other] ожидаемая структура описана в schemas/; редактор с yaml-language-server подсказывает её при вводе
        }
       *[other] ожидаемая структура описана в schemas/; редактор с yaml-language-server подсказывает её при вводе
    }
schema-duplicate-key = ключ `{ $key }` повторяется (впервые — в строке { $line })
    .help = если это два разных элемента списка, начните второй с «- »; если ключ повторён по ошибке, оставьте один
schema-unknown-key = неизвестный ключ `{ $key }`
    .help = здесь допустимы ключи: { $known }
schema-unknown-key-similar = неизвестный ключ `{ $key }`
    .help = возможно, имелось в виду `{ $similar }`?
schema-missing-key = нет обязательного ключа `{ $key }`
    .help = добавьте здесь `{ $key }: …`
schema-invalid-date = `{ $key }`: `{ $value }` — не дата
    .help = пишите дату как ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, например 02.09.2024 или 2024-09-02; проверьте, что такой день есть
schema-no-such-day = `{ $key }`: такого дня нет в календаре — { $value }
    .help = проверьте число и месяц: в апреле, июне, сентябре и ноябре 30 дней, в феврале 28 (в високосный год 29)
schema-id-quotes = номер мероприятия `{ $value }` в кавычках из Word: YAML считает их частью номера
    .help = пишите номер в прямых кавычках: id: "1.2"
schema-date-year = `{ $key }`: год { $value } — вне 1900–2199
    .help = проверьте год
schema-out-of-range = `{ $key }`: { $value } — вне диапазона { $min }–{ $max }
    .help = укажите значение от { $min } до { $max }
schema-invalid-choice = `{ $key }`: недопустимое значение `{ $value }`
    .help = допустимые значения: { $choices }
schema-period-reversed = период заканчивается ({ $end }) раньше, чем начинается ({ $start })
    .help = поменяйте местами `start` и `end`
schema-part-exceeds-whole = `{ $part }` ({ $value }) больше, чем `{ $whole }` ({ $total })
    .help = первое — часть второго; проверьте численность контингента
schema-percent = `{ $key }`: целевые значения — проценты по годам, например `2025: 70`
    .help = год — числом, значение — от 0 до 100

## Правила дорожной карты.

stage-name = { $stage ->
        [1] Подготовка условий для запуска программы наставничества
        [2] Формирование базы наставляемых
        [3] Формирование базы наставников
        [4] Отбор и обучение наставников
        [5] Формирование наставнических пар / групп
        [6] Организация работы наставнических пар / групп
       *[7] Завершение наставничества
    }
stage-missing = на этапе { $stage } «{ stage-name }» нет ни одного мероприятия
    .help = добавьте раздел со `stage: { $stage }` или укажите `stage: { $stage }` у мероприятий этого этапа
output-missing = на этапе { $stage } нет ключевого документа: { $document ->
        [regulation] Положение о наставничестве
        [launch-order] приказ о внедрении целевой модели или о назначении куратора
        [mentee-base] база наставляемых
        [mentor-base] база наставников
        [mentor-registry] приказ об утверждении реестра наставников
        [mentor-training] программа обучения наставников («Школа наставников»)
        [pairs-order] приказ об утверждении наставнических пар/групп
        [feedback] формы обратной связи по встречам
        [satisfaction] анализ удовлетворенности участников
       *[final-report] отчет по итогам программы
    }
    .help = назовите документ в `result` мероприятия, которое его создаёт, или перечислите: `documents: [{ $document }]`
checkpoint-missing = на этапе { $stage } нет контрольной точки (мониторинга по итогам этапа)
    .help = добавьте мероприятие «Мониторинг … по итогам этапа» с `checkpoint: true`
id-duplicate = номер мероприятия { $id } использован дважды (впервые — в строке { $line })
    .help = измените номер одного из них: ссылка «(п. { $id })» стала бы неоднозначной
id-gap = нумерация мероприятий пропускает номер перед { $id } (ожидался { $expected })
    .help = перенумеруйте мероприятия или восстановите пропущенное
responsible-missing = у мероприятия { $activity } не указан ответственный
    .help = добавьте `responsible:` с должностью, например «Заместитель директора по УВР»
result-missing = у мероприятия { $activity } не указан результат или документ
    .help = добавьте `result:` с документом или результатом, например «Приказ об утверждении наставнических пар/групп»


## Сроки.

deadline-unparsed = { $activity ->
    [none] срок
   *[other] срок мероприятия { $activity }
} не удаётся прочитать начиная с «{ $part }»
    .help = запишите его в поддерживаемой форме, например «{ $example }» (все формы — docs/deadlines.md)
deadline-incomplete = фраза срока обрывается, не сказав когда
    .help = допишите её, например «{ $example }» (все формы — docs/deadlines.md)
deadline-no-such-date = «{ $part }» — такой даты нет в календаре
    .help = проверьте день, месяц и год (годы 1900–2199)
deadline-year = «{ $part }»: год вне 1900–2199
    .help = проверьте год: он пишется четырьмя цифрами, «01.09.2025»
deadline-latin-letter = латинская буква «{ $letter }» внутри русского слова
    .help = наберите эту букву в русской раскладке
deadline-needs-reference = какой приказ? Срок отсчитывается от приказа, но не сказано, каким мероприятием он издаётся
    .help = добавьте номер этого мероприятия, например «… (п. 4.1)»
deadline-key-unused = `{ $key }` не относится к этой форме срока
    .help = удалите его или посмотрите ключи каждой формы в docs/deadlines.md
deadline-reversed = срок заканчивается раньше, чем начинается
    .help = поменяйте концы местами
deadline-half-months = `months`: { $value } — нужно целое число месяцев или с половиной, от 0,5 до 120
    .help = например, `months: 2.5` — «два с половиной месяца»
schema-invalid-month = `{ $key }`: «{ $value }» — не месяц
    .help = укажите номер месяца (`5` — любой год) или год и месяц (`2022-05`)
deadline-missing = у мероприятия { $activity } не указан срок
    .help = добавьте `due:`, например «в течение первого месяца после издания приказа» или `{"{"}month: 2025-10{"}"}`
deadline-outside-period = срок ({ $when }) выходит за период дорожной карты ({ $period })
    .help = перенесите срок внутрь периода или расширьте `period`
deadline-before-approval = срок ({ $end }) раньше утверждения дорожной карты ({ $approved })
    .help = дорожная карта не может планировать работу до своего утверждения; проверьте год
deadline-nonworking = { $date } — { $holiday ->
        [yes] праздничный день
       *[no] выходной день
    }
    .help = перенесите срок на предшествующий рабочий день
ref-unknown = срок отсчитывается от мероприятия { $id }, которого нет в дорожной карте
    .help = укажите номер существующего мероприятия
ref-cycle = сроки ссылаются друг на друга по кругу: { $cycle }
    .help = привяжите одно из них к приказу о внедрении или к дате
stage-order = этап { $later } должен закончиться ({ $end }) раньше, чем начнётся этап { $earlier } ({ $start })
    .help = этапы идут друг за другом; проверьте сроки обоих этапов
stage-early-start = этап { $later } начинается ({ $start }) раньше этапа { $earlier } ({ $earlier_start })
    .help = проверьте, можно ли начинать эту работу до начала этапа { $earlier }
overdue = мероприятие { $activity } нужно было выполнить к { $end }, а оно не отмечено выполненным
    .help = укажите дату выполнения `done: ДД.ММ.ГГГГ` или запланируйте заново
deadline-unresolved-order = срок отсчитывается от приказа о внедрении, дата которого неизвестна
    .help = добавьте `approved: ДД.ММ.ГГГГ` в дорожную карту или `order: {"{"}date: ДД.ММ.ГГГГ{"}"}` в mentor.yaml
deadline-unresolved-period = для месяца или дня без года нужен период дорожной карты
    .help = добавьте `period: {"{"}start: ДД.ММ.ГГГГ, end: ДД.ММ.ГГГГ{"}"}`
deadline-unresolved-open-ref = срок отсчитывается от окончания мероприятия { $id }, у которого нет даты окончания
    .help = укажите у мероприятия { $id } срок с датой или дату выполнения `done:`
deadline-unresolved-range = срок выходит за пределы известного календаря (1900–2199 годы)
    .help = проверьте дату приказа и число месяцев

## Реестры.

csv-too-large = файл больше { $limit } МБ: реестр таким не бывает
    .help = проверьте, тот ли это файл
csv-empty = файл пуст: нет даже строки заголовка
    .help = оставьте строку заголовка; `mentor init` записывает её для каждого реестра
csv-mixed-encoding = начиная отсюда в файле смешаны две кодировки (UTF-8 и Windows-1251)
    .help = откройте файл в Excel или LibreOffice и сохраните заново как «CSV UTF-8»
csv-nul = в файле есть нулевые байты: он двоичный или сохранён в UTF-16
    .help = сохраните его как «CSV UTF-8» (или «CSV (разделители — запятые)»)
csv-inner-bom = метка порядка байтов внутри файла: склеены два файла?
    .help = удалите невидимый символ в начале этой строки
csv-unclosed-quote = здесь открывается кавычка и не закрывается: остаток файла стал одной ячейкой
    .help = закройте кавычку или удвойте кавычку, если она часть текста: ""
csv-duplicate-column = столбец `{ $column }` встречается дважды («{ $first }» и «{ $second }»)
    .help = оставьте один; читается первый
csv-ragged = в строке { $cells ->
        [one] { $cells } ячейка
        [few] { $cells } ячейки
       *[many] { $cells } ячеек
    }, а в заголовке { $header }
    .help = проверьте лишний или пропущенный разделитель; строка читается, насколько возможно
column-missing = нет обязательного столбца `{ $column }`
    .help = добавьте столбец «{ $russian }» (или `{ $column }`)
column-missing-unrecognized = нет обязательного столбца `{ $column }`
    .help = добавьте столбец «{ $russian }» (или `{ $column }`) или переименуйте свой так; не распознаны столбцы: { $unrecognized }
column-missing-or = нет обязательного столбца `{ $column }` (или `{ $or }`)
    .help = добавьте столбец «{ $russian }» (`{ $column }`) или `{ $or }`
value-empty = столбец «{ $column }» не заполнен
    .help = заполните; без этого строка там, где нужна, пропускается
value-invalid = «{ $column }»{ $value ->
        [private] {""}
       *[other] : «{ $value }»
    } — { $expected ->
        [date] не дата
        [day] такого дня нет в календаре
        [year] год вне 1900–2199
        [role] не роль
        [form] не форма наставничества
        [age-range] не диапазон возраста
        [days] не список дней
        [count] не целое число от 1
        [number] не число в допустимых пределах
        [meeting-type] не тип встречи
        [survey-role] не «наставляемый» и не «наставник»
        [rule] не «никогда» и не «обязательно»
       *[other] недопустимое значение
    }
    .help = { $expected ->
        [date] пишите даты как 01.09.2025 или 2025-09-01
        [day] проверьте число и месяц: в апреле, июне, сентябре и ноябре 30 дней, в феврале 28 или 29
        [year] проверьте год
        [role] роли: ученик, студент, педагог, молодой специалист, работодатель, выпускник, родитель, партнер
        [form] формы: ученик – ученик, учитель – учитель, студент – ученик, работодатель – ученик, работодатель – студент, учитель – ученик, студент – студент, педагог – студент
        [age-range] укажите младший и старший возраст, например 12-15
        [days] дни: пн, вт, ср, чт, пт, сб, вс
        [count] например, 1 или 3
        [number] оценка от 0 до шкалы (10, если `scale` не говорит иначе)
        [meeting-type] типы: знакомство, пробная, планирование, рабочая, итоговая
        [survey-role] наставляемый или наставник
        [rule] «никогда» — такую пару не составлять, «обязательно» — составить, если правила позволяют
       *[other] см. документацию
    }
registry-id-duplicate = код { $id } использован дважды (впервые — в строке { $line })
    .help = у каждого участника должен быть свой код
person-duplicate = у { $id } те же ФИО и дата рождения, что у { $first }: один человек под двумя кодами?
    .help = оставьте одну строку и используйте её код в парах, встречах и анкетах
consent-missing = у { $id } нет согласия на обработку персональных данных: в подбор пар не попадает
    .help = укажите дату подписанного согласия в `consent_date` («Согласие»)
consent-column-missing = нет столбца `consent_date`: ни у кого из участников ({ $count }) нет согласия, все исключены из подбора пар
    .help = добавьте столбец «Согласие» (`consent_date`) с датами подписанных согласий
age-out-of-range = наставляемому { $id } на { $today } исполнилось { $age }: вне 10–19 лет для форм с обучающимися
    .help = проверьте дату рождения или форму (в «учитель – учитель» и «студент – студент» возраст не ограничен)
formula-like = «{ $column }» начинается как формула электронной таблицы
    .help = Excel выполнит её: уберите =, +, - или @ в начале или поставьте перед ними апостроф
birth-in-future = у { $id } дата рождения позже { $today }
    .help = проверьте год рождения
pair-unknown-mentor = наставника { $id } нет в mentors.csv
    .help = добавьте наставника в mentors.csv или исправьте код
pair-unknown-mentor-lookalike = наставника { $id } нет в mentors.csv, но есть { $meant }: { $kind ->
        [cyrillic] в коде буква «{ $char }» русская, а там латинская
       *[other] в коде невидимый символ { $char }
    }
    .help = перепечатайте код латинскими буквами, без лишних символов: { $meant }
pair-unknown-mentee-lookalike = наставляемого { $id } нет в mentees.csv, но есть { $meant }: { $kind ->
        [cyrillic] в коде буква «{ $char }» русская, а там латинская
       *[other] в коде невидимый символ { $char }
    }
    .help = перепечатайте код латинскими буквами, без лишних символов: { $meant }
pair-unknown-mentee = наставляемого { $id } нет в mentees.csv
    .help = добавьте наставляемого в mentees.csv или исправьте код
constraint-unknown = в реестрах нет участника с кодом { $id }
    .help = исправьте код: в constraints.csv сначала код наставника, потом наставляемого
constraint-conflict = { $kind ->
        [both] пара { $mentor } – { $mentee } и запрещена, и закреплена (строка { $line })
       *[two-mentors] наставляемый { $mentee } закреплён и за { $mentor }, и за { $other } (строка { $line })
    }
    .help = оставьте одно решение: удалите лишнюю строку constraints.csv
constraint-over-capacity = за наставником { $mentor } закреплено больше наставляемых, чем у него мест ({ $capacity })
    .help = снимите лишнее закрепление или увеличьте `capacity` в mentors.csv
constraint-unmet = закреплённую пару { $mentor } – { $mentee } составить нельзя: { $rule ->
        [form] никакая форма наставничества не подходит к их ролям и заявленным формам
        [organization] они из разных организаций, и наставник не работает с организацией наставляемого
        [age] наставляемый вне 10–19 лет (или нет даты рождения) для этой формы
        [parent] наставник — родитель наставляемого
       *[older] в форме «равный — равному» наставник должен быть старше
    }
    .help = исправьте реестр или удалите закрепление: подбор его выполнить не сможет
constraint-recorded = пара { $mentor } – { $mentee } записана и идёт, хотя куратор её запретил (constraints.csv, строка { $line })
    .help = завершите пару (`end`) или снимите запрет
constraint-group = в группе «{ $group }» вместе { $mentee } и { $other }, хотя куратор их разделил (constraints.csv, строка { $line })
    .help = переведите одного из них в другую группу или снимите запрет
survey-unknown-person = участника { $id } нет ни в mentees.csv, ни в mentors.csv
    .help = исправьте код или добавьте участника
pair-parent-child = наставник { $mentor } — родитель наставляемого { $mentee }
    .help = родитель не может быть наставником своего ребёнка: выберите другого наставника
pair-over-capacity = у наставника { $id } с { $date } активных наставляемых больше, чем { $capacity }
    .help = завершите пару (`end`) или увеличьте `capacity` в mentors.csv
pair-no-consent = { $id } в паре без согласия на обработку персональных данных
    .help = укажите согласие (`consent_date`) или завершите пару
meeting-unknown-pair = встреча наставника { $mentor } и { $mentee }, которые не пара и не группа в pairs.csv
    .help = добавьте пару в pairs.csv или исправьте коды

rewrite-no-header = в { $path } нет строки заголовка, под которую добавлять строки
    .help = восстановите строку заголовка (`mentor init` записывает её)
rewrite-unencodable = { $path } сохранён в Windows-1251, где нет символа «{ $char }»; ничего не записано
    .help = сохраните файл в Excel как «CSV UTF-8» или запишите значение без этого символа
import-kind = какой это реестр — { $path }? По имени файла не понять
    .help = добавьте `--into mentees` (или mentors, pairs, meetings, surveys)
import-column = «{ $header }» → `{ $column }`
import-duplicate = «{ $header }» — снова `{ $column }`: не переносится
import-dropped = «{ $header }» — не столбец { $file }: не переносится
import-kept = «{ $header }» — не столбец реестра: сохраняется как есть
import-done = { $rows ->
        [one] перенесена { $rows } строка
        [few] перенесены { $rows } строки
       *[many] перенесено { $rows } строк
    } в { $path }
    .help = теперь запустите `mentor registry check`
## Краткие описания правил (SARIF, документация).

rule-yaml-syntax = Файл не является корректным YAML (обычные ошибки названы там, где они есть)
rule-schema = Неизвестный ключ, неверный тип или нет обязательного ключа
rule-stage-missing = На одном из семи этапов нет мероприятий
rule-id-duplicate = Два мероприятия, две строки реестра или два предложения с одним кодом
rule-id-gap = В нумерации мероприятий пропущен номер
rule-responsible-missing = Не указан ответственный
rule-result-missing = Не указан результат / документ
rule-output-missing = На этапе нет ключевого документа
rule-checkpoint-missing = На этапе нет мониторинга / контрольной точки
rule-stage-order = Более поздний этап заканчивается раньше начала предыдущего
rule-stage-early-start = Более поздний этап начинается раньше предыдущего
rule-deadline-unparsed = Срок не удаётся прочитать
rule-deadline-missing = У мероприятия нет срока
rule-deadline-outside-period = Срок выходит за период дорожной карты
rule-deadline-before-approval = Срок раньше утверждения дорожной карты
rule-deadline-nonworking = Срок-дата приходится на выходной или праздник
rule-ref-unknown = Срок ссылается на несуществующее мероприятие
rule-ref-cycle = Сроки ссылаются друг на друга по кругу
rule-overdue = С --today: срок прошёл, а мероприятие не выполнено
rule-deadline-unresolved = Срок нельзя поставить в календарь (нет даты приказа или периода)
rule-wants-unknown-mentor = Наставляемый выбрал наставника, которого нет в реестре
rule-meeting-gap = С --today: активная пара не встречалась дольше перерыва (14 дней, если не задан)
rule-meeting-sequence = Первые встречи — не знакомство, пробная, планирование
rule-meeting-in-future = С --today: встреча датирована позже этого дня
rule-constraint-conflict = Решения куратора противоречат друг другу или реестру пар
rule-constraint-unmet = Закреплённая пара не составлена: её запрещает правило подбора или её нет среди утверждаемых
rule-csv-syntax = Неверный CSV-файл или строка
rule-column-missing = Нет обязательного столбца
rule-value-invalid = Ячейку не удаётся прочитать (дата, роль, число, диапазон)
rule-consent-missing = Нет согласия на обработку ПД; участник не попадает в подбор
rule-age-out-of-range = С --today: возраст наставляемого-обучающегося вне 10–19 лет
rule-formula-like = Ячейка, которую электронная таблица выполнит как формулу
rule-pair-unknown-person = Пара, встреча или анкета ссылается на отсутствующий код
rule-pair-parent-child = Родитель — наставник своего ребёнка
rule-pair-over-capacity = У наставника активных наставляемых больше, чем мест
rule-pair-no-consent = Участник пары без согласия на обработку ПД
rule-person-duplicate = Одни и те же ФИО и дата рождения под двумя кодами
rule-meeting-unknown-pair = Встреча людей, которые не пара и не группа

## Командная строка.

summary = { $files ->
        [one] проверен { $files } файл
        [few] проверено { $files } файла
       *[many] проверено { $files } файлов
    }: { $errors ->
        [one] { $errors } ошибка
        [few] { $errors } ошибки
       *[many] { $errors } ошибок
    }, { $warnings ->
        [one] { $warnings } предупреждение
        [few] { $warnings } предупреждения
       *[many] { $warnings } предупреждений
    }, { $infos ->
        [one] { $infos } замечание
        [few] { $infos } замечания
       *[many] { $infos } замечаний
    }
error-prefix = ошибка
no-program = в { $dir } и выше по дереву нет файла mentor.yaml
    .help = создайте папку программы командой `mentor init` или укажите `--dir`
cannot-read = не удалось прочитать { $path }: { $reason ->
    [not-found] такого файла нет
    [permission-denied] нет прав на чтение
    [is-a-directory] это папка, а не файл
    [not-a-directory] часть пути — не папка
   *[other] { $detail }
}
    .help = проверьте путь; файл, открытый в Excel, может быть занят, пока Excel его не закроет
cannot-write = не удалось записать { $path }: { $reason ->
    [not-found] такой папки нет
    [permission-denied] нет прав на запись
    [is-a-directory] это папка, а не файл
    [not-a-directory] часть пути — не папка
    [storage-full] диск заполнен
    [read-only] диск только для чтения
   *[other] { $detail }
}
    .help = проверьте, что папка существует и в неё можно писать
no-sheets = в { $path } нет ни одного листа
    .help = откройте файл в Excel или LibreOffice и проверьте, что таблица на месте
file-too-large = { $path } больше { $limit } МБ; он не читается
    .help = реестр целого региона и любая дорожная карта меньше; проверьте, тот ли это файл
cannot-write-output = не удалось вывести результат: { $detail }
no-such-folder = не найдена папка { $path }
    .help = `--dir` указывает папку программы (ту, где лежит mentor.yaml); проверьте имя
not-a-folder = { $path } — это файл, а не папка
    .help = `--dir` указывает папку программы (ту, где лежит mentor.yaml); проверьте имя
no-roadmaps = в { $dir } нет файлов дорожной карты (roadmap.yaml, *.roadmap.yaml, roadmap*.yaml)
init-exists = { $path } уже существует; ничего не записано
    .help = выберите пустую папку или сначала удалите файл
init-templates = шаблоны отчета ({ $count }) записаны в { $dir }: отредактируйте их — `mentor report` возьмет их вместо встроенных
init-done = создана папка программы { $kind ->
        [school] школы
        [college] колледжа
        [additional] центра дополнительного образования
       *[other] ({ $kind })
    } в { $dir }: файлов — { $count }; приказ и начало программы датированы сегодняшним днём, { $order }
    .help = { $here ->
        [yes] впишите
       *[no] перейдите в папку (`cd { $cd }`), впишите
    } в mentor.yaml номер и дату своего приказа, отредактируйте roadmap.yaml и выполните `mentor check`

## План дорожной карты.

plan-when = Срок
plan-stage = Этап
plan-id = №
plan-title = Мероприятие
plan-responsible = Ответственные
plan-status = Статус
plan-start = Начало
plan-end = Окончание
plan-due = Срок по документу
plan-file = Файл
plan-by = до
plan-checkpoint = КТ
plan-summary = { $rows ->
        [one] { $rows } срок
        [few] { $rows } срока
       *[many] { $rows } сроков
    }
plan-recurring = ↻ повторяется до конца периода
status-done = выполнено
status-overdue = просрочено
status-due-soon = скоро срок
status-in-progress = идёт
status-later = позже
status-open = без даты
status-unreadable = не читается
output-program-file = -o { $path }: это файл программы (реестр, дорожная карта или mentor.yaml); отчёт его не заменит
    .help = укажите другое имя файла для вывода
format-clash = --format { $format } не подходит к файлу { $file }: его расширение означает { $named }
    .help = уберите --format — формат возьмётся из расширения файла — или назовите файл по формату
format-extension-unsupported = эта команда не пишет { $format } — а его означает расширение файла { $file }
    .help = назовите файл по одному из форматов команды: { $formats } (или укажите --format)
format-unsupported = `--format { $format }` здесь не применяется
    .help = эта команда выводит: { $formats }

## Подбор пар.

pair-mentor-id = Код наставника
pair-mentee-id = Код наставляемого
pair-mentor = Наставник
pair-mentee = Наставляемый
pair-form = Форма
pair-score = Баллы
pair-why-header = Почему
pair-reason-requests = запросы: { $tags }
pair-reason-interests = общие интересы: { $tags }
pair-reason-age = возраст наставляемого — тот, что предпочитает наставник
pair-reason-schedule = могут встречаться: { $days }
pair-reason-choice = наставляемый выбрал этого наставника
pair-why = { $reason ->
        [no-consent] нет согласия на обработку персональных данных
        [no-age] нет даты рождения или возраста, а форма их требует
        [outside-age] { $count } { $count ->
            [one] год
            [few] года
           *[many] лет
        }: вне 10–19
        [no-mentor] нет наставника допустимой формы в его организации
        [only-parent] единственный подходящий наставник — его родитель
        [all-at-capacity] { $count ->
            [one] у единственного подходящего наставника нет мест
           *[other] у всех подходящих наставников ({ $count }) нет мест
        }
        [constraint] { $line ->
            [0] всех подходящих наставников запретили в этом запуске (--never)
           *[other] куратор запретил пары со всеми подходящими наставниками (registry/constraints.csv, строка { $line })
        }
       *[taken] { $count ->
            [one] место единственного подходящего наставника занял другой наставляемый
           *[other] места подходящих наставников ({ $count }) заняли другие наставляемые
        }
    }
pair-unknown-id = в реестрах нет участника с кодом { $id }
    .help = проверьте код в --never/--must: сначала код наставника, потом наставляемого (M01:S04)
pair-price-forbid = запретить { $mentor } – { $mentee }: подобрано { $matched }{ $lost ->
        [0] {""}
       *[other] {" "}(−{ $lost })
    }, сумма баллов { $score } ({ $delta })
pair-price-lock = закрепить { $mentor } – { $mentee } ({ $points } б.): подобрано { $matched }{ $lost ->
        [0] {""}
       *[other] {" "}(−{ $lost })
    }, сумма баллов { $score } ({ $delta })
review-mentor = Наставник
review-mentee = Наставляемый
review-form = Форма
review-score = Баллы
review-unmatched = без пары
review-title = { " " }Подбор пар: f — запретить, l — закрепить, a — другие наставники{ " " }
review-title-alternatives = { " " }Другие наставники{ " " }
review-alternatives = { " " }{ $mentee }: другие наставники — Enter закрепит{ " " }
review-start = Лучший подбор по реестрам и решениям из registry/constraints.csv. Решения этого экрана запишутся по клавише w.
review-nothing-moved = Подбор не изменился.
review-moved = { $mentee }: { $was } → { $now }
review-changes = { " " }Что изменило последнее решение{ " " }
review-status = подобрано { $matched } из { $mentees }, сумма баллов { $score }; решений: { $decisions }
review-price = цена решения: пар { $pairs }, баллов { $score }
review-keys = ↑↓ · f запретить · l закрепить · a другие · u отменить · w записать · q выйти
review-keys-alternatives = ↑↓ выбор · Enter закрепить · Esc назад
review-outcome = подобрано { $matched } ({ $pairs }), баллов { $score } ({ $delta })
review-not-terminal = `mentor pair review` работает в терминале, а вывод сейчас идёт не в него
    .help = для файла или CI: `mentor pair suggest`, решения — в registry/constraints.csv или `--never`/`--must`
review-left = вышли без записи: решения этого экрана не сохранены
review-note = pair review, { $date }
review-written = { $decisions ->
        [0] решений нет
        [one] { $decisions } решение записано в registry/constraints.csv
        [few] { $decisions } решения записаны в registry/constraints.csv
       *[many] { $decisions } решений записано в registry/constraints.csv
    }; предложения ({ $pairs }) — в { $path }: утвердите их `mentor pair approve { $path }`
pair-unmet = закреплённая пара { $mentor } – { $mentee } ({ $line ->
        [0] --must
       *[other] registry/constraints.csv, строка { $line }
    }) не составлена: { $why ->
        [absent] одного из них нет среди тех, кого подбирают сейчас (нет в реестре, нет согласия или утверждения, или у наставляемого уже есть пара)
        [no-place] у наставника не осталось мест
        [elsewhere] наставляемый закреплён за другим наставником
       *[block] { $rule ->
            [form] никакая форма наставничества не подходит к их ролям
            [organization] они из разных организаций
            [age] наставляемый вне 10–19 лет для этой формы
            [parent] наставник — родитель наставляемого
           *[older] наставник должен быть старше
        }
    }
pair-progress-candidates = кандидаты
pair-progress-solving = оптимум
pair-summary = наставляемых к подбору: { $mentees }, подобрано: { $matched }, сумма баллов: { $score }
approve-duplicate = пара { $mentor } – { $mentee } предложена дважды: вторая не учитывается
    .help = удалите повторную строку
approve-rule = { $mentor } и { $mentee } не могут быть парой: { $rule ->
        [form] никакая форма наставничества не подходит к их ролям и заявленным формам
        [organization] они из разных организаций, и наставник не работает с организацией наставляемого
        [age] наставляемый вне 10–19 лет (или нет даты рождения) для этой формы
        [parent] наставник — родитель наставляемого
       *[older] в форме «равный — равному» наставник должен быть старше
    }
    .help = запустите `mentor pair suggest` заново на текущих реестрах
approve-never = пару { $mentor } – { $mentee } куратор запретил (registry/constraints.csv, строка { $line })
    .help = удалите эту строку из предложений или снимите запрет
approve-unmet-must = закреплённой пары { $mentor } – { $mentee } нет ни среди утверждаемых, ни в pairs.csv
    .help = добавьте её в предложения (`mentor pair suggest` составляет закреплённые пары первыми) или снимите закрепление
approve-already-paired = у наставляемого { $id } уже есть активная пара
    .help = сначала завершите ту пару (`end` в pairs.csv) или не включайте это предложение
approve-done = { $rows ->
        [one] { $rows } пара записана в registry/pairs.csv
        [few] { $rows } пары записаны в registry/pairs.csv
       *[many] { $rows } пар записано в registry/pairs.csv
    }
approve-nothing = ничего не записано: исправьте ошибки ниже и утвердите снова
pair-stable-cost = оптимум подбирает { $matched } (на { $lost } больше, чем устойчивое распределение) с суммой баллов { $score }
plan-sheet = План
pair-sheet = Пары
xlsx-needs-file = `--format { $format }` записывает файл, а не текст для терминала
    .help = добавьте `-o ФАЙЛ.{ $format }`

## Охват.

coverage-year = { $year } год
coverage-indicator = Показатель
coverage-value = Значение
coverage-target = Цель
coverage-met = Выполнено
coverage-people = Учтено
coverage-of = Всего
coverage-needed = Нужно ещё
coverage-yes = да
coverage-no = нет
indicator = { $id ->
        [involvement] обучающиеся в наставничестве
        [mentees_10_19] дети 10–19 лет — наставляемые
        [mentors_15_19] дети 15–19 лет — наставники
        [teachers] педагоги в наставничестве (в любой роли)
        [young_teachers] молодые специалисты — наставляемые
        [partners] организации, предоставившие наставников
        [satisfaction_mentees] удовлетворенность наставляемых
       *[satisfaction_mentors] удовлетворенность наставников
    }
coverage-no-denominator = нет знаменателя за { $year } год: добавьте `enrollment: {"{"}{ $year }: {"{"}{ $key }: …{"}"}{"}"}` в mentor.yaml
coverage-zero-denominator = в mentor.yaml `enrollment: {"{"}{ $year }: {"{"}{ $key }: 0{"}"}{"}"}`: доля от нуля не считается; укажите настоящую численность
coverage-over = { $id } за { $year } год: учтено больше людей, чем в контингенте; проверьте enrollment в mentor.yaml
coverage-forms = пары по формам: { $forms }
meeting-gap = наставник { $mentor } и { $who } не встречались { $days } дн. (больше { $gap })
    .help = внесите встречи в meetings.csv или выясните, почему пара перестала встречаться
meeting-sequence = первые встречи наставника { $mentor } и { $who } — не «знакомство, пробная, планирование» по порядку
    .help = по модели пара начинает со встречи-знакомства, пробной рабочей встречи и встречи-планирования
meeting-in-future = встреча датирована позже { $today }: в журнал встреч вносят проведенные встречи
    .help = проверьте дату; запланированные встречи — в плане пары, а не в meetings.csv
meeting-before-pair = встреча раньше начала пары ({ $start })
    .help = проверьте дату или `start` пары в pairs.csv
meetings-pair = Пара или группа
meetings-start = С
meetings-last = Последняя встреча
meetings-days = Дней прошло
meetings-held = Встреч
meetings-feedback = С обратной связью
pair-reversed = пара заканчивается ({ $end }) раньше, чем начинается ({ $start })
    .help = проверьте `start` и `end` в pairs.csv
coverage-satisfaction-forms = удовлетворенность { $side ->
        [mentees] наставляемых
       *[mentors] наставников
    } по формам: { $forms }
coverage-outside-period = примечание: { $year } год — вне периода программы ({ $period })
child-of-self = { $id } указан(а) собственным ребенком
    .help = проверьте столбец `children` в mentors.csv: в нем id собственных детей человека
child-cycle = списки детей замыкаются в круг: { $cycle }
    .help = проверьте столбец `children` в mentors.csv: в нем id собственных детей человека
wants-unknown-mentor = наставляемый { $mentee } выбрал наставника { $id }, которого нет в mentors.csv
    .help = исправьте код в `wants`; пока выбор не учитывается

## Отчет (`mentor report`): слова шаблонов (`t.…`).

report-title = Отчет о реализации программы наставничества
report-lang = ru
report-made-on = Сформирован
report-period = Период
report-order = Приказ о внедрении
report-of = от
report-public-note = Публичная версия: только сводные данные, без персональных данных (152-ФЗ).
report-verdict = { $total ->
        [0] показатели пока не с чем сравнить: нет целей или знаменателей
       *[other] выполнено { $met } из { $total } { $total ->
            [one] показателя
           *[other] показателей
        }
    }
report-missing = Чего пока нет в папке
report-roadmap = Дорожная карта по этапам
report-stage = Этап
report-done = Выполнено
report-overdue = Просрочено
report-due-soon = Скоро срок
report-in-progress = Идёт
report-later = Позже
report-open = Без даты
report-next = Ближайшие сроки
report-cross-cutting = Сквозные мероприятия (информирование, мониторинг, мотивация)
report-card-met = выполнено
report-card-unmet = не выполнено
report-card-unknown = не с чем сравнить
report-fewer-than = менее
report-kpis = Показатели
report-history = Вовлеченность по годам
report-chart-title = Вовлеченность обучающихся в наставничество по годам и целевые значения
report-involvement = Вовлеченность
report-target-ladder = Цель
report-year = Год
report-value = Значение
report-target = Цель
report-forms = Пары и группы по формам
report-form = Форма
report-pairs-count = Пар
report-groups-count = Групп
report-mentees-count = Наставляемых
report-no-forms = На эту дату нет действующих пар и групп.
report-meetings = Встречи
report-active = Действующих пар и групп
report-regular = Встречались за последние
report-days = дн.
report-held = Проведено встреч
report-feedback = С обратной связью
report-stopped = Перестали встречаться
report-mentor = Наставник
report-who = Наставляемый или группа
report-last = Последняя встреча
report-days-since = Дней прошло
report-satisfaction = Удовлетворенность по формам
report-side = Кто отвечал
report-mentees = наставляемые
report-mentors = наставники
report-answers = Ответов
report-no-satisfaction = В этом году анкет удовлетворенности нет.
report-problems = Нерешённые проблемы (по проверке mentor check)
report-severity-error = ошибка
report-severity-warning = предупреждение
report-severity-info = замечание
report-rule = Правило
report-count = Сколько
report-severity = Важность
report-where = Где
report-message = Сообщение
report-none = Нет.
report-pairs = Пары и группы
report-start = С
report-order-column = Приказ
report-dash = —
report-yes = да
report-no = нет
report-met = Выполнено
report-people = Учтено
report-denominator = Всего
report-needed = Нужно ещё
report-indicator = Показатель
report-no-roadmap = в папке нет дорожной карты: этапы показать нельзя
report-roadmap-unreadable = дорожную карту не удалось прочитать (см. проблемы ниже): ее этапы не показаны
report-no-pairs = пар пока нет (registry/pairs.csv пуст или отсутствует): охват не нулевой, он еще не начат
report-no-enrollment = нет численности контингента на { $year } год: добавьте в mentor.yaml `enrollment: {"{"}{ $year }: {"{"}{ $keys }{"}"}{"}"}`
report-no-surveys = в { $year } году нет анкет удовлетворенности (registry/surveys.csv)
report-public-document = документы `--document` содержат ФИО и публичными не бывают
    .help = уберите `--public` или используйте `mentor report --public` для сайта
report-ci-log = отчёт куратора называет детей по именам и в журнал CI не выводится
    .help = сохраните его в файл (`-o отчёт.html`) или выведите публичный отчёт (`--public`)
template-too-long = шаблон { $path }, строка { $line }: шаблон работает слишком долго и остановлен (цикл в цикле?)
    .help = отчёт строится за доли секунды; упростите циклы шаблона или удалите его, чтобы использовался встроенный
template-include = шаблон { $path }, строка { $line }: включить можно только другой шаблон из папки templates/ ({ $detail })
    .help = шаблон не читает другие файлы: ни реестры, ни файлы вне templates/
template-error = шаблон { $path }, строка { $line }: { $detail }
    .help = исправьте шаблон или удалите его, чтобы использовался встроенный

## Документы для делопроизводства (`mentor report --document`).

document-annex = Приложение к приказу { $order }
document-lang = ru
document-pairs-title = Список наставнических пар и групп
document-pairs-empty = Пар для списка нет.
document-awards-title = Наставники, представляемые к поощрению по итогам { $year } года
document-awards-empty = В { $year } году ни у одного наставника не было действующей пары.
document-number = № п/п
document-signature = Руководитель организации  ________________ / ________________ /
document-mentor = ФИО наставника
document-mentee = ФИО наставляемого
document-form = Форма наставничества
document-start = Дата начала
document-order = Приказ
document-role = Роль
document-mentees = Наставляемых
document-meetings = Встреч за год
document-satisfaction = Удовлетворенность наставляемых

## Импорт дорожных карт из Word (`mentor roadmap import`).

import-doc = { $path } — документ старого формата Word (.doc)
    .help = откройте его в Word или LibreOffice и сохраните как .docx («Документ Word»), затем импортируйте
import-encrypted = { $path } защищен паролем
    .help = откройте его, снимите пароль (Файл → Сведения → Защита документа), сохраните и импортируйте снова
import-corrupt = { $path } не читается как .docx: { $detail }
    .help = откройте его в Word или LibreOffice и сохраните заново как .docx
sheet-too-large = { $path }: на листе есть ячейка дальше { $rows } строк или { $columns } столбцов, ячеек больше { $cells } или текста больше { $limit } МБ; так велик не бывает ни один реестр
    .help = проверьте, тот ли это файл; если данные настоящие, сохраните лист как «CSV UTF-8» и импортируйте его
encoding-nul = { $path }: в файле есть нулевые байты — он двоичный или сохранён в UTF-16 («Текст Юникод»)
    .help = откройте его в Excel или LibreOffice и сохраните как «CSV UTF-8»
encoding-mixed = { $path }: в файле смешаны две кодировки (UTF-8 и Windows-1251), часть букв не читается
    .help = откройте его в Excel или LibreOffice и сохраните заново как «CSV UTF-8»
import-too-many-cells = { $path }: в таблицах документа больше { $cells } ячеек или больше { $limit } МБ текста (с повторами объединённых ячеек); он не читается
    .help = дорожная карта — это несколько сотен строк; проверьте, тот ли это файл
import-too-large = { $path }: текст документа в распакованном виде больше { $limit } МБ; он не читается
    .help = дорожная карта занимает несколько страниц; проверьте, тот ли это файл
import-empty = { $path } пуст
    .help = скопируйте в него таблицу дорожной карты из Word или импортируйте сам .docx
import-binary = { $path } — не .docx и не текст
    .help = импортируйте сам .docx или таблицу, скопированную из Word в текстовый файл
import-no-table = в { $path } нет таблицы со столбцами дорожной карты
    .help = в шапке таблицы должны быть названия столбцов: «Мероприятия», «Сроки», «Ответственные», «Результат»
import-roadmap-done = импортировано мероприятий: { $activities }, разделов: { $sections }; догадок об этапах на проверку: { $guessed } (помечены `# ?`), пропущено строк: { $skipped }
    .help = сохраните результат как roadmap.yaml в папке программы и запустите `mentor check`
import-header = Импортировано `mentor roadmap import` из { $source }. Строки с пометкой `# ?` — догадки: подтвердите или исправьте их.
import-at-line = строка { $line }
import-at-row = таблица { $table }, строка { $row }
import-no-period = в документе не указан период: добавьте `period: {"{"}start: …, end: …{"}"}`
import-period-inferred = период в документе не указан: это годы, названные в сроках
import-skipped-title = Не вошли в дорожную карту:
import-skip-column-numbers = номера столбцов
import-skip-header = повтор шапки таблицы
import-skip-filler = строка подписи, печати или приложения, а не мероприятие
import-skip-task = задача этапа (не мероприятие)
import-skip-no-title = строка без мероприятия
import-untitled-section = Мероприятия
import-why-name = заголовок называет этап { $stage }
import-why-number = этап { $stage } по номеру в документе
import-why-renumbered = в документе это этап №{ $number }, но по названию («{ $words }») это этап { $stage } модели
import-why-words = этап { $stage } по словам «{ $words }»
import-why-cross = сквозная работа, не этап («{ $words }»)
import-why-merged = заголовок объединяет этапы { $first } и { $second }; мероприятия отнесены к этапу { $first }, если не помечено иное
import-why-merged-undecided = не удалось выбрать между этапами { $first } и { $second }; оставлено в этапе { $first }
import-why-unknown = не удалось определить этап: укажите `stage:` или оставьте без этапа для сквозной работы
import-why-split = этап { $stage }, один из этапов, перечисленных в { $from }

usage-invalid-value = { $arg } не принимает «{ $value }»
usage-possible-values = возможные значения: { $values }
usage-did-you-mean = возможно, имелось в виду { $suggestion }?
usage-unknown-argument = нет такого параметра: { $arg }
usage-unexpected-value = лишнее значение «{ $arg }»: эта команда его не принимает
usage-unknown-command = нет такой команды: «{ $command }»
usage-missing-argument = не хватает: { $args }
usage-more = `mentor --help` (или `--help` после команды) покажет, что она принимает
usage-date = дата пишется как ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, например 01.09.2026 или 2026-09-01
usage-no-such-day = такого дня нет в календаре: проверьте число и месяц (в апреле, июне, сентябре и ноябре 30 дней, в феврале 28 или 29)
usage-date-year = год вне 1900–2199: проверьте год
usage-pair = пишите пару кодами через двоеточие: наставник:наставляемый, например M01:S04
usage-range = допустимо от { $min } до { $max }
usage-value-missing = после { $arg } нужно значение
usage-no-command = после «{ $command }» нужна команда
usage-commands = команды: { $commands }; `--help` скажет, что делает каждая
usage-not-utf8 = в командной строке есть аргумент не в кодировке UTF-8
usage-twice = { $arg } указан дважды: оставьте один
usage-conflict = { $arg } нельзя указывать вместе с { $other }
usage-other = командную строку не удалось разобрать

## Что записано.

written = записан файл { $path }
written-events = записан файл { $path }: { $events ->
        [one] { $events } событие
        [few] { $events } события
       *[many] { $events } событий
    }

## mentor explain.

explanation-example = Пример
explanation-fix = Как исправить
explanation-code = код
explanation-level = уровень
explanation-meaning = что значит
explanation-unknown = нет такого кода: «{ $code }»
    .help = `mentor explain` без кода покажет все коды
explanation-unknown-near = нет такого кода: «{ $code }»; возможно, имелся в виду { $suggestion }
    .help = `mentor explain` без кода покажет все коды
