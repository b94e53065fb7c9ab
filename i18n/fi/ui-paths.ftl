# Finnish: the application's own path dialog (src/i18n/ui/paths.rs). This catalogue defines the keys.

ui-paths-title-open = Avaa suunnitelma
ui-paths-title-save = Tallenna suunnitelma nimellä
ui-paths-title-export = Tallenna liitteet PDF-tiedostoon
ui-paths-title-import-sheet = Tuo taulukko (xlsx, ods tai csv)
ui-paths-title-export-sheet = Vie taulukoksi (xlsx, ods tai csv)
ui-paths-title-other-version = Valitse suunnitelman toinen versio (.ron)
ui-paths-title-base-version = Valitse yhteinen lähtöversio (.ron)
ui-paths-no-portal = Järjestelmän tiedostovalitsin ei ole käytettävissä (työpöydän tiedostoportaalia ei löydy). Kirjoita tiedoston polku; Tab täydentää.
ui-paths-dialog-failed = Järjestelmän tiedostovalitsin ei auennut. Kirjoita tiedoston polku; Tab täydentää.
ui-paths-path = Tiedoston polku
ui-paths-choose = Valitse
ui-paths-cancel = Peruuta
ui-paths-is-folder = Polku on kansio: kirjoita perään tiedoston nimi.
ui-paths-empty-name = Kirjoita tiedoston polku.
ui-paths-completions = Kansiossa:
ui-paths-not-found = Tiedostoa ei ole: { $path }
ui-paths-no-folder = Kansiota ei ole: { $folder }
ui-paths-no-viewer = PDF-tiedostoa ei voitu avata: järjestelmässä ei ole PDF-katseluohjelmaa tai se ei käynnistynyt. Tiedosto on tallessa: { $path }
