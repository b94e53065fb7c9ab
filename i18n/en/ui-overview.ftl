# English: the overview's metadata form (src/i18n/ui/overview.rs).

ui-overview-agreement = Agreement
ui-overview-place = Place
ui-overview-replaces-version = Replaces version
ui-overview-client-needs = Clients' needs
ui-overview-strategic-goals = Strategic goals
ui-overview-community-goals = Community-level goals
ui-overview-individual-goals = Individual-level goals
ui-overview-one-goal-per-line = One goal per line.
ui-overview-date-placeholder = e.g. 31.12.2026
ui-overview-bad-date = Not a date: write it as 31.12.2026 (a four-digit year).
ui-overview-figures = Figures
