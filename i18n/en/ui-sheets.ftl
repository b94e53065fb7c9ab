# English: spreadsheet import and export in the window (src/i18n/ui/sheets.rs).

ui-sheets-menu = Spreadsheets
ui-sheets-import-all = Import sheet…
ui-sheets-export-all = Export all…
ui-sheets-import = Import…
ui-sheets-export = Export…
ui-sheets-preview-title = Import a spreadsheet
ui-sheets-reading = Reading the file…
ui-sheets-replace = Remove the plan's rows that the file does not have
ui-sheets-apply = Import
ui-sheets-cancel = Cancel
ui-sheets-nothing-changes = The file does not change the plan.
ui-sheets-failed = The file cannot be imported, and nothing was changed:
ui-sheets-notes = Notes:
ui-sheets-read-only = The plan is read-only; nothing can be imported into it.
ui-sheets-apply-removing = Import and remove { $n } rows
ui-sheets-removal-warning = { $n } rows will be removed from the plan. The import can be undone (Ctrl+Z).
ui-sheets-more = … and { $n } more
ui-sheets-imported = Imported { $file }. { $summary } (Ctrl+Z undoes)
ui-sheets-exported = Wrote { $path }.
ui-sheets-export-failed = Could not write { $path }: { $why }
