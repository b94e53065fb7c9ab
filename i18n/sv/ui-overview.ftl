# Swedish: the overview's metadata form (src/i18n/ui/overview.rs).

ui-overview-agreement = Avtal
ui-overview-place = Ort
ui-overview-replaces-version = Ersätter version
ui-overview-client-needs = Kundernas behov
ui-overview-strategic-goals = Strategiska mål
ui-overview-community-goals = Mål på samhällsnivå
ui-overview-individual-goals = Mål på individnivå
ui-overview-one-goal-per-line = Ett mål per rad.
ui-overview-date-placeholder = t.ex. 31.12.2026
ui-overview-bad-date = Datumet duger inte: skriv i formen 31.12.2026 (året med fyra siffror).
ui-overview-figures = Siffror
