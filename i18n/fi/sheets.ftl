# Finnish: the messages of spreadsheet import and export (src/csvio). This catalogue defines the keys.

# Where an import error is: pieces after the file name, each beginning with a comma.
csv-at-sheet = , taulukko { $sheet }
csv-at-line = , rivi { $line }
csv-at-column = , sarake { $column }
# The whole error: where, what and that nothing was imported.
csv-error = { $at }: { $what } Mitään ei tuotu.
csv-encoding = rivi ei jakaudu soluiksi (lainausmerkki jää auki?). Tallenna tiedosto Excelissä muodossa “CSV UTF-8” tai xlsx.
csv-empty = tiedosto on tyhjä; ensimmäisellä rivillä pitää olla otsikot.
csv-header = otsikkorivillä ei ole yhtään tämän luettelon saraketta. Sarakkeet ovat: { $expected }
csv-missing-column = sarake “{ $name }” puuttuu otsikkoriviltä. Lisää se (sarakkeet: { $expected }).
csv-duplicate-column = sarake “{ $name }” on otsikkorivillä kahdesti. Poista toinen.
csv-column-count = rivillä on { $found } saraketta, pitää olla { $expected }. Erottimena on puolipiste (;).
csv-missing = arvo puuttuu; täytä solu.
csv-money = “{ $value }” ei ole rahamäärä. Kirjoita esim. 1234,50 (enintään kaksi desimaalia).
csv-number = “{ $value }” ei ole luku. Kirjoita esim. 1,5.
csv-whole = “{ $value }” ei ole kokonaisluku. Kirjoita esim. 3.
csv-too-large = “{ $value }” on liian suuri: suurin rahamäärä on 100 000 000 000 €.
csv-negative = “{ $value }” on negatiivinen; tähän käy vain nolla tai enemmän.
csv-percent = “{ $value }” ei ole prosentti. Kirjoita esim. 12,5 (0–100, enintään kaksi desimaalia).
csv-date = “{ $value }” ei ole päivämäärä. Kirjoita 2026-03-31 tai 31.3.2026, vuosi neljällä numerolla.
csv-yes-no = “{ $value }” ei ole kyllä tai ei.
csv-value = “{ $found }” ei ole sallittu arvo. Sallitut: { $allowed }.
csv-unknown-party = osapuolta “{ $name }” ei ole suunnitelmassa. Lisää osapuoli ensin tai korjaa nimi.
csv-unknown-service = palvelua “{ $name }” ei ole suunnitelmassa. Lisää palvelu ensin tai korjaa nimi.
csv-unknown-metric = mittaria “{ $name }” ei ole suunnitelmassa. Lisää mittari ensin (Mittarit) tai korjaa nimi.
csv-period = “{ $value }” ei ole jakso. Kirjoita kuukausi 2017-08, vuosineljännes 2017-Q3 tai vuosi 2017.
csv-duplicate = “{ $value }” on tiedostossa jo aiemmin. Poista toinen riveistä.

# What an import did to one list (joined with ", ").
csv-count-added = { $count } lisätty
csv-count-updated = { $count } päivitetty
csv-count-unchanged = { $count } ennallaan
csv-count-kept = { $count } vain suunnitelmassa (säilytetty)
csv-count-removed = { $count } poistettu
# Notes of an import.
csv-note-ignored-column = sarake “{ $column }” ei kuulu luetteloon, ohitettiin
csv-note-totals = rivi { $line } on summarivi, ohitettiin
csv-note-encoding = luettiin merkistönä { $encoding }
csv-note-ignored-sheet = taulukko “{ $sheet }” ei ole mikään luetteloista, ohitettiin
csv-note-empty = taulukossa ei ole rivejä, joten mitään ei muutettu

# Reading a file.
csv-read-failed = Tiedostoa { $path } ei voi lukea: { $reason }.
csv-read-not-file = se ei ole tiedosto
csv-read-too-large = yli 64 MiB
# Exporting.
csv-export-format = Tiedoston nimen pitää päättyä .xlsx, .ods tai .csv.
csv-export-needs-kind = CSV-tiedostoon mahtuu yksi luettelo: valitse se (--kind) tai vie xlsx- tai ods-muodossa.
csv-export-write = Taulukkoa ei voitu muodostaa: { $error }.

# Errors of particular lists and files (the sentence of csv-error's { $what }).
csv-year-range = vuosi “{ $year }” ei ole väliltä 1900–2199. Kirjoita vuosi neljällä numerolla.
csv-unknown-category = kustannuslajia “{ $code }” ei ole korvattavien kustannusten luettelossa. Sallitut koodit: { $codes }.
csv-already-on-line = “{ $what }” on jo rivillä { $first }. Poista toinen riveistä { $first } ja { $line }.
csv-service-differs = palvelun “{ $name }” tiedot poikkeavat rivin { $first } tiedoista. Toista samat tiedot tai jätä ne tyhjiksi.
csv-actual-two-ways = toteuma on annettu kahdella tavalla; täytä joko arvo tai yhden laskutavan luvut.
csv-unreadable-workbook = tiedostoa ei voi lukea taulukkona ({ $error }). Tallenna se uudelleen muodossa xlsx tai ods.
csv-no-list-sheet = työkirjassa ei ole yhtään luettelon taulukkoa ({ $sheets }).
csv-unknown-list = otsikkorivistä ei selviä, mikä luettelo tiedostossa on. Valitse luettelo (--kind) tai korjaa otsikot.
