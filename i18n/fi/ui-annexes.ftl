# Finnish: the annexes screen (src/i18n/ui/annexes.rs). This catalogue defines the keys.

ui-annexes-title = Sopimusliitteet
ui-annexes-intro = Valitse liitteet, kieli, tila ja versio, ja tulosta ne PDF-tiedostoksi allekirjoitettaviksi.
ui-annexes-annexes = Liitteet
ui-annexes-all = Kaikki
ui-annexes-none = Ei mitään
ui-annexes-language = Kieli
ui-annexes-status = Tila
ui-annexes-version = Versio
ui-annexes-version-hint = esim. 1.0
ui-annexes-include-closed = Riskirekisteriin myös suljetut riskit
ui-annexes-export = Tulosta PDF…
ui-annexes-exporting = Muodostetaan PDF-tiedostoa…
ui-annexes-open = Avaa PDF
ui-annexes-nothing-chosen = Valitse vähintään yksi liite.
ui-annexes-cancelled = Tiedostoa ei valittu; mitään ei kirjoitettu.
ui-annexes-contents = Useampi liite tulostuu yhdeksi tiedostoksi sisällysluettelon kanssa.
ui-annexes-written = Kirjoitettiin { $path } ({ $kb } kt).
ui-annexes-annex-label = Liite { $number }
ui-annexes-cannot-open = Tiedostoa { $path } ei voitu avata: { $reason }. Avaa se tiedostonhallinnasta.
