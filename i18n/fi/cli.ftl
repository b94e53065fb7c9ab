# Finnish: the texts of the command line (src/cli.rs, src/cli/, src/main.rs, src/template.rs).

# The descriptions of the built-in templates (src/template.rs).
cli-template-tampere-startup = Historiallinen tapaus 2018–2022 (kasvupalvelulakiluonnos, ei voimassa): maakunta, neljä kuntaa ja niiden yritysneuvontayhtiö, tarjouskilpailulla valittu neuvontatuottaja ja palvelusetelit
cli-template-etela-pohjanmaa = Historiallinen tapaus 2018–2022 (kasvupalvelulakiluonnos, ei voimassa): Seinäjoki, TE-toimisto, ELY-keskus, Sedu, Kela ja kaksi tuottajaa – kunkin palvelut ja resurssit (€, htv)
cli-template-tyollisyysalue = Työllisyysalueen allianssi (nykytila): vastuukunta, naapurikunnat, hyvinvointialue, elinvoimakeskus, Kela, ammattiopisto, yritys- ja järjestötuottaja

# The window without a display (src/main.rs).
cli-no-display = Allianssi: ikkunaa ei voi avata, koska näyttöä ei ole (DISPLAY ja WAYLAND_DISPLAY puuttuvat). Komentorivi toimii ilman näyttöä: katso `allianssi --help` (esim. `allianssi check SUUNNITELMA.ron`).

# The command line (src/cli.rs).
cli-no-such-template = Mallia “{ $name }” ei ole. Mallit: { $templates }.
cli-created = Luotiin { $path } mallista { $name }.
cli-check-summary = { $name }: { $errors } virhettä, { $warnings } varoitusta.
cli-check-newer = Tiedosto on tehty Allianssin uudemmalla versiolla; se avataan vain luettavaksi.
cli-severity-error = virhe
cli-severity-warning = varoitus
cli-file-exists = Tiedosto { $path } on jo olemassa; sitä ei korvata. Anna uusi tiedostonimi.

# allianssi diff and merge (src/cli/compare.rs).
cli-diff-added = lisätty
cli-diff-removed = poistettu
cli-merge-invalid = Versioita ei voi yhdistää kelvolliseksi suunnitelmaksi
cli-merge-conflict = Ristiriita
cli-merge-broke = Yhdistäminen rikkoi
cli-merge-undecided = { $count } ristiriitaa: mitään ei kirjoitettu. Valitse --ours tai --theirs, tai yhdistä ikkunassa.
cli-merged = Yhdistettiin: { $path } ({ $count } ristiriitaa ratkaistu valinnalla).
cli-diff-same = Suunnitelmat ovat samat.
cli-diff-changes = { $count } muutosta.
# The three sides of a merge conflict.
cli-merge-base = pohja
cli-merge-ours = meidän
cli-merge-theirs = heidän

# import-sheet, export-sheet, import-csv and export-csv (src/cli/csv.rs).
cli-import-newer = { $path } on tehty uudemmalla versiolla, eikä sitä muuteta.
cli-import-dry-run = Kokeilu: suunnitelmaa ei muutettu.
cli-import-up-to-date = { $path } on jo ajan tasalla; mitään ei muutettu.
cli-imported = Tuotiin { $name } tiedostoon { $path }.
cli-cannot-write = Tiedostoon { $path } ei voi kirjoittaa: { $error }. Valitse toinen kansio.
cli-wrote = Kirjoitettiin { $path }.
# A note of an import; $place is empty or the sheet and a colon.
cli-import-note = Huom. { $place }{ $note }.

# install-desktop (src/cli/desktop.rs).
cli-desktop-no-home = Käyttäjän datakansiota ei löydy: aseta HOME tai XDG_DATA_HOME.
cli-desktop-program-path = Ohjelman polku
cli-desktop-refreshed = päivitetty
cli-desktop-not-refreshed = ei asennettu tai ei onnistunut; työpöytä lukee tiedostot viimeistään seuraavalla kirjautumisella
cli-desktop-installed = Asennettiin { $count } tiedostoa ({ $folder }):
cli-desktop-removed = Poistettiin { $count } tiedostoa ({ $folder }):

# export (src/cli/export.rs).
cli-export-bad-date = “{ $input }” ei ole päivämäärä. Kirjoita muodossa VVVV-KK-PP, esim. 2026-11-22.
cli-wrote-size = Kirjoitettiin { $path } ({ $kilobytes } kt).

# kpi and forecast (src/cli/followup.rs): labels.
cli-followup-period = Jakso
cli-followup-alliance = Allianssi
cli-followup-summed = * laskettu alueiden yhteenlasketuista luvuista
cli-followup-no-measurements = ei mittauksia
cli-followup-forecast = tilitysennuste
cli-followup-as-of = Tilanne
cli-followup-span = Budjettivuodet
cli-followup-latest = Viimeisin raportoitu jakso
cli-followup-months = Kuukausia kulunut / yhteensä
cli-followup-to-date = Toteutunut tähän mennessä
cli-followup-of-producers = {"  "}josta palveluntuottajat
cli-followup-run-rate = Ennuste nykyvauhdilla
cli-followup-estimate = Ennuste arvioidulla loppukustannuksella
cli-followup-rest = Loppukustannus
cli-followup-no-costs = Toteutuneita kustannuksia ei ole raportoitu tähän päivään mennessä; nykyvauhtiin perustuvaa ennustetta ei voi laskea.
cli-followup-no-estimate = Loppukustannuksen arviota ei ole annettu (seurantanäkymä tai --rest).

# kpi and forecast (src/cli/followup.rs).
cli-followup-bad-as-of = “{ $input }” ei ole päivämäärä eikä jakso. Kirjoita esim. 2027-09-30, 30.9.2027 tai 2027-Q3.

# generate (src/cli/generate.rs).
cli-generate-out-of-range = { $flag } { $value }: luvun pitää olla { $min }–{ $max }.
cli-generated = Luotiin { $path }: { $parties } osapuolta, { $services } palvelua, { $risks } riskiä, { $lines } kustannusriviä.

# report (src/cli/report.rs).
cli-report-bad-period = “{ $input }” ei ole jakso. Kirjoita kuukausi 2027-08, vuosineljännes 2027-Q3 tai vuosi 2027.

# settle (src/cli/settle.rs): labels.
cli-settle-base = Kustannusarvio
cli-settle-reserve = Riskivaraus
cli-settle-target = Tavoitekustannus (TAK)
cli-settle-fee-inside = Palkkio sisältyy tavoitekustannukseen
cli-settle-fee = Palkkio
cli-settle-ceiling = Kustannustavoite ja palkkio
cli-settle-gain-share = Tuottajien osuus alituksesta
cli-settle-pain-share = Tuottajien osuus ylityksestä
cli-settle-gain-cap = Alitusosuuden katto
cli-settle-pain-cap = Ylitysosuuden katto
cli-settle-no-cap = ei kattoa
cli-settle-combined = Yhteiskatto (ylitysosuus ja KRA-sanktio)
cli-settle-on = käytössä
cli-settle-off = ei käytössä
cli-settle-pool = KRA-kannustinpotti
cli-settle-actual = Toteutunut kustannus (AC)
cli-settle-of-producers = josta palveluntuottajat
cli-settle-estimate = arvio kustannusarvion suhteessa
cli-settle-underrun = Alitus
cli-settle-overrun = Ylitys
cli-settle-prod-gain = Tuottajien alitusosuus
cli-settle-owner-gain = Tilaajien alitusosuus
cli-settle-prod-pain = Tuottajien ylitysosuus
cli-settle-owner-pain = Tilaajien ylitysosuus
cli-settle-not-measured = ei mitattu
cli-settle-score = KRA-pisteet S
cli-settle-given = annettu
cli-settle-kra-raw = KRA ennen yhteiskattoa
cli-settle-kra-eff = KRA-kannustin
cli-settle-producers-total = Tuottajille yhteensä
cli-settle-owners-outlay = Tilaajien kokonaismeno
cli-settle-saving = Säästö suhteessa tavoitteeseen ja palkkioon
cli-settle-party = Osapuoli
cli-settle-gain = Alitusosuus
cli-settle-pain = Ylitysosuus
cli-settle-kra = KRA
cli-settle-total = Yhteensä
cli-settle-net = Netto
cli-settle-target-share = Osuus tavoitteesta
cli-settle-party-net = netto
cli-settle-total-note = Netto = alitusosuus − ylitysosuus + KRA (tilaajan KRA on sen osuus tilaajien maksamasta, miinusmerkkinen); osapuolten netot yhteensä = alitus − ylitys. Tuottajan yhteensä = palkkio + netto korvattujen kustannusten lisäksi; tilaajan yhteensä on sen koko maksu = osuus tavoitekustannuksesta + osuus palkkiosta − netto.

# settle (src/cli/settle.rs).
cli-settle-plan-has-errors = Huom: suunnitelmassa on virheitä (katso allianssi check); luvut on laskettu niistä huolimatta.
cli-settle-title = toteutuman tilitys
cli-settle-scenarios-title = skenaariot
cli-settle-no-scenarios = Suunnitelmassa ei ole skenaarioita.
cli-settle-actual-percent = Toteutunut kustannus, % kustannustavoitteesta
