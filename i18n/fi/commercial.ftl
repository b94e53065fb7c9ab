# Finnish: the errors of the commercial model (src/commercial.rs).

commercial-overflow = Summat ovat liian suuria laskettaviksi tarkasti. Tarkista suunnitelman ja toteuman euromäärät.
commercial-no-producers = Palveluntuottajille kuuluu summia, mutta suunnitelmassa ei ole palveluntuottajia. Lisää tuottajat tai korjaa katot.
commercial-no-owners = Tilaajille kuuluu summia, mutta suunnitelmassa ei ole tilaajia. Lisää tilaajat rahoitusosuuksineen.
commercial-levels-not-ordered = Mittarin “{ $name }” tasot eivät ole järjestyksessä (vähimmäistaso, tavoite, erinomainen). Korjaa tasot.
commercial-negative-actual = Toteutunut kustannus ei voi olla negatiivinen.
commercial-producers-actual = Palveluntuottajien toteutuneen kustannuksen on oltava nollan ja koko toteutuneen kustannuksen välillä.
commercial-no-budget = Suunnitelmassa ei ole budjettirivejä, joten ennusteelle ei ole sopimusvuosia. Lisää tavoitebudjetin rivit.
commercial-bad-amount = “{ $input }” ei ole euromäärä. Kirjoita euroina, enintään kaksi desimaalia, esim. 1820000 tai 1 820 000,50.
commercial-bad-score = “{ $input }” ei ole KRA-pistemäärä. Kirjoita luku väliltä −1…1, enintään neljä desimaalia, esim. -0,25.
commercial-bad-percent = “{ $input }” ei ole prosenttiluku. Kirjoita luku väliltä 0…1000, enintään kaksi desimaalia, esim. 92,5.
