# Finnish: the file-safety dialogs and banners (src/app/files/dialogs.rs). This catalogue defines the keys.

files-locked-title = Suunnitelma on toisen käytössä
files-stale-title = Suunnitelma jäi lukituksi
files-open-read-only = Avaa vain luettavaksi
files-open-copy = Avaa kopiona
files-take-over = Ota lukitus itselle
files-cancel = Peruuta
files-changed-title = Tiedostoa on muutettu levyllä
files-changed-body = Joku muu tai toinen ohjelma on tallentanut tiedoston sen jälkeen, kun avasit tai tallensit sen. Jos korvaat sen, hänen muutoksensa katoavat. Työsi on tallessa ohjelmassa.
files-overwrite = Korvaa tiedosto
files-save-elsewhere = Tallenna nimellä…
# Who holds the lock, when the lock file cannot be read.
files-holder-someone = joku muu
# Who holds the lock: $when is a date and time.
files-holder = { $user } koneella { $host } (prosessi { $pid }, { $when } alkaen)
files-locked-body-stale = Tiedoston { $file } lukitsi { $who }, mutta sitä ohjelmaa ei enää ole käynnissä (se on ehkä kaatunut). Voit ottaa lukituksen itsellesi ja muokata, avata tiedoston vain luettavaksi tai avata kopion.
files-locked-body = Tiedosto { $file } on auki muokattavana: { $who }. Voit avata sen vain luettavaksi tai avata kopion, jonka tallennat eri nimellä.
files-locked-banner = Vain luku: tiedosto on auki muokattavana ({ $who }). Tallenna muutokset omaan tiedostoon (Tallenna nimellä).
