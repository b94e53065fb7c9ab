# Finnish: the overview's metadata form (src/i18n/ui/overview.rs). This catalogue defines the keys.

ui-overview-agreement = Sopimus
ui-overview-place = Paikka
ui-overview-replaces-version = Korvaa version
ui-overview-client-needs = Asiakkaiden tarpeet
ui-overview-strategic-goals = Strategiset tavoitteet
ui-overview-community-goals = Yhteisötason tavoitteet
ui-overview-individual-goals = Yksilötason tavoitteet
ui-overview-one-goal-per-line = Yksi tavoite riville.
ui-overview-date-placeholder = esim. 31.12.2026
ui-overview-bad-date = Päivämäärä ei kelpaa: kirjoita muodossa 31.12.2026 (vuosi neljällä numerolla).
ui-overview-figures = Luvut
