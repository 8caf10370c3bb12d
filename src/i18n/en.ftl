## Stage and document names (domain page §2).

## Severity levels as printed by the human renderer.

level-error = error
level-warning = warning
level-info = info
level-help = help

## YAML.

yaml-syntax = the file is not valid YAML: { $detail }
    .help = fix the YAML at the marked place; indent with spaces, not tabs
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
    .help = see schemas/ for the expected shape; an editor with yaml-language-server shows it as you type
schema-duplicate-key = key `{ $key }` is repeated (first written on line { $line })
    .help = keep one of them
schema-unknown-key = unknown key `{ $key }`
    .help = known keys here: { $known }
schema-unknown-key-similar = unknown key `{ $key }`
    .help = did you mean `{ $similar }`?
schema-missing-key = required key `{ $key }` is missing
    .help = add `{ $key }: …` here
schema-invalid-date = `{ $key }`: `{ $value }` is not a date
    .help = write dates as YYYY-MM-DD, e.g. 2024-09-02
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

stage-missing = stage { $stage } “{ $stage ->
        [1] Preparing the conditions for launching the mentoring program
        [2] Forming the base of mentees
        [3] Forming the base of mentors
        [4] Selecting and training mentors
        [5] Forming mentor pairs / groups
        [6] Organizing the work of mentor pairs / groups
       *[7] Completing the mentoring
    }” has no activity
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
    .help = add `responsible:` with a position, e.g. “Заместитель директора по УВР”
result-missing = activity { $activity } has no result or document
    .help = add `result:` naming the document or outcome, e.g. “Приказ об утверждении наставнических пар/групп”


## Deadlines.

deadline-unparsed = the deadline cannot be read from `{ $part }` on
    .help = write it in a supported form, e.g. «{ $example }» (all forms: docs/deadlines.md)
deadline-incomplete = the deadline phrase stops before it says when
    .help = complete it, e.g. «{ $example }» (all forms: docs/deadlines.md)
deadline-no-such-date = `{ $part }` is not a date in the calendar
    .help = check the day, month and year (years 1900–2199)
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

## One-line descriptions of the rules (SARIF, documentation).

rule-yaml-syntax = The file is not valid YAML
rule-schema = Unknown key, wrong type or missing required key
rule-stage-missing = One of the seven stages has no activity
rule-id-duplicate = Two activities share an id
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
rule-overdue = Not done and its deadline has passed
rule-deadline-unresolved = The deadline cannot be placed on the calendar (no order date or period)

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
cannot-read = cannot read { $path }: { $detail }
no-roadmaps = no roadmap files in { $dir } (roadmap.yaml, *.roadmap.yaml, roadmap*.yaml)
init-exists = { $path } already exists; nothing was written
    .help = choose an empty folder, or remove the file first
init-done = created a { $kind } program folder in { $dir }: { $count } files
    .help = edit mentor.yaml and roadmap.yaml, then run `mentor check`

## Roadmap plan.

plan-when = Deadline
plan-stage = Stage
plan-id = No.
plan-title = Activity
plan-responsible = Responsible
plan-status = Status
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
status-later = later
status-open = no date
format-unsupported = `--format { $format }` does not apply here
    .help = this command writes: { $formats }
