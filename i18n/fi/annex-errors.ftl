# Finnish: the errors of making the contract annexes (src/annex.rs).

annex-error-font = Ohjelman mukana tullutta fonttia ei voi lukea. Asenna Allianssi uudelleen.
annex-error-render = PDF-tiedostoa ei voitu muodostaa. Yritä uudelleen; jos virhe toistuu, ilmoita siitä.
annex-error-nothing-chosen = Yhtään liitettä ei ole valittu. Valitse vähintään yksi liite.
annex-error-no-such-annex = Suunnitelmassa ei ole liitettä “{ $annex }”. Anna liitteen numero tai all.
annex-error-write = Tiedostoon { $path } ei voi kirjoittaa: { $reason }. Valitse toinen kansio.
