# Swedish: the texts of comparing and merging plans (src/compare/text.rs).

# The object of a change outside any row.
compare-the-plan = Planen
# A value that is not there.
compare-none = (finns inte)
compare-yes = ja
compare-no = nej
# A row without a name.
compare-row = (rad)
# A list of rows, by its length.
compare-rows = { $count } rader

# The object kind of the rows of each list (by its name in the file).
compare-kind-parties = Part
compare-kind-services = Tjänst
compare-kind-cells = Matriscell
compare-kind-phases = Fas
compare-kind-deliverables = Leverans
compare-kind-decisions = Grindbeslut
compare-kind-cost-lines = Kostnadsrad
compare-kind-metrics = Mätare
compare-kind-risks = Risk
compare-kind-baselines = Baslinje
compare-kind-measurements = Mätning
compare-kind-costs = Faktisk kostnad

# How the fields of the file read (by their names in the file).
compare-field-meta = Grunduppgifter
compare-field-budget = Budget
compare-field-name = namn
compare-field-short-name = förkortning
compare-field-alliance-name = alliansens namn
compare-field-record-number = diarienummer
compare-field-business-id = FO-nummer
compare-field-kind = typ
compare-field-role = roll
compare-field-funding-share = finansieringsandel
compare-field-fee = arvode
compare-field-contact = kontaktperson
compare-field-email = e-post
compare-field-phone = telefon
compare-field-title = rubrik
compare-field-description = beskrivning
compare-field-amount = belopp
compare-field-category = kostnadsslag
compare-field-year = år
compare-field-party = part
compare-field-owner = ansvarig part
compare-field-probability = sannolikhet
compare-field-impact = konsekvens
compare-field-status = status
compare-field-mitigation = åtgärder
compare-field-cause = orsak
compare-field-consequence = följd
compare-field-due = tidsfrist
compare-field-review = granskning
compare-field-start = börjar
compare-field-end = slutar
compare-field-notes = anteckningar
compare-field-weight = vikt
compare-field-target = mål
compare-field-minimum = miniminivå
compare-field-excellent = utmärkt
compare-field-value = värde
compare-field-target-group = målgrupp
compare-field-status-label = status
compare-field-version = version
compare-field-date = datum
compare-field-history = versionshistorik
compare-field-author = upprättad av
compare-field-changes = ändringar
compare-field-action-owner = åtgärdsansvarig
compare-field-owner-person = ansvarsperson
compare-field-cost-lines = kostnadsrader
compare-field-risks = risker
compare-field-decisions = grindbeslut
compare-field-deliverables = leveranser
compare-field-checklist = checklista
compare-field-votes = bedömningar
compare-field-next-id = nästa id
compare-field-followup = Uppföljning
compare-field-measurements = mätningar
compare-field-costs = faktiska kostnader
compare-field-rest-estimate = uppskattad restkostnad
compare-field-periodicity = period
compare-field-actual = utfall
compare-field-activation-rate = aktiveringsgrad
compare-field-unemployed = arbetslösa
compare-field-in-services = i tjänster
compare-field-promoters = rekommenderare
compare-field-passives = passiva
compare-field-detractors = kritiker
compare-field-numerator = täljare
compare-field-denominator = nämnare
