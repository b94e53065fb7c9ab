# Swedish: the file-safety dialogs and banners (src/app/files/dialogs.rs).

files-locked-title = Planen används av någon annan
files-stale-title = Planen förblev låst
files-open-read-only = Öppna skrivskyddad
files-open-copy = Öppna som kopia
files-take-over = Ta över låset
files-cancel = Avbryt
files-changed-title = Filen har ändrats på disken
files-changed-body = Någon annan eller ett annat program har sparat filen efter att du öppnade eller sparade den. Om du skriver över den går deras ändringar förlorade. Ditt arbete finns kvar i programmet.
files-overwrite = Skriv över filen
files-save-elsewhere = Spara som…
files-holder-someone = någon annan
files-holder = { $user } på datorn { $host } (process { $pid }, sedan { $when })
files-locked-body-stale = Filen { $file } låstes av { $who }, men det programmet körs inte längre (det har kanske kraschat). Du kan ta över låset och redigera, öppna filen skrivskyddad eller öppna en kopia.
files-locked-body = Filen { $file } är öppen för redigering: { $who }. Du kan öppna den skrivskyddad eller öppna en kopia som du sparar under ett annat namn.
files-locked-banner = Skrivskyddad: filen är öppen för redigering ({ $who }). Spara ändringar i en egen fil (Spara som).
