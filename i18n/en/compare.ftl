# English: the texts of comparing and merging plans (src/compare/text.rs).

# The object of a change outside any row.
compare-the-plan = The plan
# A value that is not there.
compare-none = (none)
compare-yes = yes
compare-no = no
# A row without a name.
compare-row = (row)
# A list of rows, by its length.
compare-rows = { $count } rows

# The object kind of the rows of each list (by its name in the file).
compare-kind-parties = Party
compare-kind-services = Service
compare-kind-cells = Matrix cell
compare-kind-phases = Phase
compare-kind-deliverables = Deliverable
compare-kind-decisions = Gate decision
compare-kind-cost-lines = Cost line
compare-kind-metrics = Metric
compare-kind-risks = Risk
compare-kind-baselines = Baseline
compare-kind-measurements = Measurement
compare-kind-costs = Actual cost

# How the fields of the file read (by their names in the file).
compare-field-meta = Details
compare-field-budget = Budget
compare-field-name = name
compare-field-short-name = short name
compare-field-alliance-name = alliance name
compare-field-record-number = record number
compare-field-business-id = business ID
compare-field-kind = kind
compare-field-role = role
compare-field-funding-share = funding share
compare-field-fee = fee
compare-field-contact = contact
compare-field-email = e-mail
compare-field-phone = phone
compare-field-title = title
compare-field-description = description
compare-field-amount = amount
compare-field-category = category
compare-field-year = year
compare-field-party = party
compare-field-owner = owner
compare-field-probability = probability
compare-field-impact = impact
compare-field-status = status
compare-field-mitigation = mitigation
compare-field-cause = cause
compare-field-consequence = consequence
compare-field-due = due
compare-field-review = review
compare-field-start = start
compare-field-end = end
compare-field-notes = notes
compare-field-weight = weight
compare-field-target = target
compare-field-minimum = minimum
compare-field-excellent = excellent
compare-field-value = value
compare-field-target-group = target group
compare-field-status-label = status
compare-field-version = version
compare-field-date = date
compare-field-history = version history
compare-field-author = author
compare-field-changes = changes
compare-field-action-owner = action owner
compare-field-owner-person = owner (person)
compare-field-cost-lines = cost lines
compare-field-risks = risks
compare-field-decisions = gate decisions
compare-field-deliverables = deliverables
compare-field-checklist = checklist
compare-field-votes = ratings
compare-field-next-id = next id
compare-field-followup = Follow-up
compare-field-measurements = measurements
compare-field-costs = actual costs
compare-field-rest-estimate = estimate of the rest
compare-field-periodicity = period
compare-field-actual = actual
compare-field-activation-rate = activation rate
compare-field-unemployed = unemployed
compare-field-in-services = in services
compare-field-promoters = promoters
compare-field-passives = passives
compare-field-detractors = detractors
compare-field-numerator = numerator
compare-field-denominator = denominator
