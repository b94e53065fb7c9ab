# Swedish: the texts of the command line (src/cli.rs, src/cli/, src/main.rs, src/template.rs).

# The descriptions of the built-in templates (src/template.rs).
cli-template-tampere-startup = Historiskt fall 2018–2022 (utkastet till tillväxttjänstlag, aldrig i kraft): landskapet, fyra kommuner och deras rådgivningsbolag, en upphandlad rådgivningsproducent och servicesedlar
cli-template-etela-pohjanmaa = Historiskt fall 2018–2022 (utkastet till tillväxttjänstlag, aldrig i kraft): Seinäjoki, TE-byrån, NTM-centralen, Sedu, FPA och två producenter – var och ens tjänster och resurser (€, årsverken)
cli-template-tyollisyysalue = Allians för ett sysselsättningsområde (i dag): ansvarskommunen, grannkommuner, välfärdsområdet, livskraftscentralen, FPA, yrkesinstitutet, en företags- och en organisationsproducent

# The window without a display (src/main.rs).
cli-no-display = Allianssi: fönstret kan inte öppnas eftersom det inte finns någon skärm (DISPLAY och WAYLAND_DISPLAY saknas). Kommandoraden fungerar utan skärm: se `allianssi --help` (t.ex. `allianssi check PLAN.ron`).

# The command line (src/cli.rs).
cli-no-such-template = Mallen ”{ $name }” finns inte. Mallar: { $templates }.
cli-created = Skapade { $path } från mallen { $name }.
cli-check-summary = { $name }: { $errors } fel, { $warnings } varningar.
cli-check-newer = Filen är gjord med en nyare version av Allianssi; den öppnas skrivskyddad.
cli-severity-error = fel
cli-severity-warning = varning
cli-file-exists = Filen { $path } finns redan; den skrivs inte över. Ange ett nytt filnamn.

# allianssi diff and merge (src/cli/compare.rs).
cli-diff-added = tillagd
cli-diff-removed = borttagen
cli-merge-invalid = Versionerna kan inte slås ihop till en giltig plan
cli-merge-conflict = Konflikt
cli-merge-broke = Sammanslagningen bröt
cli-merge-undecided = { $count } konflikter: inget skrevs. Välj --ours eller --theirs, eller slå ihop i fönstret.
cli-merged = Sammanslaget: { $path } ({ $count } konflikter avgjorda av valet).
cli-diff-same = Planerna är likadana.
cli-diff-changes = { $count } ändringar.
# The three sides of a merge conflict.
cli-merge-base = bas
cli-merge-ours = vår
cli-merge-theirs = deras

# import-sheet, export-sheet, import-csv and export-csv (src/cli/csv.rs).
cli-import-newer = { $path } är gjord med en nyare version och ändras inte.
cli-import-dry-run = Provkörning: planen ändrades inte.
cli-import-up-to-date = { $path } är redan aktuell; ingenting ändrades.
cli-imported = Importerade { $name } till { $path }.
cli-cannot-write = Det går inte att skriva till { $path }: { $error }. Välj en annan mapp.
cli-wrote = Skrev { $path }.
# A note of an import; $place is empty or the sheet and a colon.
cli-import-note = Obs. { $place }{ $note }.

# install-desktop (src/cli/desktop.rs).
cli-desktop-no-home = Användarens datamapp hittas inte: ange HOME eller XDG_DATA_HOME.
cli-desktop-program-path = Programmets sökväg
cli-desktop-refreshed = uppdaterad
cli-desktop-not-refreshed = inte installerad eller misslyckades; skrivbordet läser filerna senast vid nästa inloggning
cli-desktop-installed = Installerades { $count } filer ({ $folder }):
cli-desktop-removed = Togs bort { $count } filer ({ $folder }):

# export (src/cli/export.rs).
cli-export-bad-date = ”{ $input }” är inte ett datum. Skriv i formen ÅÅÅÅ-MM-DD, t.ex. 2026-11-22.
cli-wrote-size = Skrev { $path } ({ $kilobytes } kB).

# kpi and forecast (src/cli/followup.rs): labels.
cli-followup-period = Period
cli-followup-alliance = Alliansen
cli-followup-summed = * beräknat ur områdenas summerade tal
cli-followup-no-measurements = inga mätningar
cli-followup-forecast = avräkningsprognos
cli-followup-as-of = Läge per
cli-followup-span = Budgetår
cli-followup-latest = Senast rapporterade period
cli-followup-months = Månader gått / totalt
cli-followup-to-date = Utfall hittills
cli-followup-of-producers = {"  "}varav serviceproducenterna
cli-followup-run-rate = Prognos i nuvarande takt
cli-followup-estimate = Prognos med uppskattad restkostnad
cli-followup-rest = Restkostnad
cli-followup-no-costs = Inga faktiska kostnader har rapporterats till detta datum; en prognos i nuvarande takt kan inte beräknas.
cli-followup-no-estimate = Ingen uppskattning av restkostnaden har angetts (uppföljningsvyn eller --rest).

# kpi and forecast (src/cli/followup.rs).
cli-followup-bad-as-of = ”{ $input }” är varken ett datum eller en period. Skriv t.ex. 2027-09-30, 30.9.2027 eller 2027-Q3.

# generate (src/cli/generate.rs).
cli-generate-out-of-range = { $flag } { $value }: talet ska vara { $min }–{ $max }.
cli-generated = Skapade { $path }: { $parties } parter, { $services } tjänster, { $risks } risker, { $lines } kostnadsrader.

# report (src/cli/report.rs).
cli-report-bad-period = ”{ $input }” är ingen period. Skriv en månad 2027-08, ett kvartal 2027-Q3 eller ett år 2027.

# settle (src/cli/settle.rs): labels.
cli-settle-base = Kostnadskalkyl
cli-settle-reserve = Riskreserv
cli-settle-target = Målkostnad (TAK)
cli-settle-fee-inside = Arvodet ingår i målkostnaden
cli-settle-fee = Arvode
cli-settle-ceiling = Kostnadsmål och arvode
cli-settle-gain-share = Producenternas andel av underskridandet
cli-settle-pain-share = Producenternas andel av överskridandet
cli-settle-gain-cap = Tak för vinstandelen
cli-settle-pain-cap = Tak för förlustandelen
cli-settle-no-cap = inget tak
cli-settle-combined = Gemensamt tak (förlustandel och KRA-avdrag)
cli-settle-on = tillämpas
cli-settle-off = tillämpas inte
cli-settle-pool = KRA-incitamentpott
cli-settle-actual = Faktisk kostnad (AC)
cli-settle-of-producers = varav serviceproducenterna
cli-settle-estimate = uppskattad i kalkylens proportion
cli-settle-underrun = Underskridande
cli-settle-overrun = Överskridande
cli-settle-prod-gain = Producenternas vinstandel
cli-settle-owner-gain = Beställarnas vinstandel
cli-settle-prod-pain = Producenternas förlustandel
cli-settle-owner-pain = Beställarnas förlustandel
cli-settle-not-measured = inte mätt
cli-settle-score = KRA-poäng S
cli-settle-given = angiven
cli-settle-kra-raw = KRA före det gemensamma taket
cli-settle-kra-eff = KRA-incitament
cli-settle-producers-total = Till producenterna totalt
cli-settle-owners-outlay = Beställarnas totala utgift
cli-settle-saving = Besparing mot mål och arvode
cli-settle-party = Part
cli-settle-gain = Vinstandel
cli-settle-pain = Förlustandel
cli-settle-kra = KRA
cli-settle-total = Totalt
cli-settle-net = Netto
cli-settle-target-share = Andel av målet
cli-settle-party-net = netto
cli-settle-total-note = Netto = vinstandel − förlustandel + KRA (beställarens KRA är dess andel av det beställarna betalar, negativ); parternas netto totalt = underskridande − överskridande. Producentens totalt = arvode + netto utöver de ersatta kostnaderna; beställarens totalt är hela dess betalning = andel av kostnadsmålet + andel av arvodet − netto.

# settle (src/cli/settle.rs).
cli-settle-plan-has-errors = Obs: planen innehåller fel (se allianssi check); beloppen är ändå beräknade.
cli-settle-title = avräkning av utfallet
cli-settle-scenarios-title = scenarier
cli-settle-no-scenarios = Planen har inga scenarier.
cli-settle-actual-percent = Faktisk kostnad, % av kostnadsmålet
