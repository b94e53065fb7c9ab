# Swedish: the annexes screen (src/i18n/ui/annexes.rs).

ui-annexes-title = Avtalsbilagor
ui-annexes-intro = Välj bilagor, språk, status och version, och skriv ut dem som PDF för underskrift.
ui-annexes-annexes = Bilagor
ui-annexes-all = Alla
ui-annexes-none = Inga
ui-annexes-language = Språk
ui-annexes-status = Status
ui-annexes-version = Version
ui-annexes-version-hint = t.ex. 1.0
ui-annexes-include-closed = Även avslutade risker i riskregistret
ui-annexes-export = Skriv ut PDF…
ui-annexes-exporting = PDF-filen skapas…
ui-annexes-open = Öppna PDF
ui-annexes-nothing-chosen = Välj minst en bilaga.
ui-annexes-cancelled = Ingen fil vald; inget skrevs.
ui-annexes-contents = Flera bilagor skrivs ut som en fil med innehållsförteckning.
ui-annexes-written = Skrev { $path } ({ $kb } kB).
ui-annexes-annex-label = Bilaga { $number }
ui-annexes-cannot-open = Filen { $path } kunde inte öppnas: { $reason }. Öppna den i filhanteraren.
