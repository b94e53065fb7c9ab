# Swedish: the messages of spreadsheet import and export (src/csvio).

csv-at-sheet = , blad { $sheet }
csv-at-line = , rad { $line }
csv-at-column = , kolumn { $column }
csv-error = { $at }: { $what } Ingenting importerades.
csv-encoding = raden kan inte delas i celler (ett citattecken öppet?). Spara filen i Excel som ”CSV UTF-8” eller xlsx.
csv-empty = filen är tom; första raden ska innehålla rubrikerna.
csv-header = rubrikraden har ingen av listans kolumner. Kolumnerna är: { $expected }
csv-missing-column = kolumnen ”{ $name }” saknas på rubrikraden. Lägg till den (kolumner: { $expected }).
csv-duplicate-column = kolumnen ”{ $name }” finns två gånger på rubrikraden. Ta bort den ena.
csv-column-count = raden har { $found } kolumner, ska ha { $expected }. Avgränsaren är semikolon (;).
csv-missing = värdet saknas; fyll i cellen.
csv-money = ”{ $value }” är inte ett belopp. Skriv t.ex. 1234,50 (högst två decimaler).
csv-number = ”{ $value }” är inte ett tal. Skriv t.ex. 1,5.
csv-whole = ”{ $value }” är inte ett heltal. Skriv t.ex. 3.
csv-too-large = ”{ $value }” är för stort: det största beloppet är 100 000 000 000 €.
csv-negative = ”{ $value }” är negativt; här går bara noll eller mer.
csv-percent = ”{ $value }” är inte en procentsats. Skriv t.ex. 12,5 (0–100, högst två decimaler).
csv-date = ”{ $value }” är inte ett datum. Skriv 2026-03-31 eller 31.3.2026, året med fyra siffror.
csv-yes-no = ”{ $value }” är inte ja eller nej.
csv-value = ”{ $found }” är inte ett tillåtet värde. Tillåtna: { $allowed }.
csv-unknown-party = parten ”{ $name }” finns inte i planen. Lägg först till parten eller rätta namnet.
csv-unknown-service = tjänsten ”{ $name }” finns inte i planen. Lägg först till tjänsten eller rätta namnet.
csv-unknown-metric = mätaren ”{ $name }” finns inte i planen. Lägg först till mätaren (Mätare) eller rätta namnet.
csv-period = ”{ $value }” är ingen period. Skriv en månad 2017-08, ett kvartal 2017-Q3 eller ett år 2017.
csv-duplicate = ”{ $value }” finns redan tidigare i filen. Ta bort den ena raden.

csv-count-added = { $count } tillagda
csv-count-updated = { $count } uppdaterade
csv-count-unchanged = { $count } oförändrade
csv-count-kept = { $count } bara i planen (behålls)
csv-count-removed = { $count } borttagna
csv-note-ignored-column = kolumnen ”{ $column }” hör inte till listan, hoppades över
csv-note-totals = rad { $line } är en summarad, hoppades över
csv-note-encoding = lästes med teckenkodningen { $encoding }
csv-note-ignored-sheet = bladet ”{ $sheet }” är ingen av listorna, hoppades över
csv-note-empty = bladet har inga rader, så ingenting ändrades

csv-read-failed = Filen { $path } kan inte läsas: { $reason }.
csv-read-not-file = det är inte en fil
csv-read-too-large = över 64 MiB
csv-export-format = Filnamnet ska sluta på .xlsx, .ods eller .csv.
csv-export-needs-kind = En CSV-fil rymmer en lista: välj den (--kind) eller exportera som xlsx eller ods.
csv-export-write = Kalkylbladet kunde inte skapas: { $error }.

csv-year-range = året ”{ $year }” ligger inte mellan 1900 och 2199. Skriv året med fyra siffror.
csv-unknown-category = kostnadsslaget ”{ $code }” finns inte i förteckningen över ersättningsgilla kostnader. Tillåtna koder: { $codes }.
csv-already-on-line = ”{ $what }” finns redan på rad { $first }. Ta bort den ena av raderna { $first } och { $line }.
csv-service-differs = tjänsten ”{ $name }” har andra uppgifter än på rad { $first }. Upprepa samma uppgifter eller lämna dem tomma.
csv-actual-two-ways = utfallet är angivet på två sätt; fyll i antingen värdet eller talen för ett beräkningssätt.
csv-unreadable-workbook = filen kan inte läsas som kalkylblad ({ $error }). Spara den på nytt som xlsx eller ods.
csv-no-list-sheet = arbetsboken har inget blad med en lista ({ $sheets }).
csv-unknown-list = rubrikraden visar inte vilken lista filen har. Välj listan (--kind) eller rätta rubrikerna.
