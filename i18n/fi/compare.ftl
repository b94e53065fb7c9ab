# Finnish: the texts of comparing and merging plans (src/compare/text.rs). This catalogue defines the keys.

# The object of a change outside any row.
compare-the-plan = Suunnitelma
# A value that is not there.
compare-none = (ei ole)
compare-yes = kyllä
compare-no = ei
# A row without a name.
compare-row = (rivi)
# A list of rows, by its length.
compare-rows = { $count } riviä

# The object kind of the rows of each list (by its name in the file).
compare-kind-parties = Osapuoli
compare-kind-services = Palvelu
compare-kind-cells = Matriisin solu
compare-kind-phases = Vaihe
compare-kind-deliverables = Tuotos
compare-kind-decisions = Porttipäätös
compare-kind-cost-lines = Kustannusrivi
compare-kind-metrics = Mittari
compare-kind-risks = Riski
compare-kind-baselines = Perustaso
compare-kind-measurements = Mittaus
compare-kind-costs = Toteutunut kustannus

# How the fields of the file read (by their names in the file).
compare-field-meta = Perustiedot
compare-field-budget = Budjetti
compare-field-name = nimi
compare-field-short-name = lyhenne
compare-field-alliance-name = allianssin nimi
compare-field-record-number = diaarinumero
compare-field-business-id = Y-tunnus
compare-field-kind = laji
compare-field-role = rooli
compare-field-funding-share = rahoitusosuus
compare-field-fee = palkkio
compare-field-contact = yhteyshenkilö
compare-field-email = sähköposti
compare-field-phone = puhelin
compare-field-title = otsikko
compare-field-description = kuvaus
compare-field-amount = summa
compare-field-category = kustannuslaji
compare-field-year = vuosi
compare-field-party = osapuoli
compare-field-owner = vastuutaho
compare-field-probability = todennäköisyys
compare-field-impact = vaikutus
compare-field-status = tila
compare-field-mitigation = toimenpiteet
compare-field-cause = syy
compare-field-consequence = seuraus
compare-field-due = määräaika
compare-field-review = tarkistus
compare-field-start = alkaa
compare-field-end = päättyy
compare-field-notes = muistiinpanot
compare-field-weight = paino
compare-field-target = tavoite
compare-field-minimum = vähimmäistaso
compare-field-excellent = erinomainen
compare-field-value = arvo
compare-field-target-group = kohderyhmä
compare-field-status-label = tila
compare-field-version = versio
compare-field-date = päivämäärä
compare-field-history = versiohistoria
compare-field-author = laatija
compare-field-changes = muutokset
compare-field-action-owner = toimenpiteen vastuuhenkilö
compare-field-owner-person = vastuuhenkilö
compare-field-cost-lines = kustannusrivit
compare-field-risks = riskit
compare-field-decisions = porttipäätökset
compare-field-deliverables = tuotokset
compare-field-checklist = tarkistuslista
compare-field-votes = arviot
compare-field-next-id = seuraava tunnus
compare-field-followup = Seuranta
compare-field-measurements = mittaukset
compare-field-costs = toteutuneet kustannukset
compare-field-rest-estimate = arvio loppukustannuksesta
compare-field-periodicity = jakso
compare-field-actual = toteuma
compare-field-activation-rate = aktivointiaste
compare-field-unemployed = työttömät
compare-field-in-services = palveluissa
compare-field-promoters = suosittelijat
compare-field-passives = passiiviset
compare-field-detractors = arvostelijat
compare-field-numerator = osoittaja
compare-field-denominator = nimittäjä
