# English: the errors of the commercial model (src/commercial.rs).

commercial-overflow = The amounts are too large to compute exactly. Check the amounts of the plan and of the actuals.
commercial-no-producers = There are amounts for the producers but the plan has no producers. Add the producers or correct the caps.
commercial-no-owners = There are amounts for the owners but the plan has no owners. Add the owners with their funding shares.
commercial-levels-not-ordered = The levels of the metric “{ $name }” are not in order (minimum, target, excellent). Correct the levels.
commercial-negative-actual = The actual cost cannot be negative.
commercial-producers-actual = The producers' actual cost must be between zero and the total actual cost.
commercial-no-budget = The plan has no budget lines, so the forecast has no contract years. Add the target budget's lines.
commercial-bad-amount = “{ $input }” is not an amount in euros. Write euros with at most two decimals, e.g. 1820000 or 1820000.50.
commercial-bad-score = “{ $input }” is not a KRA score. Write a number from −1 to 1 with at most four decimals, e.g. -0.25.
commercial-bad-percent = “{ $input }” is not a percentage. Write a number from 0 to 1000 with at most two decimals, e.g. 92.5.
