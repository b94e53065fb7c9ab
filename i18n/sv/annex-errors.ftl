# Swedish: the errors of making the contract annexes (src/annex.rs).

annex-error-font = Typsnittet som följer med programmet kan inte läsas. Installera om Allianssi.
annex-error-render = PDF-filen kunde inte skapas. Försök igen; om felet upprepas, rapportera det.
annex-error-nothing-chosen = Ingen bilaga är vald. Välj minst en bilaga.
annex-error-no-such-annex = Planen har ingen bilaga ”{ $annex }”. Ange bilagans nummer eller all.
annex-error-write = Det går inte att skriva till { $path }: { $reason }. Välj en annan mapp.
