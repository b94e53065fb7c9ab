# Swedish: the errors of the commercial model (src/commercial.rs).

commercial-overflow = Beloppen är för stora för att räknas exakt. Kontrollera planens och utfallets belopp.
commercial-no-producers = Det finns belopp för serviceproducenterna, men planen har inga serviceproducenter. Lägg till producenter eller rätta taken.
commercial-no-owners = Det finns belopp för beställarna, men planen har inga beställare. Lägg till beställarna med sina finansieringsandelar.
commercial-levels-not-ordered = Nivåerna för mätaren ”{ $name }” är inte i ordning (miniminivå, mål, utmärkt). Rätta nivåerna.
commercial-negative-actual = Den faktiska kostnaden kan inte vara negativ.
commercial-producers-actual = Serviceproducenternas faktiska kostnad måste ligga mellan noll och hela den faktiska kostnaden.
commercial-no-budget = Planen har inga budgetrader, så prognosen har inga avtalsår. Lägg till målbudgetens rader.
commercial-bad-amount = ”{ $input }” är inte ett belopp i euro. Skriv i euro med högst två decimaler, t.ex. 1820000 eller 1 820 000,50.
commercial-bad-score = ”{ $input }” är inte ett KRA-poängtal. Skriv ett tal mellan −1 och 1 med högst fyra decimaler, t.ex. -0,25.
commercial-bad-percent = ”{ $input }” är inte en procentsats. Skriv ett tal mellan 0 och 1000 med högst två decimaler, t.ex. 92,5.
