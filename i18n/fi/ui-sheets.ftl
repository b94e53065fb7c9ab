# Finnish: spreadsheet import and export in the window (src/i18n/ui/sheets.rs). This catalogue defines the keys.

ui-sheets-menu = Taulukot
ui-sheets-import-all = Tuo taulukko…
ui-sheets-export-all = Vie taulukoksi…
ui-sheets-import = Tuo…
ui-sheets-export = Vie…
ui-sheets-preview-title = Tuo taulukko
ui-sheets-reading = Luetaan tiedostoa…
ui-sheets-replace = Poista suunnitelmasta rivit, joita tiedostossa ei ole
ui-sheets-apply = Tuo
ui-sheets-cancel = Peruuta
ui-sheets-nothing-changes = Tiedosto ei muuta suunnitelmaa.
ui-sheets-failed = Tiedostoa ei voi tuoda, eikä mitään muutettu:
ui-sheets-notes = Huomioita:
ui-sheets-read-only = Suunnitelma on vain luettavissa; siihen ei voi tuoda.
ui-sheets-apply-removing = Tuo ja poista { $n } riviä
ui-sheets-removal-warning = { $n } riviä poistetaan suunnitelmasta. Tuonnin voi perua (Ctrl+Z).
ui-sheets-more = … ja { $n } muuta
ui-sheets-imported = Tuotiin { $file }. { $summary } (Ctrl+Z peruu)
ui-sheets-exported = Kirjoitettiin { $path }.
ui-sheets-export-failed = Tiedostoon { $path } ei voitu kirjoittaa: { $why }
