# Swedish: the application's own path dialog (src/i18n/ui/paths.rs).

ui-paths-title-open = Öppna en plan
ui-paths-title-save = Spara planen som
ui-paths-title-export = Spara bilagorna i en PDF-fil
ui-paths-title-import-sheet = Importera ett kalkylblad (xlsx, ods eller csv)
ui-paths-title-export-sheet = Exportera som kalkylblad (xlsx, ods eller csv)
ui-paths-title-other-version = Välj en annan version av planen (.ron)
ui-paths-title-base-version = Välj den gemensamma utgångsversionen (.ron)
ui-paths-no-portal = Systemets filväljare är inte tillgänglig (skrivbordets filportal saknas). Skriv filens sökväg; Tab kompletterar.
ui-paths-dialog-failed = Systemets filväljare öppnades inte. Skriv filens sökväg; Tab kompletterar.
ui-paths-path = Filens sökväg
ui-paths-choose = Välj
ui-paths-cancel = Avbryt
ui-paths-is-folder = Sökvägen är en mapp: skriv filens namn efter den.
ui-paths-empty-name = Skriv filens sökväg.
ui-paths-completions = I mappen:
ui-paths-not-found = Filen finns inte: { $path }
ui-paths-no-folder = Mappen finns inte: { $folder }
ui-paths-no-viewer = PDF-filen kunde inte öppnas: systemet har inget program för PDF eller det startade inte. Filen är sparad: { $path }
