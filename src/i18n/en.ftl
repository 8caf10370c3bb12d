## Stage and document names (domain page §2).

## Severity levels as printed by the human renderer.

level-error = error
level-warning = warning
level-info = info
level-help = help

## YAML.

yaml-syntax = the YAML cannot be read here
    .help = compare the line with its neighbours: indent with spaces, a space after “key:”, a value with “:” or quotes in quotes; `--verbose` shows the YAML parser's words
yaml-unclosed-quote = the quote { $char } is opened but not closed on this line
    .help = close the quote at the end of the value; write a quote inside the value as the other kind: title: 'The "Best mentor" contest'
yaml-unclosed-bracket = the bracket { $char } is opened but not closed on this line
    .help = close the bracket, or put the whole value in quotes if the bracket is part of the text
yaml-too-complex = the file is too complex: nested deeper than 64 levels or too many repeats through & and *
    .help = a roadmap is not written like this: check that this is the right file
yaml-many-documents = the file holds several YAML documents (after a “---” line)
    .help = a file of the program holds one document: remove the “---” line or split the file in two
yaml-tab = a tab in the indentation: YAML indents with spaces only
    .help = replace the tab at the start of the line with spaces
yaml-indent = the indentation does not line up: the line starts at column { $found }, lines of this level at column { $expected }
    .help = line the start up with spaces at column { $expected }, like its neighbours of the same level
yaml-missing-dash = a list item lacks its “- ”
    .help = every item of a list starts with “- ” at the indentation of the other items
yaml-unquoted-colon = the value of `{ $key }` has a colon and a space, which YAML takes for a new key
    .help = put the whole value in quotes, e.g. title: "Stage 1: preparation"
yaml-colon-space = no space after `{ $key }:`
    .help = a colon and a space separate a key from its value: “{ $key }: value”
yaml-reserved-start = the value of `{ $key }` starts with “{ $char }”, which YAML reserves
    .help = put the value in quotes, e.g. { $key }: "{ $char }…"
yaml-smart-quote = Word's quote “{ $char }” does not close a straight quote "
    .help = write straight quotes "…" on both sides, or no quotes at all
yaml-smart-quoted = the value of `{ $key }` is in Word's quotes “{ $char }”: YAML does not take them for quotes, and the colon inside splits the value
    .help = replace them with straight quotes: { $key }: "…"
yaml-after-quote = the value of `{ $key }` goes on after its closing quote, where YAML ends it
    .help = quote the whole value and write quotes inside it as the other kind: { $key }: 'School "No. 5" of Izhevsk'
yaml-not-utf8 = the file is not UTF-8 text
    .help = save the file as UTF-8 (in Notepad: “Save as” → Encoding: UTF-8)
yaml-too-large = the file is larger than { $limit } MB; a roadmap is never that large
    .help = check that this is the right file

## Schema.

schema-wrong-type = `{ $key }` must be { $expected ->
        [string] text
        [map] a mapping (key: value)
        [list] a list
        [bool] true or false
        [integer] a whole number
        [number] a number
        [null] empty
        [due] a phrase or a mapping
       *[other] { $expected }
    }, found { $found ->
        [string] text
        [map] a mapping (key: value)
        [list] a list
        [bool] true or false
        [integer] a whole number
        [number] a number
        [null] empty
        [due] a phrase or a mapping
       *[other] { $found }
    }
    .help = { $expected ->
        [list] { $found ->
            [map] a list item starts with “- ”: write “- ” before its first key and line the other keys up under it
           *[other] see schemas/ for the expected shape; an editor with yaml-language-server shows it as you type
        }
       *[other] see schemas/ for the expected shape; an editor with yaml-language-server shows it as you type
    }
schema-duplicate-key = key `{ $key }` is repeated (first written on line { $line })
    .help = if these are two items of a list, start the second with “- ”; if the key was repeated by mistake, keep one
schema-unknown-key = unknown key `{ $key }`
    .help = known keys here: { $known }
schema-unknown-key-similar = unknown key `{ $key }`
    .help = did you mean `{ $similar }`?
schema-missing-key = required key `{ $key }` is missing
    .help = add `{ $key }: …` here
schema-invalid-date = `{ $key }`: `{ $value }` is not a date
    .help = write a date as DD.MM.YYYY or YYYY-MM-DD, e.g. 02.09.2024 or 2024-09-02; check that the day exists
schema-no-such-day = `{ $key }`: no such day in the calendar — { $value }
    .help = check the day and the month: April, June, September and November have 30 days, February 28 (29 in a leap year)
schema-id-quotes = the activity number `{ $value }` is in Word's quotes: YAML takes them as part of the number
    .help = write the number in straight quotes: id: "1.2"
schema-date-year = `{ $key }`: the year of { $value } is outside 1900–2199
    .help = check the year
schema-out-of-range = `{ $key }`: { $value } is outside { $min }–{ $max }
    .help = use a value from { $min } to { $max }
schema-invalid-choice = `{ $key }`: `{ $value }` is not allowed
    .help = allowed values: { $choices }
schema-period-reversed = the period ends ({ $end }) before it starts ({ $start })
    .help = swap `start` and `end`
schema-part-exceeds-whole = `{ $part }` ({ $value }) is larger than `{ $whole }` ({ $total })
    .help = the first is part of the second; check the enrollment figures
schema-percent = `{ $key }`: targets are percentages by year, e.g. `2025: 70`
    .help = write the year as a number and the target from 0 to 100

## Roadmap rules.

stage-name = { $stage ->
        [1] Preparing the conditions for launching the mentoring program
        [2] Forming the base of mentees
        [3] Forming the base of mentors
        [4] Selecting and training mentors
        [5] Forming mentor pairs / groups
        [6] Organizing the work of mentor pairs / groups
       *[7] Completing the mentoring
    }
stage-missing = stage { $stage } “{ stage-name }” has no activity
    .help = add a section with `stage: { $stage }`, or set `stage: { $stage }` on the activities that do this work
output-missing = stage { $stage } lacks its key document: { $document ->
        [regulation] the regulation on mentoring (Положение о наставничестве)
        [launch-order] the order launching the model or appointing the curator
        [mentee-base] the base of mentees
        [mentor-base] the base of mentors
        [mentor-registry] the order approving the registry of mentors
        [mentor-training] the mentor training program («Школа наставников»)
        [pairs-order] the order approving mentor pairs / groups
        [feedback] the feedback forms of the meetings
        [satisfaction] the analysis of participants' satisfaction
       *[final-report] the report on the results of the program
    }
    .help = name the document in the `result` of the activity that produces it, or list it: `documents: [{ $document }]`
checkpoint-missing = stage { $stage } has no monitoring checkpoint (КТ)
    .help = add an activity “Мониторинг … по итогам этапа” with `checkpoint: true`
id-duplicate = activity number { $id } is used twice (first on line { $line })
    .help = renumber one of them; references like “(п. { $id })” would be ambiguous
id-gap = activity numbering skips from before { $id } (expected { $expected })
    .help = renumber the activities or restore the missing one
responsible-missing = activity { $activity } has no responsible person
    .help = give a position in `responsible:`, e.g. “Заместитель директора по УВР”
result-missing = activity { $activity } has no result or document
    .help = name the document or outcome in `result:`, e.g. “Приказ об утверждении наставнических пар/групп”


## Deadlines.

deadline-unparsed = the deadline{ $activity ->
    [none] {""}
   *[other] {" "}of activity { $activity }
} cannot be read from `{ $part }` on
    .help = write it in a supported form, e.g. «{ $example }» (all forms: docs/deadlines.md)
deadline-incomplete = the deadline phrase stops before it says when
    .help = complete it, e.g. «{ $example }» (all forms: docs/deadlines.md)
deadline-no-such-date = `{ $part }` is not a date in the calendar
    .help = check the day, month and year (years 1900–2199)
deadline-year = `{ $part }`: the year is outside 1900–2199
    .help = check the year: four digits, «01.09.2025»
deadline-latin-letter = the Latin letter `{ $letter }` is inside a Russian word
    .help = retype the letter on the Russian keyboard layout
deadline-needs-reference = which order? The deadline counts from an order, but does not say which activity issues it
    .help = add the number of that activity, e.g. «… (п. 4.1)»
deadline-key-unused = `{ $key }` does not apply to this form of deadline
    .help = remove it, or see docs/deadlines.md for the keys of each form
deadline-reversed = the deadline ends before it starts
    .help = swap the two ends
deadline-half-months = `months`: { $value } must be whole or half months, from 0.5 to 120
    .help = e.g. `months: 2.5` for «два с половиной месяца»
schema-invalid-month = `{ $key }`: `{ $value }` is not a month
    .help = write the month number (`5`, any year) or year and month (`2022-05`)
deadline-missing = activity { $activity } has no deadline
    .help = add `due:`, e.g. «в течение первого месяца после издания приказа» or `{"{"}month: 2025-10{"}"}`
deadline-outside-period = the deadline ({ $when }) lies outside the roadmap's period ({ $period })
    .help = move the deadline into the period, or extend `period`
deadline-before-approval = the deadline ({ $end }) falls before the roadmap was approved ({ $approved })
    .help = a roadmap cannot plan work before it exists; check the year
deadline-nonworking = { $date } is { $holiday ->
        [yes] a public holiday
       *[no] a day off
    }
    .help = move the deadline to the working day before it
ref-unknown = the deadline counts from activity { $id }, which is not in the roadmap
    .help = use the number of an existing activity
ref-cycle = deadlines count from each other in a circle: { $cycle }
    .help = anchor one of them to the launching order or to a date
stage-order = stage { $later } is planned to end ({ $end }) before stage { $earlier } begins ({ $start })
    .help = the stages follow each other; check the deadlines of both stages
stage-early-start = stage { $later } begins ({ $start }) before stage { $earlier } ({ $earlier_start })
    .help = check that this work can start before stage { $earlier } begins
overdue = activity { $activity } was due on { $end } and is not marked done
    .help = record the completion date with `done: YYYY-MM-DD`, or plan it anew
deadline-unresolved-order = the deadline counts from the launching order, whose date is unknown
    .help = add `approved: YYYY-MM-DD` to the roadmap, or `order: {"{"}date: YYYY-MM-DD{"}"}` to mentor.yaml
deadline-unresolved-period = a month or a day without a year needs the roadmap's period
    .help = add `period: {"{"}start: YYYY-MM-DD, end: YYYY-MM-DD{"}"}`
deadline-unresolved-open-ref = the deadline counts from the end of activity { $id }, which has no end date
    .help = give activity { $id } a dated deadline, or record its completion with `done:`
deadline-unresolved-range = the deadline falls outside the calendar the tool knows (years 1900–2199)
    .help = check the order date and the number of months

## Registries.

csv-too-large = the file is larger than { $limit } MB; a registry is never that large
    .help = check that this is the right file
csv-empty = the file is empty: not even a header row
    .help = keep the header row; `mentor init` writes one for every registry
csv-mixed-encoding = the file mixes two encodings (UTF-8 and Windows-1251) from here on
    .help = open it in Excel or LibreOffice and save it again as “CSV UTF-8”
csv-nul = the file contains NUL bytes: it is binary, or saved as UTF-16
    .help = save it as “CSV UTF-8” (or “CSV (разделители — запятые)”)
csv-inner-bom = a byte order mark inside the file: two files were pasted together?
    .help = delete the invisible character at the start of this line
csv-unclosed-quote = a quote opens here and is never closed; the rest of the file is one cell
    .help = close the quote, or double a quote meant as text: ""
csv-duplicate-column = column `{ $column }` appears twice (as “{ $first }” and “{ $second }”)
    .help = keep one of them; the first is read
csv-ragged = this row has { $cells } cells, the header has { $header }
    .help = check for a stray delimiter or a missing one; the row is read as far as it goes
column-missing = required column `{ $column }` is missing
    .help = add a column `{ $column }` (in Russian: “{ $russian }”)
column-missing-unrecognized = required column `{ $column }` is missing
    .help = add a column `{ $column }` (in Russian: “{ $russian }”) or rename yours so; headers not recognized: { $unrecognized }
column-missing-or = required column `{ $column }` (or `{ $or }`) is missing
    .help = add a column `{ $column }` (in Russian: “{ $russian }”) or `{ $or }`
value-empty = column “{ $column }” is empty
    .help = fill it in; the row is skipped where it is needed
value-invalid = “{ $column }”{ $value ->
        [private] {""}
       *[other] : “{ $value }”
    } is not { $expected ->
        [date] a date
        [day] a day of the calendar
        [year] in a year from 1900 to 2199
        [role] a role
        [form] a form of mentoring
        [age-range] an age range
        [days] a list of days
        [count] a whole number of at least 1
        [number] a number in range
        [meeting-type] a type of meeting
        [survey-role] mentee or mentor
        [rule] neither never nor must
       *[other] valid
    }
    .help = { $expected ->
        [date] write dates as 01.09.2025 or 2025-09-01
        [day] check the day and the month: April, June, September and November have 30 days, February 28 or 29
        [year] check the year
        [role] roles: ученик, студент, педагог, молодой специалист, работодатель, выпускник, родитель, партнер
        [form] forms: ученик – ученик, учитель – учитель, студент – ученик, работодатель – ученик, работодатель – студент, учитель – ученик, студент – студент, педагог – студент
        [age-range] write the youngest and the oldest age, e.g. 12-15
        [days] write days as пн, вт, ср, чт, пт, сб, вс (or mon, tue, …)
        [count] e.g. 1 or 3
        [number] a score from 0 to the scale (10 unless `scale` says otherwise)
        [meeting-type] types: знакомство, пробная, планирование, рабочая, итоговая
        [survey-role] наставляемый (mentee) or наставник (mentor)
        [rule] never (никогда): not this pair; must (обязательно): this pair, if the rules allow it
       *[other] see product documentation
    }
registry-id-duplicate = id { $id } is used twice (first on line { $line })
    .help = give each person one id of their own
person-duplicate = { $id } has the same name and birth date as { $first }: one person under two ids?
    .help = keep one row, and use its id in pairs, meetings and surveys
consent-missing = { $id } has no consent to data processing: excluded from pairing
    .help = record the date of the signed consent in `consent_date`
consent-column-missing = no `consent_date` column: none of the { $count } participants has consent, all are excluded from pairing
    .help = add a column `consent_date` (in Russian: “Согласие”) with the dates of the signed consents
age-out-of-range = mentee { $id } is { $age } on { $today }: outside 10–19 of the learner forms
    .help = check the birth date, or the form (no age limit in «учитель – учитель» and «студент – студент»)
formula-like = “{ $column }” starts like a spreadsheet formula
    .help = Excel would run it: remove the leading =, +, - or @, or put an apostrophe before it
birth-in-future = { $id } is born after { $today }
    .help = check the year of birth
pair-unknown-mentor = mentor { $id } is not in mentors.csv
    .help = add the mentor to mentors.csv, or fix the id
pair-unknown-mentor-lookalike = mentor { $id } is not in mentors.csv, but { $meant } is: { $kind ->
        [cyrillic] the id's “{ $char }” is a Cyrillic letter, there it is Latin
       *[other] the id has an invisible character { $char }
    }
    .help = retype the id in Latin letters, with nothing else: { $meant }
pair-unknown-mentee-lookalike = mentee { $id } is not in mentees.csv, but { $meant } is: { $kind ->
        [cyrillic] the id's “{ $char }” is a Cyrillic letter, there it is Latin
       *[other] the id has an invisible character { $char }
    }
    .help = retype the id in Latin letters, with nothing else: { $meant }
pair-unknown-mentee = mentee { $id } is not in mentees.csv
    .help = add the mentee to mentees.csv, or fix the id
constraint-role = { $id } is { $is ->
        [mentee] a mentee, not a mentor
       *[mentor] a mentor, not a mentee
    }
    .help = the mentor's id first, then the mentee's (M01:S04)
done-in-future = activity { $activity } is marked done on { $done }, and today is { $today }: the plan already shows it done
    .help = check the year in `done:`; if the activity has not been held yet, remove `done:`
yaml-comment = «{ $dropped }» is not part of the value: YAML takes the text after « #» for a comment, and { $empty ->
        [yes] the value is left empty
       *[no] reads only «{ $kept }»
    }
    .help = put the whole value in quotes: "{ $whole }"
pair-ended-without-end = the status is «{ $status }» but no end date is given: { $group ->
        [yes] the group counts as running
       *[no] the pair counts as running — the mentor's place taken, the mentee left out of pairing
    }
    .help = give the end date in `end` («Дата окончания»)
constraint-swapped = the ids of the row are swapped: { $mentor } is the mentor, { $mentee } the mentee
    .help = the mentor's id first (mentor_id), then the mentee's (mentee_id)
constraint-unknown = no one in the registries has the id { $id }
    .help = correct the id: the mentor's first, then the mentee's
constraint-conflict = { $kind ->
        [both] the pair { $mentor } – { $mentee } is both forbidden and locked: the other decision is on line { $line }
       *[two-mentors] the mentee { $mentee } is locked both to { $mentor } and to { $other }, on line { $line }
    }
    .help = keep one decision: delete the other row of constraints.csv
constraint-over-capacity = more mentees are locked to the mentor { $mentor } than their free places ({ $capacity })
    .help = drop a lock, or raise `capacity` in mentors.csv
constraint-unmet = the locked pair { $mentor } – { $mentee } cannot be formed: { $rule ->
        [form] no form of mentoring fits their roles and declared forms
        [organization] they are of different organizations, and the mentor does not serve the mentee's
        [age] the mentee is outside 10–19 (or has no birth date) for this form
        [parent] the mentor is the mentee's parent
       *[older] in peer forms the mentor must be older
    }
    .help = correct the registry or drop the lock: pairing cannot keep it
constraint-recorded = the pair { $mentor } – { $mentee } is recorded and running although the curator forbade it (constraints.csv, line { $line })
    .help = end the pair (`end`) or lift the ban
constraint-group = { $mentee } and { $other } are together in the group “{ $group }” although the curator keeps them apart (constraints.csv, line { $line })
    .help = move one of them to another group, or lift the ban
survey-unknown-person = participant { $id } is in neither mentees.csv nor mentors.csv
    .help = fix the id, or add the participant
pair-parent-child = mentor { $mentor } is the parent of mentee { $mentee }
    .help = a parent may not mentor their own child: choose another mentor
pair-over-capacity = mentor { $id } has more active mentees from { $date } than the capacity of { $capacity }
    .help = end a pair (`end`), or raise `capacity` in mentors.csv
pair-no-consent = { $id } is paired without consent to data processing
    .help = record the consent (`consent_date`) or end the pair
meeting-unknown-pair = a meeting of mentor { $mentor } and { $mentee }, who are not a pair or group in pairs.csv
    .help = add the pair to pairs.csv, or fix the ids

rewrite-no-header = { $path } has no header row to add rows under
    .help = restore the header row (`mentor init` writes one)
rewrite-unencodable = { $path } is saved in Windows-1251, which cannot hold “{ $char }”; nothing was written
    .help = save the file as “CSV UTF-8” in Excel, or write the value without that character
import-kind = which registry is { $path }? The name does not say
    .help = add `--into mentees` (or mentors, pairs, meetings, surveys)
import-column = “{ $header }” → `{ $column }`
import-duplicate = “{ $header }” is `{ $column }` again: left out
import-dropped = “{ $header }” is not a column of { $file }: left out
import-kept = “{ $header }” is not a registry column: kept as it is
import-done = { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } imported into { $path }
    .help = now run `mentor registry check`
## One-line descriptions of the rules (SARIF, documentation).

rule-yaml-syntax = The file is not valid YAML (the usual slips are named where they are)
rule-schema = Unknown key, wrong type or missing required key
rule-stage-missing = One of the seven stages has no activity
rule-id-duplicate = Two activities, two registry rows or two proposals share an id
rule-id-gap = Activity numbering skips a number
rule-responsible-missing = An activity has no responsible person
rule-result-missing = An activity has no result / document
rule-output-missing = A stage lacks its key document
rule-checkpoint-missing = A stage has no monitoring / checkpoint activity
rule-stage-order = A later stage is planned to end before an earlier stage begins
rule-stage-early-start = A later stage begins before an earlier stage begins
rule-deadline-unparsed = The deadline phrase cannot be interpreted
rule-deadline-missing = An activity has no deadline
rule-deadline-outside-period = The deadline lies outside the roadmap's period
rule-deadline-before-approval = The deadline falls before the roadmap was approved
rule-deadline-nonworking = A fixed deadline falls on a weekend or public holiday
rule-ref-unknown = A relative deadline refers to an unknown activity
rule-ref-cycle = Relative deadlines form a cycle
rule-overdue = With --today: the deadline has passed and the activity is not done
rule-deadline-unresolved = The deadline cannot be placed on the calendar (no order date or period)
rule-wants-unknown-mentor = A mentee names a mentor absent from the registry
rule-meeting-gap = With --today: an active pair has not met for longer than the gap (14 days unless set)
rule-meeting-sequence = The first meetings are not знакомство, пробная, планирование
rule-meeting-in-future = With --today: a meeting is dated after that day
rule-constraint-conflict = The curator's decisions contradict each other or the pairs
rule-meeting-duplicate = The same meeting is recorded twice in meetings.csv
rule-done-in-future = An activity is marked done on a day still to come
rule-yaml-comment = YAML took part of a value for a comment and dropped it
rule-constraint-unmet = A locked pair is not formed: a pairing rule forbids it, or it is not among those approved
rule-csv-syntax = Malformed CSV file or row
rule-column-missing = A required column is absent
rule-value-invalid = A cell cannot be read (date, role, number, range)
rule-consent-missing = A participant has no consent date; excluded from pairing
rule-age-out-of-range = With --today: a learner mentee is outside 10–19 years
rule-formula-like = A cell a spreadsheet would run as a formula
rule-pair-unknown-person = A pair, meeting or survey names an id absent from the registries
rule-pair-parent-child = A parent mentors their own child
rule-pair-over-capacity = A mentor has more active mentees than capacity
rule-pair-no-consent = A paired participant has no consent
rule-person-duplicate = The same name and birth date under two ids
rule-meeting-unknown-pair = A meeting of people who are not a pair or group

## Command line.

summary = { $files ->
        [one] { $files } file checked
       *[other] { $files } files checked
    }: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }, { $infos ->
        [one] { $infos } note
       *[other] { $infos } notes
    }
error-prefix = error
no-program = no mentor.yaml in { $dir } or any folder above it
    .help = run `mentor init` to create a program folder, or pass `--dir`
cannot-read = cannot read { $path }: { $reason ->
    [not-found] there is no such file
    [permission-denied] permission denied
    [is-a-directory] it is a folder, not a file
    [not-a-directory] a part of the path is not a folder
   *[other] { $detail }
}
    .help = check the path; a file open in Excel may be locked until Excel closes it
cannot-write = cannot write { $path }: { $reason ->
    [not-found] the folder does not exist
    [permission-denied] permission denied
    [is-a-directory] it is a folder, not a file
    [not-a-directory] a part of the path is not a folder
    [storage-full] the disk is full
    [read-only] the disk is read-only
   *[other] { $detail }
}
    .help = check that the folder exists and that you may write into it
no-sheets = { $path } has no sheets
    .help = open it in Excel or LibreOffice and check that the table is there
file-too-large = { $path } is larger than { $limit } MB; it is not read
    .help = a registry of a whole region or any roadmap fits; check that this is the right file
cannot-write-output = cannot write the output: { $detail }
no-such-folder = there is no folder { $path }
    .help = `--dir` takes the program folder (the one with mentor.yaml); check its name
not-a-folder = { $path } is a file, not a folder
    .help = `--dir` takes the program folder (the one with mentor.yaml); check its name
no-roadmaps = no roadmap files in { $dir } (roadmap.yaml, *.roadmap.yaml, roadmap*.yaml)
init-exists = { $path } already exists; nothing was written
    .help = choose an empty folder, or remove the file first
init-templates = wrote { $count } report templates into { $dir }: edit them, and `mentor report` uses them
init-done = created a { $kind } program folder in { $dir }: { $count } files; the order and the program start are dated today, { $order }
    .help = { $here ->
        [yes] put
       *[no] go into the folder (`cd { $cd }`), put
    } your order's number and date into mentor.yaml, edit roadmap.yaml and run `mentor check`

## Roadmap plan.

plan-when = Deadline
plan-stage = Stage
plan-id = No.
plan-title = Activity
plan-responsible = Responsible
plan-status = Status
plan-start = Start
plan-end = End
plan-due = Deadline as written
plan-file = File
plan-by = by
plan-checkpoint = checkpoint
plan-summary = { $rows ->
        [one] { $rows } deadline
       *[other] { $rows } deadlines
    }
plan-recurring = ↻ repeats until the end of the period
status-done = done
status-overdue = overdue
status-due-soon = due soon
status-in-progress = in progress
status-later = later
status-open = no date
status-unreadable = unreadable
output-program-file = -o { $path }: that is a file of the program (a registry, a roadmap or mentor.yaml); no output replaces it
    .help = give the output another file name
format-clash = --format { $format } does not fit the file { $file }, whose extension means { $named }
    .help = drop --format, and the file's extension chooses the format, or name the file after the format
format-extension-unsupported = this command does not write { $format }, which the extension of { $file } means
    .help = name the file after one of the command's formats: { $formats } (or give --format)
format-unsupported = `--format { $format }` does not apply here
    .help = this command writes: { $formats }

## Pairing.

pair-mentor-id = Mentor's id
pair-mentee-id = Mentee's id
pair-mentor = Mentor
pair-mentee = Mentee
pair-form = Form
pair-score = Score
pair-why-header = Why
pair-reason-requests = requests met: { $tags }
pair-reason-interests = shared interests: { $tags }
pair-reason-age = the mentee's age is the one the mentor prefers
pair-reason-schedule = can meet on { $days }
pair-reason-choice = the mentee chose this mentor
pair-why = { $reason ->
        [no-consent] no consent to data processing
        [no-age] no birth date or age, which the form needs
        [outside-age] { $count } years old: outside 10–19
        [no-mentor] no mentor of an allowed form in their organization
        [only-parent] the only eligible mentor is their own parent
        [all-at-capacity] { $count ->
            [one] the only eligible mentor is at capacity
           *[other] all { $count } eligible mentors are at capacity
        }
        [constraint] { $from ->
            [option] every eligible mentor is forbidden in this run (--never)
            [screen] every eligible mentor is forbidden on this screen
           *[file] the curator forbade the pairs with every eligible mentor (registry/constraints.csv, line { $line })
        }
       *[taken] { $count ->
            [one] the place of the only eligible mentor went to another mentee
           *[other] the places of the { $count } eligible mentors went to other mentees
        }
    }
pair-stable-locks = `--stable` knows no locked pairs (`must`)
    .help = drop `--stable`, or the locks (in registry/constraints.csv or `--must`)
pair-price-forbid = if { $mentor } – { $mentee } were forbidden: { $matched } matched{ $lost ->
        [0] {""}
       *[other] {" "}(−{ $lost })
    }, total score { $score } ({ $delta })
pair-price-lock = if { $mentor } – { $mentee } ({ $points } { $points ->
        [one] point
       *[other] points
    }) were locked: { $holds ->
        [no] it would not be formed — another lock stands in the way
       *[yes] { $matched } matched{ $lost ->
            [0] {""}
           *[other] {" "}(−{ $lost })
        }, total score { $score } ({ $delta })
    }
pair-locked-legend = ● — a pair the curator locked
price-own-lock = this pair is locked ({ $from ->
        [option] --must
        [screen] decided on this screen
       *[file] registry/constraints.csv, line { $line }
    })
price-locks-released = { $count ->
        [1] the lock { $pair } is given up
       *[other] { $count } locks are given up, { $pair } among them
    }
price-locks-formed = { $count ->
        [1] a lock that had no place is formed
       *[other] { $count } locks that had no place are formed
    }
review-mentor = Mentor
review-mentee = Mentee
review-form = Form
review-score = Score
review-unmatched = { $reason ->
        [no-consent] no consent
        [no-age] no age
        [outside-age] age not 10–19
        [no-mentor] no mentor
        [only-parent] only a parent
        [all-at-capacity] no places
        [constraint] forbidden
       *[taken] places taken
    }
review-title = { " " }Pairing: f forbid, l lock, a other mentors{ " " }
review-title-alternatives = { " " }Other mentors{ " " }
review-alternatives = { " " }{ $mentee }: other mentors — Enter locks{ " " }
review-alternatives-none = { " " }{ $mentee }: nobody to pair with{ " " }
review-start = The best pairing of the registries under the decisions of registry/constraints.csv. The decisions made here are written on w.
review-nothing-moved = The pairing did not change.
review-moved = { $mentee }: { $was } → { $now }
review-changes = { " " }What the last decision changed{ " " }
review-status = { $matched } of { $mentees } paired, score { $score }, decisions { $decisions }
review-price = cost: pairs { $pairs }, score { $score }
review-keys = ↑↓ · f forbid · l lock · a others · u undo · w write · q leave
review-keys-alternatives = ↑↓ select · Enter lock · Esc back
review-outcome = { $matched } matched ({ $pairs }), score { $score } ({ $delta })
review-outcome-unmet = would not be formed: another lock stands in the way
review-decided-already = { $line ->
        [0] this decision is made already
       *[other] this decision is in registry/constraints.csv already (line { $line })
    }
review-decided-in-file = registry/constraints.csv (line { $line }) decides otherwise about this pair: change that line
review-quit-again = decisions not written: { $decisions }; q again leaves without writing, w writes
review-no-alternatives = no other mentor with a place left
review-more = …and { $count } more
review-locked-in-file = { $mentee } is locked to { $mentor } in registry/constraints.csv already (line { $line }): change that line
review-mentor-full = { $mentor } has no free place for one more lock
review-proposals-where = the proposals are not written to { $path }: it is in the registries' folder, a program file, a folder, or in no folder
    .help = give `--proposals` a file outside registry/, e.g. proposals.csv
pair-never-must = the pair { $pair } is both in `--never` and in `--must`
    .help = keep one of the two
review-output = `mentor pair review` takes no `-o`: the decisions go to registry/constraints.csv, the proposals to `--proposals FILE`
review-not-terminal = the `mentor pair review` screen runs only in a terminal window
    .help = for the pairing in a file there is `mentor pair suggest` (decisions in registry/constraints.csv or `--never`/`--must`)
review-left = left without writing: the decisions made on the screen are not kept
review-note = decided in mentor pair review on { $date }
review-written = { $decisions ->
        [0] no decisions
        [one] { $decisions } decision written to registry/constraints.csv
       *[other] { $decisions } decisions written to registry/constraints.csv
    }; proposals ({ $pairs }) in { $path }: approve them with `mentor pair approve { $path }`
pair-unmet = the locked pair { $mentor } – { $mentee } ({ $from ->
        [option] --must
        [screen] decided on this screen
       *[file] registry/constraints.csv, line { $line }
    }) is not formed: { $why ->
        [absent] one of them is not among those paired now (not in the registry, no consent or approval, or the mentee already has a pair)
        [no-place] the mentor has no place left
        [elsewhere] the mentee is locked to another mentor
       *[block] { $rule ->
            [form] no form of mentoring fits their roles
            [organization] they are of different organizations
            [age] the mentee is outside 10–19 for this form
            [parent] the mentor is the mentee's parent
           *[older] the mentor must be older
        }
    }
pair-progress-candidates = candidates
pair-progress-solving = optimum
pair-summary = { $mentees } mentees to pair, { $matched } matched, total score { $score }
pair-decisions = the curator's decisions applied: { $where }
pair-decisions-unread = no proposal made: the rows of registry/constraints.csv below cannot be applied, and a proposal without them would go against the curator's decisions — fix them
pair-decisions-file = { $count } from registry/constraints.csv
pair-decisions-options = { $count } from --never/--must
approve-duplicate = the pair { $mentor } – { $mentee } is proposed twice: the second is left out
    .help = delete the repeated row
approve-rule = { $mentor } and { $mentee } cannot be a pair: { $rule ->
        [form] no form of mentoring fits their roles and declared forms
        [organization] they are of different organizations, and the mentor does not serve the mentee's
        [age] the mentee is outside 10–19 (or has no birth date) for this form
        [parent] the mentor is the mentee's parent
       *[older] in a peer form the mentor must be older
    }
    .help = run `mentor pair suggest` again on the current registries
approve-never = the curator forbade the pair { $mentor } – { $mentee } (registry/constraints.csv, line { $line })
    .help = delete this row from the proposals, or lift the ban
approve-unmet-must = the locked pair { $mentor } – { $mentee } is neither among those approved nor in pairs.csv
    .help = add it to the proposals (`mentor pair suggest` forms locked pairs first, when there is a place), or drop the lock
approve-already-paired = mentee { $id } already has an active pair
    .help = end that pair (`end` in pairs.csv) first, or leave this proposal out
approve-done = { $rows ->
        [one] { $rows } pair recorded in registry/pairs.csv
       *[other] { $rows } pairs recorded in registry/pairs.csv
    }
approve-nothing = nothing was recorded: fix the problems below and approve again
pair-stable-cost = the optimum matches { $matched } ({ $lost } more than this stable matching) with total score { $score }
plan-sheet = Plan
pair-sheet = Pairs
xlsx-needs-file = `--format { $format }` writes a file, not text for the terminal
    .help = add `-o FILE.{ $format }`

## Coverage.

coverage-year = { $year }
coverage-indicator = Indicator
coverage-value = Value
coverage-target = Target
coverage-met = Met
coverage-people = Counted
coverage-of = Out of
coverage-needed = More needed
coverage-yes = yes
coverage-no = no
indicator = { $id ->
        [involvement] learners in mentoring
        [mentees_10_19] children 10–19 as mentees
        [mentors_15_19] children 15–19 as mentors
        [teachers] teachers in mentoring (any role)
        [young_teachers] young teachers as mentees
        [partners] organizations providing mentors
        [satisfaction_mentees] satisfaction of mentees
       *[satisfaction_mentors] satisfaction of mentors
    }
coverage-no-denominator = no denominator for { $year }: add `enrollment: {"{"}{ $year }: {"{"}{ $key }: …{"}"}{"}"}` to mentor.yaml
coverage-zero-denominator = `enrollment: {"{"}{ $year }: {"{"}{ $key }: 0{"}"}{"}"}` in mentor.yaml: no share of nobody can be computed; enter the real figure
coverage-over = { $id } in { $year }: more people counted than the enrollment holds; check the enrollment in mentor.yaml
coverage-forms = pairs by form: { $forms }
meeting-gap = mentor { $mentor } and { $who } have not met for { $days } days (more than { $gap })
    .help = record the meetings in meetings.csv, or find out why the pair stopped meeting
meeting-sequence = the first meetings of mentor { $mentor } and { $who } are not знакомство, пробная, планирование in that order
    .help = the model starts a pair with a meeting to get acquainted, a trial meeting and a planning meeting
meeting-in-future = a meeting of { $mentor } – { $who } dated after { $today }: meetings are recorded when they have been held
    .help = check the date; planned meetings belong in the pair's plan, not in meetings.csv
meeting-duplicate = the meeting of { $mentor } – { $who } on { $date } is already recorded on line { $line }: the repeat counts as a second meeting
    .help = delete the repeated row
meeting-before-pair = a meeting of { $mentor } – { $who } before the pair began ({ $start })
    .help = check the date, or the pair's `start` in pairs.csv
meetings-pair = Pair or group
meetings-start = Since
meetings-last = Last meeting
meetings-days = Days since
meetings-held = Meetings
meetings-feedback = With feedback
pair-reversed = the pair ends ({ $end }) before it starts ({ $start })
    .help = check `start` and `end` in pairs.csv
coverage-satisfaction-forms = satisfaction of { $side ->
        [mentees] mentees
       *[mentors] mentors
    } by form: { $forms }
coverage-outside-period = note: { $year } is outside the program's period ({ $period })
child-of-self = { $id } is listed as their own child
    .help = check the `children` column of mentors.csv: it lists the ids of the person's own children
child-cycle = the children lists go round in a circle: { $cycle }
    .help = check the `children` column of mentors.csv: it lists the ids of the person's own children
wants-unknown-mentor = mentee { $mentee } names mentor { $id }, who is not in mentors.csv
    .help = fix the id in `wants`; until then the choice counts for nothing

## Report (`mentor report`): the words of the templates (`t.…`).

report-title = Mentoring program report
report-lang = en
report-made-on = Made on
report-period = Period
report-order = Launched by order
report-of = of
report-public-note = Public version: aggregates only, no personal data (152-ФЗ).
report-verdict = { $total ->
        [0] no indicator can be judged yet: no targets or denominators
       *[other] { $met } of { $total } { $total ->
            [one] indicator
           *[other] indicators
        } met
    }
report-missing = Not in the folder yet
report-roadmap = Roadmap by stage
report-stage = Stage
report-done = Done
report-overdue = Overdue
report-due-soon = Due soon
report-in-progress = In progress
report-later = Later
report-open = No date
report-next = Next deadlines
report-cross-cutting = Cross-cutting work (information, monitoring, motivation)
report-card-met = met
report-card-unmet = not met
report-card-unknown = cannot be judged
report-fewer-than = fewer than
report-kpis = Indicators
report-history = Involvement by year
report-chart-title = Involvement of learners in mentoring by year, against the target
report-involvement = Involvement
report-target-ladder = Target
report-year = Year
report-value = Value
report-target = Target
report-forms = Pairs and groups by form
report-form = Form
report-pairs-count = Pairs
report-groups-count = Groups
report-mentees-count = Mentees
report-no-forms = No pair or group is active on this day.
report-meetings = Meetings
report-active = Active pairs and groups
report-regular = Met within the last
report-days = days
report-held = Meetings held
report-feedback = With feedback
report-stopped = Stopped meeting
report-mentor = Mentor
report-who = Mentee or group
report-last = Last meeting
report-days-since = Days since
report-satisfaction = Satisfaction by form
report-side = Who answered
report-mentees = mentees
report-mentors = mentors
report-answers = Answers
report-no-satisfaction = No survey answers this year.
report-problems = Open problems (found by mentor check)
report-severity-error = error
report-severity-warning = warning
report-severity-info = note
report-rule = Rule
report-count = Count
report-severity = Severity
report-where = Where
report-message = Message
report-none = None.
report-pairs = Pairs and groups
report-start = Since
report-order-column = Order
report-dash = —
report-yes = yes
report-no = no
report-met = Met
report-people = Counted
report-denominator = Out of
report-needed = More needed
report-indicator = Indicator
report-no-roadmap = there is no roadmap in the folder: the stages cannot be shown
report-roadmap-unreadable = a roadmap could not be read (see the problems below): its stages are not shown
report-no-pairs = no pairs yet (registry/pairs.csv is empty or missing): coverage is not zero, it has not started
report-no-enrollment = no enrollment figures for { $year }: add `enrollment: {"{"}{ $year }: {"{"}{ $keys }{"}"}{"}"}` to mentor.yaml
report-no-surveys = no satisfaction surveys in { $year } (registry/surveys.csv)
report-public-document = documents of `--document` name people and are never public
    .help = drop `--public`, or use `mentor report --public` for the website
report-ci-log = the curator's report names children and is not printed into a CI log
    .help = write it to a file (`-o report.html`) or print the public report (`--public`)
template-too-long = template { $path }, line { $line }: the template ran too long and was stopped (a loop in a loop?)
    .help = a report takes a fraction of a second; simplify the template's loops, or delete it to use the built-in one
template-include = template { $path }, line { $line }: only another template of the folder's templates/ may be included ({ $detail })
    .help = a template reads no other file: no registry, nothing outside templates/
template-error = template { $path }, line { $line }: { $detail }
    .help = fix the template, or delete it to use the built-in one

## Documents for the office (`mentor report --document`).

document-annex = Annex to the order { $order }
document-lang = en
document-pairs-title = List of mentor pairs and groups
document-pairs-empty = No pairs to list.
document-awards-title = Mentors proposed for rewarding for { $year }
document-awards-empty = No mentor had a pair active in { $year }.
document-number = No.
document-signature = Head of the organization  ________________ / ________________ /
document-mentor = Mentor (full name)
document-mentee = Mentee (full name)
document-form = Form of mentoring
document-start = Start date
document-order = Order
document-role = Role
document-mentees = Mentees
document-meetings = Meetings in the year
document-satisfaction = Satisfaction of mentees

## Import of Word roadmaps (`mentor roadmap import`).

import-doc = { $path } is an old binary Word document (.doc)
    .help = open it in Word or LibreOffice and save it as .docx (Word document), then import that
import-encrypted = { $path } is protected by a password
    .help = open it, remove the password (File → Info → Protect document), save, and import again
import-corrupt = { $path } is not a readable .docx: { $detail }
    .help = open it in Word or LibreOffice and save it again as .docx
sheet-too-large = { $path }: the sheet has a cell beyond { $rows } rows or { $columns } columns, more than { $cells } cells or more than { $limit } MB of text; no registry is that large
    .help = check that this is the right file; if the data is real, save the sheet as “CSV UTF-8” and import that
encoding-nul = { $path }: the file contains NUL bytes — it is binary, or saved as UTF-16 (“Unicode text”)
    .help = open it in Excel or LibreOffice and save it as “CSV UTF-8”
encoding-mixed = { $path }: the file mixes two encodings (UTF-8 and Windows-1251); some letters cannot be read
    .help = open it in Excel or LibreOffice and save it again as “CSV UTF-8”
import-too-many-cells = { $path }: the document's tables hold more than { $cells } cells or more than { $limit } MB of text (merged cells repeated); it is not read
    .help = a roadmap is a few hundred rows; check that this is the right file
import-too-large = { $path }: the text of the document unpacks to more than { $limit } MB; it is not read
    .help = a roadmap is a few pages; check that this is the right file
import-empty = { $path } is empty
    .help = copy the roadmap's table out of Word into it, or import the .docx itself
import-binary = { $path } is neither a .docx nor text
    .help = import the .docx itself, or the table copied out of Word into a text file
import-no-table = { $path } has no table with the columns of a roadmap
    .help = the table's header must name its columns: «Мероприятия», «Сроки», «Ответственные», «Результат»
import-roadmap-done = imported { $activities } activities in { $sections } sections; { $guessed } stage guesses to confirm (marked `# ?`), { $skipped } rows skipped
    .help = save it as roadmap.yaml in the program folder and run `mentor check`
import-header = Imported by `mentor roadmap import` from { $source }. Lines marked `# ?` are guesses: confirm or correct them.
import-at-line = line { $line }
import-at-row = table { $table }, row { $row }
import-no-period = the document states no period: add `period: {"{"}start: …, end: …{"}"}`
import-period-inferred = the document states no period: these are the years its deadlines name
import-skipped-title = Rows left out:
import-skip-column-numbers = column numbers
import-skip-header = the header repeated
import-skip-filler = a signature, seal or annex line, not an activity
import-skip-task = the task of the stage (not an activity)
import-skip-no-title = a row without an activity
import-untitled-section = Activities
import-why-name = the heading names stage { $stage }
import-why-number = stage { $stage } by the document's number
import-why-renumbered = the document numbers it { $number }, but by its name («{ $words }») it is stage { $stage } of the model
import-why-words = stage { $stage } by the words «{ $words }»
import-why-cross = cross-cutting work, not a stage («{ $words }»)
import-why-merged = the heading merges stages { $first } and { $second }; activities go to stage { $first } unless marked
import-why-merged-undecided = could not tell stage { $first } from { $second }; left in stage { $first }
import-why-unknown = could not tell the stage: set `stage:` or leave it for cross-cutting work
import-why-split = stage { $stage }, one of the stages listed in { $from }

usage-invalid-value = { $arg } does not take “{ $value }”
usage-possible-values = it takes: { $values }
usage-did-you-mean = did you mean { $suggestion }?
usage-unknown-argument = there is no option { $arg }
usage-unexpected-value = the command takes no value “{ $arg }”
usage-unknown-command = there is no command “{ $command }”
usage-missing-argument = missing: { $args }
usage-more = `mentor --help` (or `--help` after a command) says what it takes
usage-date = a date is written DD.MM.YYYY or YYYY-MM-DD, e.g. 01.09.2026 or 2026-09-01
usage-no-such-day = no such day in the calendar: check the day and the month (April, June, September and November have 30 days, February 28 or 29)
usage-date-year = the year is outside 1900–2199: check the year
usage-pair = write a pair as two ids with a colon: mentor:mentee, e.g. M01:S04
usage-range = from { $min } to { $max }
usage-value-missing = { $arg } needs a value after it
usage-no-command = “{ $command }” needs a command after it
usage-commands = commands: { $commands }; `--help` says what each does
usage-not-utf8 = an argument of the command line is not UTF-8
usage-twice = { $arg } is given twice: keep one
usage-conflict = { $arg } cannot be used with { $other }
usage-other = the command line cannot be read

## What was written.

written = wrote { $path }
written-events = wrote { $path }: { $events ->
        [one] { $events } event
       *[other] { $events } events
    }

## mentor explain.

explanation-example = Example
explanation-fix = How to fix
explanation-code = code
explanation-level = severity
explanation-meaning = meaning
explanation-unknown = no such code: “{ $code }”
    .help = `mentor explain` without a code lists every code
explanation-unknown-near = no such code: “{ $code }”; did you mean { $suggestion }?
    .help = `mentor explain` without a code lists every code
