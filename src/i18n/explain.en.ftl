## Explanations of the rules (`mentor explain CODE`): what a rule checks, an example and the fix.
## Same order as `Code::ALL` (crates/mentor-core/src/finding.rs).

explain-yaml-syntax = The roadmap or mentor.yaml cannot be read as YAML at all: the writing itself is broken, the file is not saved in UTF-8, or it is far too large. While this error is there, no other check of the file runs, so fix it first. The usual slips are a tab in the indentation, an indentation that does not line up, “key:value” without a space, an unquoted value with “: ” inside, or a curly quote from Word.
    .example =
        sections:
          - title: Этап 1: подготовка условий
            stage: 1
    .fix = Fix the line the message points at: put a value that contains a colon in straight quotes (title: "Этап 1: подготовка условий") and indent with spaces only. If the file is not in UTF-8, save it again as UTF-8.

explain-schema = The file is valid YAML, but its content is not what `mentor` expects: an unknown key (usually a typo), a required key missing, a value of the wrong kind or not allowed (a stage outside 1–7, a date that does not exist, a period that ends before it starts). The roadmap and mentor.yaml are checked, and all such problems are listed at once, not one by one.
    .example =
        sections:
          - title: Этап 1. Подготовка условий для запуска программы наставничества
            stage: 1
            activities:
              - id: "1.1"
                titel: Назначить куратора внедрения целевой модели
                responsible: Директор
    .fix = Correct the key or the value as the message suggests (here, title instead of titel). The allowed keys are described in the schemas/ folder; an editor with YAML support suggests them as you type.

explain-stage-missing = The mentoring cycle of the target model (order of the Ministry of Education No. Р-145) has seven stages, and the roadmap must have at least one activity in each of them. An activity belongs to the stage set in `stage` on the activity itself or on its section; activities of sections without a stage (information, motivation and the like) belong to no stage.
    .example =
        sections:
          - title: Отбор и обучение наставников, формирование пар
            stage: 4
            activities:
              - id: "4.1"
                title: Утвердить реестр наставников
              - id: "4.2"
                title: Сформировать наставнические пары
    .fix = If the stage's work is in the roadmap but sits in another section, set the right stage on those activities (here, stage: 5 on 4.2). If the roadmap really has no work for the stage, add a section for it with its activities.

explain-stage-order = Stages follow one another: a later stage cannot end before an earlier stage begins (for example, pairs approved before mentors are even selected). A stage begins with the earliest window among its deadlines («декабрь 2025», «в течение третьего месяца…») and ends with the latest deadline; a “by such-and-such date” deadline only sets the end, and undated or recurring deadlines are not counted.
    .example =
        - title: Этап 4. Отбор и обучение наставников
          stage: 4
          activities:
            - id: "4.1"
              title: Обучить наставников
              due: декабрь 2025
        - title: Этап 5. Формирование наставнических пар / групп
          stage: 5
          activities:
            - id: "5.1"
              title: Утвердить наставнические пары
              due: до 20.11.2025
    .fix = Compare the deadlines of both stages with the original document: usually the month or the year is wrong. Correct them so that the later stage does not end before the earlier one begins.

explain-stage-early-start = A later stage begins before an earlier stage begins, although it does not end before the earlier one starts. Sometimes this is intended (the bases of mentors and mentees are gathered at the same time), so it is a warning, not an error. A stage's beginning is found as for stage-order: the earliest window among its deadlines.
    .example =
        - title: Этап 2. Формирование базы наставляемых
          stage: 2
          activities:
            - id: "2.1"
              title: Собрать запросы обучающихся
              due: октябрь – ноябрь 2025
        - title: Этап 3. Формирование базы наставников
          stage: 3
          activities:
            - id: "3.1"
              title: Провести анкетирование педагогов
              due: сентябрь – октябрь 2025
    .fix = If the stages really run side by side, nothing needs fixing. If not, correct the months so that the later stage does not begin before the earlier one.

explain-deadline-unparsed = The deadline in `due` is written in a way `mentor` cannot read, and it never guesses. This also covers a date that does not exist (31.02.2026), a Latin letter inside a Russian word, and a deadline “after the order approving…” that does not say which activity of the roadmap issues that order. The message shows the first word it could not read and suggests the nearest form it understands.
    .example =
        - id: "1.3"
          title: Провести родительское собрание о программе наставничества
          due: сразу после каникул
    .fix = Rewrite the deadline in one of the supported forms, for example «январь 2026», «до 20.01.2026» or «в течение месяца после издания приказа (п. 4.1)». All forms are listed in docs/deadlines.md.

explain-deadline-missing = The activity has no deadline (`due` is absent or empty). Without a deadline the activity cannot be put on the dated plan, and `mentor` cannot tell when it is overdue.
    .example =
        - id: "2.3"
          title: Провести анкетирование обучающихся
          responsible: Классные руководители
          result: Анкеты наставляемых
    .fix = Add `due:` as the document words it, for example «в течение второго месяца после издания приказа». If there is no exact date, say so: «по мере необходимости» or «в течение учебного года».

explain-deadline-outside-period = A one-off deadline lies entirely outside the roadmap's period: it ends before the period starts or begins after it ends. This is usually a typo in the year. The period is the roadmap's `period`, else the one in mentor.yaml; recurring deadlines are simply cut to the period and are not checked here.
    .example =
        period:
          start: 2025-09-01
          end: 2026-08-31
        sections:
          - title: Этап 3. Формирование базы наставников
            stage: 3
            activities:
              - id: "3.2"
                title: Сформировать базу наставников
                due: до 10.10.2027
    .fix = Correct the year of the deadline. If the work really goes beyond the roadmap's period, extend `period`.

explain-deadline-before-approval = The deadline ends before the roadmap was approved: a roadmap cannot plan work before it exists. The approval date is `approved` in the roadmap, else the date of the launching order in mentor.yaml. A deadline already outside the roadmap's period is reported as deadline-outside-period instead, without this warning.
    .example =
        approved: 2025-09-10
        sections:
          - title: Этап 1. Подготовка условий для запуска программы наставничества
            stage: 1
            activities:
              - id: "1.1"
                title: Разработать Положение о наставничестве
                due: до 05.09.2025
    .fix = Check the year and day of the deadline and the `approved` date. If the deadline is right, set it no earlier than the day the roadmap was approved.

explain-deadline-nonworking = A date written in the deadline itself (not computed from the order) falls on a Saturday, a Sunday or a public holiday of the Russian production calendar. Yearly dates such as «ежегодно до 15 сентября» are checked too. This is only a note: documents are rarely signed on such a day.
    .example =
        - id: "7.2"
          title: Подготовить отчёт по итогам программы
          due: до 12.06.2026
    .fix = Move the deadline to the working day before it (here, «до 11.06.2026»). If your region has its own days off or working days, list them in mentor.yaml under `calendar` (holidays, workdays).

explain-ref-unknown = The deadline counts from another activity by its number («(п. 4.7)»), but the roadmap has no activity with that number. This most often happens after the activities were renumbered.
    .example =
        - id: "5.2"
          title: Разработать планы индивидуального развития
          due: в течение месяца после издания приказа (п. 4.7)
    .fix = Give the number of an existing activity the deadline counts from, for example the one that issues the order fixing the pairs («(п. 5.1)»).

explain-ref-cycle = Deadlines count from each other in a circle: 5.3 counts from 5.4, and 5.4 from 5.3. No date in such a circle can be worked out. The whole circle is named once, at its first activity; deadlines that depend on it are not reported separately.
    .example =
        - id: "5.3"
          title: Провести анкетирование наставников и наставляемых
          due: в течение месяца после издания приказа (п. 5.4)
        - id: "5.4"
          title: Издать приказ о закреплении наставнических пар
          due: в течение месяца после издания приказа (п. 5.3)
    .fix = Break the circle: tie one of the deadlines to the launching order or to a date, for example «в течение третьего месяца после издания приказа» or «ноябрь 2025».

explain-id-duplicate = Two activities of the roadmap have the same number, so a reference like «(п. 2.2)» becomes ambiguous. The same rule fires when one id is given to two rows of mentees.csv or mentors.csv, and in `mentor pair approve` when the same pair is proposed twice. It is reported at the second occurrence.
    .example =
        - id: "2.2"
          title: Сформировать базу наставляемых
        - id: "2.2"
          title: Мониторинг по итогам этапа
    .fix = Renumber one of the activities and update the references to it. In a registry, give every participant an id of their own; if both rows are the same person, keep one.

explain-id-gap = The numbering of the activities skips a number: 4.1 is followed by 4.3 (if the first one is 4.2, then 4.1 is missing). Numbers with the same first part (4.1, 4.2, 4.3 and so on) are compared. Usually it is a deleted row or a typo; the danger is that references «(п. …)» may point at the wrong activity.
    .example =
        - id: "4.1"
          title: Утвердить реестр наставников
        - id: "4.3"
          title: Организовать обучение наставников
    .fix = Renumber the activities in order, or restore the missing one. After renumbering, check the references «(п. …)» in the deadlines.

explain-responsible-missing = The activity has no responsible person (`responsible`). Every row of a roadmap needs a deadline, a responsible person and a result; without the responsible person nobody is accountable for it.
    .example =
        - id: "3.1"
          title: Провести анкетирование педагогов «Чем я могу быть полезен»
          due: октябрь 2025
          result: Анкеты наставников
    .fix = Add `responsible:` with a position, for example «Куратор» or «Заместитель директора по УВР». A position is better than a name: people change, the roadmap stays.

explain-result-missing = The activity has no result or document (`result`). Without it nobody can tell what proves the work was done, and `mentor` cannot find the stage's key documents (see output-missing).
    .example =
        - id: "4.1"
          title: Утвердить реестр наставников
          due: ноябрь 2025
          responsible: Директор
    .fix = Add `result:` naming the document or outcome, for example «Приказ об утверждении реестра наставников».

explain-output-missing = Each stage of the target model must produce its key documents: stage 1, the regulation on mentoring (Положение о наставничестве) and the order launching the model or appointing the curator; 2, the base of mentees; 3, the base of mentors; 4, the order approving the registry of mentors and the mentor training program; 5, the order approving the mentor pairs/groups; 6, the feedback forms; 7, the satisfaction analysis and the final report of the program. `mentor` looks for them by words in the titles and results of the stage's activities, or in a `documents` list. A stage with no activity at all is reported as stage-missing instead.
    .example =
        - title: Этап 5. Формирование наставнических пар / групп
          stage: 5
          activities:
            - id: "5.1"
              title: Сформировать наставнические пары
              due: ноябрь 2025
              responsible: Куратор
              result: Список пар
    .fix = Name the document in the `result` of the activity that produces it, for example «Приказ об утверждении наставнических пар/групп». If the roadmap words it differently, list it explicitly: `documents: [pairs-order]`.

explain-checkpoint-missing = In the typical roadmap every stage ends with a checkpoint (КТ, контрольная точка): monitoring of the stage's results. A checkpoint is an activity with `checkpoint: true`, or one whose title says «КТ», «контрольная точка» or «мониторинг», or whose deadline is written as a checkpoint («КТ – …»). This is only a note.
    .example =
        - title: Этап 6. Организация работы наставнических пар / групп
          stage: 6
          activities:
            - id: "6.1"
              title: Организовать встречи наставнических пар
              due: в течение учебного года
              responsible: Куратор
              result: Формы обратной связи
    .fix = Add an activity «Мониторинг … по итогам этапа» to the stage, with a deadline and `checkpoint: true`.

explain-overdue = The activity's deadline has passed and no completion date (`done`) is recorded. It is checked only when you run with `--today`, so that a CI check gives the same result every day; for a window the last day counts, for a recurring deadline the last occurrence that has passed. The plan (`mentor roadmap plan`) always shows what is overdue.
    .example =
        - id: "2.1"
          title: Сформировать базу наставляемых
          due: до 01.10.2025
          responsible: Куратор
          result: База наставляемых
        Run: mentor --today 2025-10-05 roadmap check
    .fix = If the work is done, record the date, for example `done: 2025-09-30`. If not, do it, or plan it anew by correcting the deadline.

explain-csv-syntax = A registry file cannot be read as a proper table: a quote is opened and never closed, a row has more or fewer cells than the header, a column appears twice, the file is empty, saved as “Unicode text” (UTF-16), or mixes two encodings. An extra cell most often comes from a comma inside a value without quotes.
    .example =
        id,name,role,birth_date,interests
        S02,Орлова Екатерина,ученик,02.11.2013,театр,музыка
    .fix = Open the file in Excel or LibreOffice, fix the row the message names and save it as “CSV UTF-8”. Put a value that contains a comma in quotes: "театр, музыка".

explain-column-missing = A required column is missing from the header of a registry. Required are: in mentees.csv, id, name, role and birth_date (or age); in mentors.csv, id, name, role; in pairs.csv, mentor_id, mentee_id (or group), form, start; in meetings.csv, mentor_id, mentee_id (or group), date; in surveys.csv, person_id, role, date, score. Russian headers are understood too: «Код», «ФИО», «Роль», «Дата рождения» and others.
    .example =
        mentees.csv:
        Код,ФИО,Класс
        S01,Васильев Дмитрий,7А
    .fix = Add the missing column with its Russian or English name, here «Роль» (role) and «Дата рождения» (birth_date) or «Возраст» (age). If the column is there, check its name for a typo.

explain-value-invalid = A registry cell cannot be read, or contradicts the rest of the data: a date that does not exist or is written wrongly, an unknown role, form, meeting type or weekday, an age range written backwards (15-12), a capacity below 1, a score above the scale, an empty required cell. It also covers a pair that ends before it starts, a pair whose status says it is over (завершена, расторгнута…) with no end date, a meeting before its pair began, a person listed among their own children, and in `mentor pair approve` a pair that breaks the model's rules.
    .example =
        id,name,role,birth_date
        S01,Васильев Дмитрий,ученик,31.02.2012
        S02,Орлова Екатерина,директор,02.11.2013
    .fix = Correct the cell as the message suggests: dates as 01.09.2025 or 2025-09-01; roles ученик, студент, педагог, молодой специалист, работодатель, выпускник, родитель, партнёр.

explain-consent-missing = A participant (mentee or mentor) has no date of consent to personal-data processing. The model requires consent from every participant, for minors from their legal representative; without it the person is left out of pairing. If the file has no consent column at all, there is one warning for the whole file.
    .example =
        id,name,role,birth_date,consent_date
        S03,Никитин Павел,ученик,19.06.2011,
    .fix = Enter the date of the signed consent in the «Согласие» column (`consent_date`). If there is no consent yet, get it (for a child, from the parents) before pairing.

explain-age-out-of-range = A learner or student mentee is younger than 10 or older than 19 on the `--today` day, in a form with learners (the model sets mentees' age at 10–19 there; only «учитель – учитель» and «студент – студент» have no limit). It is checked only with `--today`. The age comes from the birth date, else from the «Возраст» (age) column; the form is taken from the mentee's own `form` column in mentees.csv, not from pairs.csv.
    .example =
        id,name,role,birth_date,form
        S03,Никитин Павел,ученик,02.12.2016,учитель – ученик
        Run: mentor --today 2025-12-01 registry check
    .fix = Check the birth date: the year is often mistyped. If a student over 19 is in the «студент – студент» form, write that form in the `form` column; otherwise choose another form or program for them.

explain-formula-like = A cell starts with a sign that Excel or LibreOffice take for the start of a formula: “=”, “@”, or “+” or “-” not followed by a digit (a phone number “+7 912…” is fine). When the file is opened, such a cell runs as a formula: the data get distorted, and a formula written by someone else can be harmful. Every cell is checked, including those in columns `mentor` does not know.
    .example =
        id,name,role,birth_date,interests
        S02,Орлова Екатерина,ученик,02.11.2013,- театр
        S05,Белов Кирилл,ученик,17.04.2012,=A1*2
    .fix = Remove the sign at the start of the cell (for example «театр» instead of «- театр»). If it must stay, put an apostrophe before it.

explain-pair-unknown-person = A pair in pairs.csv, a meeting in meetings.csv or a questionnaire in surveys.csv names an id that is not in mentors.csv or mentees.csv (for a questionnaire, in neither base). Usually the id is mistyped or the person was never entered in the base. It is checked only when the base file in question exists.
    .example =
        pairs.csv:
        mentor_id,mentee_id,form,start
        M09,S01,учитель – ученик,10.11.2025
        (mentors.csv has no mentor M09)
    .fix = Correct the id in the row, or add the person to mentors.csv or mentees.csv.

explain-pair-parent-child = The model forbids a parent to be the mentor of their own child. `mentor` learns this from the «Дети» (`children`) column of mentors.csv, which lists the ids of the mentor's own children among the mentees; the role «родитель» alone is not enough.
    .example =
        mentors.csv:
        id,name,role,children
        M03,Петрова Ольга Ивановна,педагог,S02
        pairs.csv:
        mentor_id,mentee_id,form,start
        M03,S02,учитель – ученик,10.11.2025
    .fix = Find the child another mentor: end this pair (fill in `end`) and record a new one. `mentor pair suggest` never pairs a parent with their child.

explain-pair-over-capacity = On some day a mentor has more active pairs than the `capacity` column of mentors.csv allows (1 when empty). A pair is active from `start` to `end`, both included, and without `end` it is still active; the «Статус» (status) column is not taken into account. No `--today` is needed: the whole history is checked, and the finding is on the pair that goes over.
    .example =
        mentors.csv:
        id,name,role,capacity
        M02,Лебедев Игорь Петрович,педагог,1
        pairs.csv:
        mentor_id,mentee_id,form,start,end
        M02,S02,учитель – ученик,03.11.2025,
        M02,S03,учитель – ученик,10.11.2025,
    .fix = If the earlier pair has finished, enter its last day in `end` (before the new pair starts): a «завершена» note in the status is not enough. If the mentor really takes more mentees, raise `capacity`.

explain-pair-no-consent = A participant of a pair in pairs.csv, mentor or mentee, has no date of consent to personal-data processing in their base. The model says: no consent, no pair, so this is an error here, not a warning like consent-missing. Every row of pairs.csv is checked, finished pairs included.
    .example =
        mentees.csv:
        id,name,role,birth_date,consent_date
        S01,Васильев Дмитрий,ученик,14.02.2012,
        pairs.csv:
        mentor_id,mentee_id,form,start
        M01,S01,учитель – ученик,10.11.2025
    .fix = Enter the consent date in `consent_date` once the consent is signed. If consent cannot be obtained, end the pair (fill in `end`).

explain-meeting-gap = The model asks a pair to meet at least once every two weeks. This rule finds active pairs with no meeting in meetings.csv for more than 14 days (counted from the pair's start when there has been no meeting yet). It runs in `mentor meetings check` (on today's date or `--today`) and in `mentor check` with `--today`; the limit can be changed in mentor.yaml (`meetings: gap`) or with `--gap`.
    .example =
        pairs.csv:
        mentor_id,mentee_id,form,start
        M01,S01,учитель – ученик,01.11.2025
        meetings.csv:
        mentor_id,mentee_id,date
        M01,S01,12.11.2025
        Run: mentor --today 2025-12-01 check
    .fix = Enter the meetings that took place but were not recorded. If the pair has stopped meeting, find out why; if the pair has finished, enter its `end` date in pairs.csv.

explain-deadline-unresolved = The deadline was read, but cannot be placed on the calendar: it counts from the launching order, whose date is unknown; a month or day without a year, or a recurring deadline, needs the roadmap's period and there is none; it counts from an activity that has no end date; it ends before it starts; or it leaves the years 1900–2199.
    .example =
        title: Дорожная карта внедрения целевой модели наставничества
        sections:
          - title: Этап 1. Подготовка условий для запуска программы наставничества
            stage: 1
            activities:
              - id: "1.2"
                title: Назначить куратора внедрения целевой модели
                due: в течение первого месяца после издания приказа
        (no approved in the roadmap, no order with a date in mentor.yaml)
    .fix = Give the date of the launching order: `approved:` in the roadmap or `order:` with `date:` in mentor.yaml. For months without a year, add a `period` with `start` and `end`; when the deadline counts from another activity, give that activity a dated deadline or a completion date (`done`).

explain-person-duplicate = The same full name and birth date appear under two ids in one file (mentees.csv or mentors.csv). Letter case, ё/е, extra spaces and the way the date is written do not matter. Such a person's pairs and meetings may be split between two ids, and coverage may count one person twice.
    .example =
        id,name,role,birth_date
        S01,Васильев Дмитрий,ученик,14.02.2012
        S07,васильев  дмитрий,ученик,2012-02-14
    .fix = Keep one row and use its id in pairs.csv, meetings.csv and surveys.csv. If they really are two people (namesakes born on the same day), the warning can stay.

explain-meeting-unknown-pair = meetings.csv records a meeting of a mentor and a mentee (or group) who are both in the bases, but pairs.csv has no such pair or group. The meeting counts for no pair. It is checked only when pairs.csv exists.
    .example =
        pairs.csv:
        mentor_id,mentee_id,form,start
        M01,S01,учитель – ученик,10.11.2025
        meetings.csv:
        mentor_id,mentee_id,date,type
        M01,S02,12.11.2025,знакомство
    .fix = If an id is mistyped, correct it in meetings.csv. If the pair was approved but not recorded, add it to pairs.csv (for example with `mentor pair approve`).

explain-meeting-sequence = The model has a pair start with a getting-acquainted meeting (знакомство), a trial working meeting (пробная) and a planning meeting (планирование), in that order. The rule looks at each pair's first meetings (up to three, by date, only those with a type filled in) and notes when they go otherwise. This is only a note.
    .example =
        meetings.csv:
        mentor_id,mentee_id,date,type
        M02,S02,10.11.2025,пробная
        M02,S02,20.11.2025,знакомство
    .fix = If the meetings really went this way, nothing needs doing. If a type or a date is wrong, correct it; the meeting types are знакомство, пробная, планирование, рабочая, итоговая.

explain-wants-unknown-mentor = In the «Желаемый наставник» (`wants`) column a mentee names a mentor id that is not in mentors.csv. Until the id is found, this choice counts for nothing in pairing.
    .example =
        mentees.csv:
        id,name,role,birth_date,wants
        S01,Васильев Дмитрий,ученик,14.02.2012,M07
        (mentors.csv has no mentor M07)
    .fix = Correct the id in `wants` (an id from mentors.csv, not a name). If the mentor is not in the base yet, add them to mentors.csv.

explain-meeting-in-future = A meeting of an active pair in meetings.csv is dated after the day of the check. The meeting log records meetings that have taken place, so a future date is a typo or a plan. It is checked in `mentor check` with `--today` and in `mentor meetings check`; such a meeting is not counted.
    .example =
        meetings.csv:
        mentor_id,mentee_id,date,type
        M02,S02,20.12.2025,рабочая
        Run: mentor --today 2025-12-01 check
    .fix = Check the date (the month or the year is often wrong). Keep planned meetings in the pair's work plan, and enter them in meetings.csv once they have taken place.

explain-constraint-conflict = The curator's decisions in registry/constraints.csv contradict each other or what pairs.csv records: one pair both forbidden (`never`) and locked (`must`); one mentee locked to two mentors; more mentees locked to a mentor than their places; a forbidden pair recorded and running in pairs.csv; two mentees the curator keeps apart in one group.
    .example =
        constraints.csv:
        mentor_id,mentee_id,rule,note
        M01,S04,never,quarrelled last year
        M01,S04,must,continue their work
    .fix = Keep one decision per pair and one lock per mentee; end a forbidden pair (`end`) or lift the ban.

explain-constraint-unmet = A locked pair (`must`) is not formed. In `mentor check`: a pairing rule forbids it — no form fits the roles, different organizations, an age outside 10–19 (with --today), the mentor is the mentee's parent, or in a peer form the mentor is not older; `mentor pair suggest` does not form it and says why. In `mentor pair approve`: it is neither among the pairs approved nor in pairs.csv.
    .example =
        constraints.csv:
        mentor_id,mentee_id,rule
        M03,S05,must
        (M03 is a learner, S05 too, and S05 is older)
    .fix = Check the ids and the participants' data in the registries; if all is right, drop the lock.

explain-yaml-comment = In YAML « #» (a space and a hash) starts a comment: what follows is not part of the value and reaches no report, plan or calendar. «Директор #1» reads as «Директор», «база по #тегам» as «база по». A comment written on purpose starts with «# » (a hash and a space) — `mentor` leaves those alone.
    .example =
        responsible: Директор #1 и заместитель по УВР
    .fix = Put the value in quotes: responsible: "Директор #1 и заместитель по УВР" — or write «№» instead of «#».

explain-done-in-future = An activity's completion date (`done:`) is after the day of the check (`--today`): a year typed wrong, or something only planned marked done. The plan and the report count it done all the same, hence the warning. Without `--today` the rule is not checked: checks do not follow the clock.
    .example =
        - id: "2.1"
          title: Провести встречу-знакомство
          done: 15.09.2026   (checked with --today 01.12.2025)
    .fix = Correct the year, or remove `done:` until the activity is held.

explain-meeting-duplicate = meetings.csv records a meeting of one pair (or group) on one day twice: a row pasted again, or one date written two ways (2025-11-15 and 15.11.2025). The repeat counts as another meeting in the regularity and the report.
    .example =
        mentor_id,mentee_id,date,type
        M01,S01,2025-11-15,рабочая
        M01,S01,15.11.2025,рабочая
    .fix = Delete the repeated row; if there really were two meetings that day, record one.
