## `mentor --help` по-русски. Английская справка — doc-комментарии src/cli.rs;
## здесь каждый текст команды (cli-ПУТЬ) и параметра (cli-ПУТЬ--ИМЯ, общий
## для всех команд — cli--ИМЯ). Тест в src/help.rs следит, чтобы ни один не был пропущен.

## Слова, которые clap пишет сам.

cli-usage = Запуск
cli-commands = Команды
cli-arguments = Аргументы
cli-options = Параметры
cli-options-short = ПАРАМЕТРЫ
cli-command-short = КОМАНДА
cli-values = значения
cli-default = по умолчанию
cli-env = переменная окружения
cli-help = Показать справку
cli-help-long = Показать справку (`-h` — короче)
cli-version = Показать версию
cli-help-command = Справка о команде: mentor help roadmap plan

## Имена значений в строке запуска.

cli-name-DIR = ПАПКА
cli-name-LANG = ЯЗЫК
cli-name-DATE = ДАТА
cli-name-FILE = ФАЙЛ
cli-name-FILES = ФАЙЛЫ
cli-name-WHAT = ЧТО
cli-name-FORMAT = ФОРМАТ
cli-name-KIND = ВИД
cli-name-YEAR = ГОД
cli-name-DOCUMENT = ДОКУМЕНТ
cli-name-ORDER = ПРИКАЗ
cli-name-FORM = ФОРМА
cli-name-GAP = ДНЕЙ
cli-name-STAGE = ЭТАП
cli-name-STATUS = СТАТУС
cli-name-INTO = РЕЕСТР
cli-name-CODE = КОД
cli-name-PAIR = ПАРА
cli-name-SHELL = ОБОЛОЧКА

## Форматы вывода (--format).

cli-value-auto = github в GitHub Actions, иначе human
cli-value-human = для людей: таблица или ошибки с исходной строкой и подсказкой
cli-value-json = один документ JSON
cli-value-jsonl = по объекту JSON в строке
cli-value-csv = таблица для электронных таблиц (с `--excel` — CSV русского Excel)
cli-value-github = отметки GitHub Actions на строках с ошибками
cli-value-gitlab = отчёт Code Quality для GitLab
cli-value-sarif = SARIF 2.1.0 (сканирование кода GitHub, редакторы)
cli-value-md = Markdown
cli-value-xlsx = книга Excel, с `-o ФАЙЛ.xlsx`
cli-value-html = самостоятельная веб-страница
cli-value-docx = документ Word, с `-o ФАЙЛ.docx`
cli-value-ics = календарь iCalendar (Google, Outlook, Яндекс Календарь)

## Общие параметры.

cli-mentor = Проверяет и ведёт программу наставничества школы (целевая модель наставничества), записанную простыми файлами в папке git
cli-mentor--dir = Папка программы (по умолчанию — ближайшая папка с mentor.yaml, вверх от текущей)
cli-mentor--lang = Язык сообщений (по умолчанию — $MENTOR_LANG, затем язык системы, затем английский)
cli-mentor--today = День, на который смотреть: ДД.ММ.ГГГГ или ГГГГ-ММ-ДД (по умолчанию — сегодня; проверки учитывают день, только если он указан)
cli-mentor--output = Записать результат в ФАЙЛ, а не на экран
cli-mentor--format = Формат вывода, перед командой (старое написание `--format` команды)
cli-mentor--excel = CSV для русского Excel: UTF-8 с BOM, «;» и CRLF
cli-mentor--verbose = Ещё показать слова разборщика YAML (по-английски), где ошибка YAML — не одна из обычных
cli-mentor--deny = Считать предупреждения ошибками для кода выхода (`--deny warnings`)
cli--format = Формат вывода

## Команды.

cli-mentor-init = Создать папку программы: mentor.yaml, дорожная карта по семи этапам, реестры, схемы
cli-mentor-init--dir = Папка, которую создать (по умолчанию — текущая)
cli-mentor-init--kind = Вид организации
cli-mentor-init--templates = Только записать шаблоны отчёта в ПАПКА/templates/, чтобы сделать их своими (`mentor report` возьмёт их вместо встроенных)

cli-mentor-check = Проверить всё в папке программы (эту же проверку можно запускать автоматически при каждой отправке в git)

cli-mentor-roadmap = Дорожные карты
cli-mentor-roadmap-check = Проверить дорожные карты по семи этапам: карты папки или указанные файлы и папки (или `roadmap lint`)
cli-mentor-roadmap-check--files = Файлы дорожных карт или папки, где искать roadmap*.yaml, *.roadmap.yaml и «дорожная карта*.yaml»
cli-mentor-roadmap-plan = Дорожная карта как календарь: каждый срок — датой, со статусом на --today
cli-mentor-roadmap-plan--files = Файлы дорожных карт или папки с ними (по умолчанию — карты папки программы)
cli-mentor-roadmap-plan--ics = Ещё записать календарь в ФАЙЛ iCalendar (для Google, Outlook, Яндекс Календаря)
cli-mentor-roadmap-plan--stage = Только эти этапы (1–7; повторите параметр или через запятую)
cli-mentor-roadmap-plan--status = Только эти статусы (повторите параметр или через запятую): overdue — просрочено, due-soon — скоро срок, in-progress — идёт, later — позже, done — выполнено, open — без даты, unreadable — не читается; «что требует внимания» — overdue,due-soon,in-progress
cli-mentor-roadmap-import = Дорожная карта из Word (.docx или текст, скопированный из Word) — в YAML по семи этапам; догадки отмечены в комментариях
cli-mentor-roadmap-import--file = Документ: .docx или текстовый файл
cli-mentor-roadmap-import--format = Формат вывода: human (сам YAML) или json (что сопоставлено, угадано, пропущено)

cli-mentor-registry = Реестры (registry/*.csv)
cli-mentor-registry-check = Проверить наставников, наставляемых, пары, встречи и анкеты; возраст — на --today
cli-mentor-registry-import = Перенести таблицу (.xlsx, .xls, .ods или CSV любого вида) в registry/: столбцы — по заголовкам, строки — после уже записанных
cli-mentor-registry-import--file = Таблица, которую перенести
cli-mentor-registry-import--into = Какой это реестр (по умолчанию — по имени файла)

cli-mentor-pair = Пары и группы «наставник — наставляемый»
cli-mentor-pair-suggest = Лучший подбор: как можно больше наставляемых с парой, затем наибольшая сумма баллов; почему каждая пара и почему кто-то остался без пары. `--format csv` — файл предложений для `pair approve`
cli-mentor-pair-suggest--form = Только эта форма, например «учитель – ученик» или teacher-learner
cli-mentor-pair-suggest--explain = Показать, почему выбрана каждая пара
cli-mentor-pair-suggest--stable = Устойчивый подбор: выбирают наставляемые (отложенное согласие, сначала названные наставники), и чего он стоит против лучшего
cli-mentor-pair-review = Подбор на экране: запретить пару, закрепить пару, посмотреть другие варианты наставляемого; после каждого решения лучший подбор пересчитывается. По клавише w решения записываются в registry/constraints.csv, а предложения — в файл для `pair approve`
cli-mentor-pair-review--form = Только эта форма, например «учитель – ученик» или teacher-learner
cli-mentor-pair-review--proposals = Куда записать предложения (по умолчанию proposals.csv в папке программы)
cli-mentor-pair-suggest--never = Не составлять эту пару в этом запуске: коды наставника и наставляемого через двоеточие, например M01:S04 (можно повторить; решения хранит registry/constraints.csv)
cli-mentor-pair-suggest--must = Сначала составить эту пару, если правила позволяют, в этом запуске: M01:S04 (можно повторить)
cli-mentor-pair-suggest--alternatives = Для каждого наставляемого — N лучших других наставников и оптимум, если закрепить такую пару; для каждой пары — оптимум, если её запретить
cli-mentor-pair-suggest--graph = Ещё записать в ПАПКУ граф кандидатов с баллами, по которому ищется лучший подбор (meta.json, capacity.u32, edges.bin), — чтобы проверить его или решить другим решателем
cli-mentor-pair-approve = Записать предложения (CSV из `pair suggest`) в registry/pairs.csv, снова проверив каждое; если хоть одно неверно, ничего не пишется. Повторный запуск не запишет пары дважды
cli-mentor-pair-approve--file = Файл предложений: mentor_id, mentee_id, form
cli-mentor-pair-approve--order = Приказ, утверждающий пары, например «Приказ № 231-од от 07.11.2025»
cli-mentor-pair-approve--date = Первый день пар: ДД.ММ.ГГГГ или ГГГГ-ММ-ДД (по умолчанию — --today)

cli-mentor-coverage = Вовлечённость и другие показатели против плановых значений — и сколько ещё людей нужно
cli-mentor-coverage--year = Календарный год (по умолчанию — год --today)
cli-mentor-coverage--history = Каждый год периода программы

cli-mentor-meetings = Встречи пар
cli-mentor-meetings-check = Каждая активная пара или группа на --today: последняя встреча, сколько дней прошло, встречи, отзывы; пары, которые перестали встречаться. Табличные форматы показывают пары (замечания — в поток ошибок), форматы замечаний — замечания
cli-mentor-meetings-check--gap = Сколько дней без встречи значит, что пара перестала встречаться (по умолчанию — `meetings.gap` в mentor.yaml, иначе 14)

cli-mentor-report = Программа на одной странице: дорожная карта по этапам, показатели и их история, пары по формам, встречи, удовлетворённость, нерешённые проблемы; или документ для делопроизводства
cli-mentor-report--format = Формат вывода; для документов (`--document`): md, html, docx
cli-mentor-report--public = Только сводные числа, для сайта школы (152-ФЗ): без ФИО, дат рождения, кодов и строк о людях
cli-mentor-report--year = Календарный год показателей (по умолчанию — год --today)
cli-mentor-report--document = Документ для делопроизводства вместо отчёта
cli-mentor-report--order = С `--document pairs-order`: пары этого приказа (столбец order в pairs.csv), он же назван в строке приложения; по умолчанию — пары, активные на --today

cli-mentor-explain = Что значит код замечания, пример и как исправить; без кода — все коды с их смыслом
cli-mentor-explain--code = Код в скобках после «ошибка» или «предупреждение», например stage-missing
cli-mentor-explain--format = Формат вывода (md — таблица всех кодов в Markdown)

cli-mentor-completions = Дополнение команд и параметров для вашей оболочки: добавьте вывод в её файл запуска
cli-mentor-completions--shell = Оболочка
