# Swedish: spreadsheet import and export in the window (src/i18n/ui/sheets.rs).

ui-sheets-menu = Kalkylblad
ui-sheets-import-all = Importera blad…
ui-sheets-export-all = Exportera allt…
ui-sheets-import = Importera…
ui-sheets-export = Exportera…
ui-sheets-preview-title = Importera ett kalkylblad
ui-sheets-reading = Läser filen…
ui-sheets-replace = Ta bort rader i planen som inte finns i filen
ui-sheets-apply = Importera
ui-sheets-cancel = Avbryt
ui-sheets-nothing-changes = Filen ändrar inte planen.
ui-sheets-failed = Filen kan inte importeras, och ingenting ändrades:
ui-sheets-notes = Observationer:
ui-sheets-read-only = Planen är skrivskyddad; inget kan importeras till den.
ui-sheets-apply-removing = Importera och ta bort { $n } rader
ui-sheets-removal-warning = { $n } rader tas bort ur planen. Importen kan ångras (Ctrl+Z).
ui-sheets-more = … och { $n } till
ui-sheets-imported = Importerade { $file }. { $summary } (Ctrl+Z ångrar)
ui-sheets-exported = Skrev { $path }.
ui-sheets-export-failed = Det gick inte att skriva till { $path }: { $why }
