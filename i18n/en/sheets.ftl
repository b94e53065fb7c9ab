# English: the messages of spreadsheet import and export (src/csvio).

csv-at-sheet = , sheet { $sheet }
csv-at-line = , line { $line }
csv-at-column = , column { $column }
csv-error = { $at }: { $what } Nothing was imported.
csv-encoding = the line cannot be split into cells (an open quote?). Save the file from Excel as “CSV UTF-8” or xlsx.
csv-empty = the file is empty; the first line must hold the column headers.
csv-header = the header row names none of this list's columns. The columns are: { $expected }
csv-missing-column = the column “{ $name }” is missing from the header row. Add it (columns: { $expected }).
csv-duplicate-column = the column “{ $name }” appears twice in the header row. Remove one.
csv-column-count = the row has { $found } columns, it must have { $expected }. The separator is a semicolon (;).
csv-missing = the value is missing; fill in the cell.
csv-money = “{ $value }” is not an amount. Write e.g. 1234,50 (at most two decimals).
csv-number = “{ $value }” is not a number. Write e.g. 1,5.
csv-whole = “{ $value }” is not a whole number. Write e.g. 3.
csv-too-large = “{ $value }” is too large: the largest amount is 100 000 000 000 €.
csv-negative = “{ $value }” is negative; only zero or more fits here.
csv-percent = “{ $value }” is not a percentage. Write e.g. 12,5 (0–100, at most two decimals).
csv-date = “{ $value }” is not a date. Write 2026-03-31 or 31.3.2026, with a four-digit year.
csv-yes-no = “{ $value }” is not yes or no.
csv-value = “{ $found }” is not an allowed value. Allowed: { $allowed }.
csv-unknown-party = there is no party “{ $name }” in the plan. Add the party first or correct the name.
csv-unknown-service = there is no service “{ $name }” in the plan. Add the service first or correct the name.
csv-unknown-metric = there is no metric “{ $name }” in the plan. Add the metric first (Metrics) or correct the name.
csv-period = “{ $value }” is not a period. Write a month 2017-08, a quarter 2017-Q3 or a year 2017.
csv-duplicate = “{ $value }” already appears earlier in the file. Remove one of the rows.

csv-count-added = { $count } added
csv-count-updated = { $count } updated
csv-count-unchanged = { $count } unchanged
csv-count-kept = { $count } only in the plan (kept)
csv-count-removed = { $count } removed
csv-note-ignored-column = the column “{ $column }” is not one of the list's, ignored
csv-note-totals = line { $line } is a totals row, skipped
csv-note-encoding = read as { $encoding }
csv-note-ignored-sheet = the sheet “{ $sheet }” is none of the lists, ignored
csv-note-empty = the sheet has no rows, so nothing was changed

csv-read-failed = Cannot read { $path }: { $reason }.
csv-read-not-file = it is not a file
csv-read-too-large = over 64 MiB
csv-export-format = The file name must end in .xlsx, .ods or .csv.
csv-export-needs-kind = A CSV file holds one list: choose it (--kind) or export as xlsx or ods.
csv-export-write = The spreadsheet could not be made: { $error }.

csv-year-range = the year “{ $year }” is not within 1900–2199. Write the year with four digits.
csv-unknown-category = the category “{ $code }” is not in the list of reimbursable costs. Allowed codes: { $codes }.
csv-already-on-line = “{ $what }” is already on line { $first }. Remove one of the lines { $first } and { $line }.
csv-service-differs = the fields of the service “{ $name }” differ from those on line { $first }. Repeat the same values or leave them empty.
csv-actual-two-ways = the actual is given in two ways; fill in either the value or the counts of one way.
csv-unreadable-workbook = the file cannot be read as a spreadsheet ({ $error }). Save it again as xlsx or ods.
csv-no-list-sheet = the workbook has no sheet of a list ({ $sheets }).
csv-unknown-list = the header row does not show which list the file holds. Choose the list (--kind) or correct the headers.
