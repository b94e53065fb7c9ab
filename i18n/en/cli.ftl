# English: the texts of the command line (src/cli.rs, src/cli/, src/main.rs, src/template.rs).

# The descriptions of the built-in templates (src/template.rs).
cli-template-tampere-startup = Historical case 2018–2022 (the draft growth-services law, never in force): the region, four municipalities and their business-advice company, a tendered advice producer and service vouchers
cli-template-etela-pohjanmaa = Historical case 2018–2022 (the draft growth-services law, never in force): Seinäjoki, the TE office, the ELY centre, the Sedu college, Kela and two producers – each one's services and resources (€, person-years)
cli-template-tyollisyysalue = Employment-area alliance (today): host municipality, neighbouring municipalities, wellbeing services county, vitality centre, Kela, a college, a private and a third-sector producer

# The window without a display (src/main.rs).
cli-no-display = Allianssi: the window cannot open because there is no display (DISPLAY and WAYLAND_DISPLAY are not set). The command line works without one: see `allianssi --help` (e.g. `allianssi check PLAN.ron`).

# The command line (src/cli.rs).
cli-no-such-template = There is no template “{ $name }”. Templates: { $templates }.
cli-created = Created { $path } from the template { $name }.
cli-check-summary = { $name }: { $errors } errors, { $warnings } warnings.
cli-check-newer = The file was made by a newer version of Allianssi; it opens read-only.
cli-severity-error = error
cli-severity-warning = warning
cli-file-exists = { $path } already exists and is not overwritten. Give a new file name.

# allianssi diff and merge (src/cli/compare.rs).
cli-diff-added = added
cli-diff-removed = removed
cli-merge-invalid = The versions cannot be merged into a valid plan
cli-merge-conflict = Conflict
cli-merge-broke = The merge broke
cli-merge-undecided = { $count } conflicts: nothing was written. Choose --ours or --theirs, or merge in the window.
cli-merged = Merged: { $path } ({ $count } conflicts decided by the choice).
cli-diff-same = The plans are the same.
cli-diff-changes = { $count } changes.
# The three sides of a merge conflict.
cli-merge-base = base
cli-merge-ours = ours
cli-merge-theirs = theirs

# import-sheet, export-sheet, import-csv and export-csv (src/cli/csv.rs).
cli-import-newer = { $path } was made by a newer version and is not changed.
cli-import-dry-run = Dry run: the plan was not changed.
cli-import-up-to-date = { $path } is already up to date; nothing was changed.
cli-imported = Imported { $name } into { $path }.
cli-cannot-write = Cannot write { $path }: { $error }. Choose another folder.
cli-wrote = Wrote { $path }.
# A note of an import; $place is empty or the sheet and a colon.
cli-import-note = Note: { $place }{ $note }.

# install-desktop (src/cli/desktop.rs).
cli-desktop-no-home = The user's data folder is not known: set HOME or XDG_DATA_HOME.
cli-desktop-program-path = The program's path
cli-desktop-refreshed = refreshed
cli-desktop-not-refreshed = not installed or failed; the desktop reads the files at the next login at the latest
cli-desktop-installed = Installed { $count } files ({ $folder }):
cli-desktop-removed = Removed { $count } files ({ $folder }):

# export (src/cli/export.rs).
cli-export-bad-date = “{ $input }” is not a date. Write it as YYYY-MM-DD, e.g. 2026-11-22.
cli-wrote-size = Wrote { $path } ({ $kilobytes } kB).

# kpi and forecast (src/cli/followup.rs): labels.
cli-followup-period = Period
cli-followup-alliance = Alliance
cli-followup-summed = * computed from the areas' summed counts
cli-followup-no-measurements = no measurements
cli-followup-forecast = settlement forecast
cli-followup-as-of = As of
cli-followup-span = Budget years
cli-followup-latest = Latest reported period
cli-followup-months = Months elapsed / in all
cli-followup-to-date = Actual to date
cli-followup-of-producers = {"  "}of which producers
cli-followup-run-rate = Forecast at the run-rate
cli-followup-estimate = Forecast with the estimated rest
cli-followup-rest = Cost still to come
cli-followup-no-costs = No actual costs are reported by this date; there is no run-rate forecast.
cli-followup-no-estimate = No estimate of the rest is given (the follow-up view or --rest).

# kpi and forecast (src/cli/followup.rs).
cli-followup-bad-as-of = “{ $input }” is neither a date nor a period. Write e.g. 2027-09-30, 30.9.2027 or 2027-Q3.

# generate (src/cli/generate.rs).
cli-generate-out-of-range = { $flag } { $value }: the number must be { $min }–{ $max }.
cli-generated = Created { $path }: { $parties } parties, { $services } services, { $risks } risks, { $lines } cost lines.

# report (src/cli/report.rs).
cli-report-bad-period = “{ $input }” is not a period. Write a month 2027-08, a quarter 2027-Q3 or a year 2027.

# settle (src/cli/settle.rs): labels.
cli-settle-base = Base estimate
cli-settle-reserve = Risk reserve
cli-settle-target = Target cost (TAK)
cli-settle-fee-inside = The fee is inside the target cost
cli-settle-fee = Fee
cli-settle-ceiling = Cost target plus fee
cli-settle-gain-share = Producers' share of an underrun
cli-settle-pain-share = Producers' share of an overrun
cli-settle-gain-cap = Gain cap
cli-settle-pain-cap = Pain cap
cli-settle-no-cap = no cap
cli-settle-combined = Combined cap (pain and KRA penalty)
cli-settle-on = on
cli-settle-off = off
cli-settle-pool = KRA pool
cli-settle-actual = Actual cost (AC)
cli-settle-of-producers = of which producers
cli-settle-estimate = estimated in the base estimate's proportion
cli-settle-underrun = Underrun
cli-settle-overrun = Overrun
cli-settle-prod-gain = Producers' gain
cli-settle-owner-gain = Owners' gain
cli-settle-prod-pain = Producers' pain
cli-settle-owner-pain = Owners' pain
cli-settle-not-measured = not measured
cli-settle-score = KRA score S
cli-settle-given = given
cli-settle-kra-raw = KRA before the combined cap
cli-settle-kra-eff = KRA incentive
cli-settle-producers-total = Producers' total
cli-settle-owners-outlay = Owners' outlay
cli-settle-saving = Saving against target plus fee
cli-settle-party = Party
cli-settle-gain = Gain
cli-settle-pain = Pain
cli-settle-kra = KRA
cli-settle-total = Total
cli-settle-net = Net
cli-settle-target-share = Target share
cli-settle-party-net = net
cli-settle-total-note = Net = gain − pain + KRA (an owner's KRA is its share of what the owners pay, negative); the parties' nets add up to underrun − overrun. A producer's total = fee + net on top of its reimbursed costs; an owner's total is its whole payment = its share of the cost target + its share of the fee − net.

# settle (src/cli/settle.rs).
cli-settle-plan-has-errors = Note: the plan has errors (see allianssi check); the figures are computed regardless.
cli-settle-title = settlement
cli-settle-scenarios-title = scenarios
cli-settle-no-scenarios = The plan has no scenarios.
cli-settle-actual-percent = Actual cost, % of the cost target
