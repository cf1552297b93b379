# A twelfth hand-worded set, written blind: foreign clients of a small French company and the European
# banks, apps and marketplaces it is paid through (each mail in its bank's language or in English).
#   python3 src/test/python/bank-eval/writer.py src/test/resources/eval/bank/fresh11 fresh11-mails.py
P, H = "plain", "html"
U, L = "utf-8", "iso-8859-1"
QP, B64, E8 = "quoted-printable", "base64", "8bit"

mail("fb01-de-sparkasse-kontowecker", "Tue, 01 Dec 2026 08:14:00 +0100", "Sparkasse KölnBonn <kontowecker@sparkasse-koelnbonn.de>",
     "Kontowecker: Umsatz über Ihrer Betragsgrenze",
     [(P, """Sehr geehrte Kundin, sehr geehrter Kunde,

Ihr Kontowecker meldet folgenden Umsatz auf dem Konto DE12 3705 0198 **** **** 47
(Ihre Betragsgrenze: 500,00 €):

Buchungstag:        01.12.2026
Umsatzart:          Gutschrift Überweisung
Betrag:             +1.250,00 €
Auftraggeber:       Müller & Söhne Metallbau GmbH
Verwendungszweck:   Rechnung ACME-2026-118 Kd-Nr 30417
Kontostand neu:     6.311,48 €

Diese Nachricht wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese E-Mail.
Den Kontowecker verwalten Sie im Online-Banking unter Service > Kontowecker.

Sparkasse KölnBonn · Hahnenstraße 57 · 50667 Köln · Anstalt des öffentlichen Rechts
""", U, QP)],
     [c("1250.00", "EUR", "Müller & Söhne Metallbau GmbH", "Rechnung ACME-2026-118 Kd-Nr 30417", "2026-12-01")],
     "de-sparkasse-kontowecker-betragsgrenze")

mail("fb02-at-george-eingang-euro-vorne", "Wed, 02 Dec 2026 10:41:00 +0100", "George by Erste Bank <noreply@george.sparkasse.at>",
     "Neuer Zahlungseingang auf Ihrem Geschäftskonto",
     [(H, """<html><body style="font-family:Inter,Arial,sans-serif;color:#1f2a44">
<p>Guten Tag,</p>
<p>auf Ihrem Geschäftskonto <b>AT61 2011 1829 **** 5302</b> ist ein Zahlungseingang verbucht worden.</p>
<table cellspacing="0" cellpadding="6" style="border:1px solid #d5dbe6">
<tr><td>Betrag</td><td style="font-size:18px"><b>&euro;&nbsp;2.480,00</b></td></tr>
<tr><td>Auftraggeber:in</td><td>Huber Gastronomie KG</td></tr>
<tr><td>Zahlungsreferenz</td><td>RE 2026/0121 Beratung Oktober-November</td></tr>
<tr><td>Valuta</td><td>02.12.2026</td></tr>
</table>
<p style="font-size:11px;color:#6b7385">Verfügbarer Betrag nach Buchung: &euro;&nbsp;9.102,77 &middot; Überziehungsrahmen: &euro;&nbsp;5.000,00</p>
<p style="font-size:11px;color:#6b7385">Erste Bank der oesterreichischen Sparkassen AG, Am Belvedere 1, 1100 Wien. Sie erhalten diese Nachricht, weil Sie Benachrichtigungen in George aktiviert haben.</p>
</body></html>""", U, QP)],
     [c("2480.00", "EUR", "Huber Gastronomie KG", "RE 2026/0121 Beratung Oktober-November", "2026-12-02")],
     "at-george-euro-vorangestellt-zahlungsreferenz")

mail("fb03-ch-de-ubs-gutgeschrieben", "Tue, 01 Dec 2026 16:02:00 +0100", "UBS Switzerland AG <notifications@ubs.com>",
     "UBS: Gutschrift auf Ihrem Konto",
     [(P, """Grüezi

Auf Ihrem Konto CH93 0023 5235 **** **** 0 wurde am 01.12.2026 ein Betrag von 3'640.50 CHF
gutgeschrieben.

Auftraggeber: Brunner Treuhand AG, Bahnhofstrasse 12, 8001 Zürich
Mitteilung:   Honorar Nov. 2026 / Offerte 2026-44

Kontosaldo: 18'277.05 CHF

Freundliche Grüsse
Ihre UBS

Diese Benachrichtigung haben Sie in UBS Digital Banking unter "Benachrichtigungen" abonniert.
""", U, E8)],
     [c("3640.50", "CHF", "Brunner Treuhand AG", "Honorar Nov. 2026 / Offerte 2026-44", "2026-12-01")],
     "ch-de-ubs-betrag-gutgeschrieben-mitteilung")

mail("fb04-ch-fr-postfinance-credits-jour", "Mon, 30 Nov 2026 19:30:00 +0100", "PostFinance <notification@postfinance.ch>",
     "Vos crédits du 30.11.2026",
     [(H, """<html><body style="font-family:Frutiger,Arial">
<p>Bonjour,</p>
<p>Les crédits suivants ont été comptabilisés aujourd'hui sur votre compte privé CH44 0900 0000 1234 5678 9&nbsp;:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#ffcc00"><th>Date</th><th>Expéditeur</th><th>Communication</th><th>Montant</th></tr>
<tr><td>30.11.2026</td><td>Fiduciaire Rochat SA, Lausanne</td><td>Facture 2026-131</td><td align="right">CHF&nbsp;1&nbsp;250.&ndash;</td></tr>
<tr><td>30.11.2026</td><td>Léa Perrin, Vevey</td><td>Atelier du 21 novembre</td><td align="right">CHF&nbsp;380.50</td></tr>
</table>
<p>Solde actuel&nbsp;: CHF&nbsp;12&nbsp;904.35</p>
<p style="font-size:10px">PostFinance SA, Mingerstrasse 20, 3030 Berne. Vous pouvez modifier vos notifications dans e-finance.</p>
</body></html>""", U, B64)],
     [c("1250.00", "CHF", "Fiduciaire Rochat SA", "Facture 2026-131", "2026-11-30"),
      c("380.50", "CHF", "Léa Perrin", "Atelier du 21 novembre", "2026-11-30")],
     "ch-fr-postfinance-table-tiret-montant-rond")

mail("fb05-be-nl-belfius-dagoverzicht", "Tue, 01 Dec 2026 21:05:00 +0100", "Belfius <noreply@belfius.be>",
     "Uw dagoverzicht van 01/12/2026",
     [(H, """<html><body style="font-family:Arial;font-size:13px">
<p>Beste klant,</p>
<p>Hieronder vindt u de verrichtingen van vandaag op uw zichtrekening BE68 0689 **** 7834.</p>
<table cellpadding="4" style="border-collapse:collapse" border="1">
<tr><th>Datum</th><th>Omschrijving</th><th>Bedrag</th></tr>
<tr><td>01/12/2026</td><td>Overschrijving van VAN DAMME BOUW BV<br>BE71 0961 2345 6769<br>Mededeling: +++090/1234/56781+++</td><td align="right">+2.150,00&nbsp;EUR</td></tr>
<tr><td>01/12/2026</td><td>Europese domiciliëring PROXIMUS<br>Ref. schuldeiser 00-114477</td><td align="right">-89,99&nbsp;EUR</td></tr>
<tr><td>01/12/2026</td><td>Instantoverschrijving van Peeters Elke<br>Mededeling: voorschot workshop december</td><td align="right">+450,00&nbsp;EUR</td></tr>
<tr><td>01/12/2026</td><td>Betaling Bancontact AVEVE GENT</td><td align="right">-32,40&nbsp;EUR</td></tr>
<tr><td>01/12/2026</td><td>Overschrijving van STAD LEUVEN<br>Mededeling: factuur 2026/0412</td><td align="right">+1.780,00&nbsp;EUR</td></tr>
</table>
<p>Totaal bijschrijvingen: <b>+4.380,00 EUR</b> &ndash; Totaal afschrijvingen: <b>-122,39 EUR</b><br>
Nieuw saldo: 11.046,12 EUR</p>
<p style="font-size:10px;color:#777">Belfius Bank NV, Karel Rogierplein 11, 1210 Brussel. Deze e-mail werd automatisch verstuurd.</p>
</body></html>""", U, B64)],
     [c("2150.00", "EUR", "VAN DAMME BOUW BV", "+++090/1234/56781+++", "2026-12-01"),
      c("450.00", "EUR", "Peeters Elke", "voorschot workshop december", "2026-12-01"),
      c("1780.00", "EUR", "STAD LEUVEN", "factuur 2026/0412", "2026-12-01")],
     "be-nl-belfius-dagoverzicht-plus-min")

mail("fb06-be-fr-fortis-contrepartie", "Wed, 02 Dec 2026 07:55:00 +0100", "BNP Paribas Fortis <easybanking@bnpparibasfortis.be>",
     "Easy Banking : un paiement a été crédité",
     [(P, """Un paiement a été crédité sur votre compte BE35 0011 **** 9437.

Montant : 3.025,00 EUR
Contrepartie : SPRL ATELIER DUBOIS - BE13 0017 5544 3239
Communication libre : Fact. AC-2026-121 + AC-2026-124
Date d'exécution : le 2 décembre 2026

Easy Banking App - BNP Paribas Fortis SA, Montagne du Parc 3, 1000 Bruxelles.
""", U, QP),
      (H, """<html><body>
<p>Un paiement a été crédité sur votre compte BE35 0011 **** 9437.</p>
<table>
<tr><td>Montant</td><td><strong>3.025,00 EUR</strong></td></tr>
<tr><td>Contrepartie</td><td>SPRL ATELIER DUBOIS - BE13 0017 5544 3239</td></tr>
<tr><td>Communication libre</td><td>Fact. AC-2026-121 + AC-2026-124</td></tr>
<tr><td>Date d'exécution</td><td>le 2 décembre 2026</td></tr>
</table>
<p><small>Easy Banking App - BNP Paribas Fortis SA, Montagne du Parc 3, 1000 Bruxelles.</small></p>
</body></html>""", U, QP)],
     [c("3025.00", "EUR", "SPRL ATELIER DUBOIS", "Fact. AC-2026-121 + AC-2026-124", "2026-12-02")],
     "be-fr-fortis-contrepartie-communication-libre")

mail("fb07-nl-ing-bijgeschreven", "Wed, 02 Dec 2026 13:20:00 +0100", "ING <info@ing.nl>",
     "Er is € 875,00 bijgeschreven op je rekening",
     [(P, """Hoi,

Er is zojuist geld bijgeschreven op je zakelijke rekening NL** INGB **** **12 56.

Bedrag:        € 875,00
Van:           De Vries Architecten B.V.
Omschrijving:  factuur 2026-117 project Haarlem
Datum:         2 december 2026

Bekijk al je bij- en afschrijvingen in de ING Zakelijk App.

Met vriendelijke groet,
ING

Tip: zet een spaardoel op en ontvang 1,50% rente over je zakelijke spaarrekening.
""", U, QP)],
     [c("875.00", "EUR", "De Vries Architecten B.V.", "factuur 2026-117 project Haarlem", "2026-12-02")],
     "nl-ing-bijgeschreven-euro-voor")

mail("fb08-lu-spuerkeess-credit-advice", "Tue, 01 Dec 2026 11:00:00 +0100", "Spuerkeess <advices@spuerkeess.lu>",
     "Credit advice - account LU28 0019 **** 7311",
     [(P, """BANQUE ET CAISSE D'EPARGNE DE L'ETAT, LUXEMBOURG

CREDIT ADVICE

Our reference        : LU26120100443
Account              : LU28 0019 **** **** 7311 (EUR)
Value date           : 01/12/2026
Amount credited      : EUR 4,200.00
Charges              : EUR 0.00
Ordering customer    : KIRCHBERG DIGITAL SARL
                       2 RUE ALPHONSE WEICKER, L-2721 LUXEMBOURG
Remittance information: INV ACME-2026-120 - consulting November

This advice is issued for information purposes only and does not require a signature.
""", L, E8)],
     [c("4200.00", "EUR", "KIRCHBERG DIGITAL SARL", "INV ACME-2026-120 - consulting November", "2026-12-01")],
     "lu-en-credit-advice-ordering-customer")

mail("fb09-es-bbva-frase-ordenante", "Tue, 01 Dec 2026 09:48:00 +0100", "BBVA <avisos@bbva.es>",
     "Has recibido una transferencia",
     [(H, """<html><body style="font-family:Arial;color:#072146">
<p>Hola,</p>
<p>Te informamos de que has recibido una transferencia de <b>DISTRIBUCIONES GARCÍA LÓPEZ S.L.</b> por importe de
<b>1.865,40&nbsp;&euro;</b> en tu cuenta &middot;&middot;&middot;4821 el 1 de diciembre de 2026.</p>
<p>Concepto: Pago factura 2026-119</p>
<p>Saldo disponible: 7.214,09&nbsp;&euro;</p>
<p style="font-size:11px">Banco Bilbao Vizcaya Argentaria, S.A. Plaza de San Nicolás, 4 - 48005 Bilbao. Si no quieres recibir estos avisos, desactívalos en la app BBVA.</p>
</body></html>""", U, QP)],
     [c("1865.40", "EUR", "DISTRIBUCIONES GARCÍA LÓPEZ S.L.", "Pago factura 2026-119", "2026-12-01")],
     "es-bbva-transferencia-frase-por-importe")

mail("fb10-it-intesa-movimenti-disposto-da", "Tue, 01 Dec 2026 22:10:00 +0100", "Intesa Sanpaolo <comunicazioni@intesasanpaolo.com>",
     "Riepilogo movimenti del 01/12/2026",
     [(H, """<html><body style="font-family:Arial;font-size:13px">
<p>Gentile Cliente,</p>
<p>ecco i movimenti contabilizzati oggi sul conto IT60 X054 2811 1010 **** **** 123.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Data contabile</th><th>Data valuta</th><th>Descrizione</th><th>Importo</th></tr>
<tr><td>01/12/2026</td><td>01/12/2026</td><td>Accredito bonifico disposto da ROSSI IMPIANTI SRL - Descrizione: SALDO FATTURA N. 118/2026</td><td align="right">+2.300,00 &euro;</td></tr>
<tr><td>01/12/2026</td><td>30/11/2026</td><td>Addebito SDD TIM SPA - Mandato 8834112</td><td align="right">-49,90 &euro;</td></tr>
<tr><td>01/12/2026</td><td>01/12/2026</td><td>Accredito bonifico istantaneo disposto da Bianchi Marta - Descrizione: Corso 28/11</td><td align="right">+320,00 &euro;</td></tr>
</table>
<p>Saldo contabile: 5.870,25 &euro;</p>
<p style="font-size:10px">Intesa Sanpaolo S.p.A. - Piazza San Carlo 156, 10121 Torino. Messaggio generato automaticamente.</p>
</body></html>""", U, QP)],
     [c("2300.00", "EUR", "ROSSI IMPIANTI SRL", "SALDO FATTURA N. 118/2026", "2026-12-01"),
      c("320.00", "EUR", "Bianchi Marta", "Corso 28/11", "2026-12-01")],
     "it-intesa-accredito-disposto-da-tabella")

mail("fb11-pt-millennium-creditada", "Wed, 02 Dec 2026 08:30:00 +0000", "Millennium bcp <avisos@millenniumbcp.pt>",
     "Aviso de crédito - Transferência SEPA recebida",
     [(P, """Caro(a) Cliente,

Informamos que foi creditada na sua conta n.º 45 ****** 0173 uma transferência SEPA com os seguintes dados:

Data-valor:   02-12-2026
Montante:     1 150,00 €
Ordenante:    FERREIRA & FILHOS, LDA
Descritivo:   FT 2026/126 SERVICOS

Saldo disponível após o movimento: 3 988,41 €

Com os melhores cumprimentos,
Millennium bcp

Banco Comercial Português, S.A. - Sociedade Aberta. Esta mensagem foi gerada automaticamente; por favor não responda.
""", U, B64)],
     [c("1150.00", "EUR", "FERREIRA & FILHOS, LDA", "FT 2026/126 SERVICOS", "2026-12-02")],
     "pt-millennium-creditada-descritivo-data-valor")

mail("fb12-ie-boi-payment-received", "Wed, 02 Dec 2026 12:15:00 +0000", "Bank of Ireland <alerts@boi.com>",
     "You've received a payment",
     [(H, """<html><body style="font-family:Arial;color:#0b2d4f">
<h3>You've received a payment</h3>
<p>A payment has been credited to your Business Current Account ending 6621.</p>
<table cellpadding="5">
<tr><td>Amount</td><td><strong>&euro;1,920.00</strong></td></tr>
<tr><td>From</td><td>O'Sullivan Joinery Ltd</td></tr>
<tr><td>Reference</td><td>INV118 ACME</td></tr>
<tr><td>Date</td><td>02 Dec 2026</td></tr>
</table>
<p>Log in to Bank of Ireland 365 to see your balance.</p>
<p style="font-size:10px">Bank of Ireland is regulated by the Central Bank of Ireland. Business Current Account fees: &euro;4.50 per quarter maintenance fee applies.</p>
</body></html>""", U, QP)],
     [c("1920.00", "EUR", "O'Sullivan Joinery Ltd", "INV118 ACME", "2026-12-02")],
     "ie-boi-credited-comma-grouping-table")

mail("fb13-se-swish-foretag", "Mon, 30 Nov 2026 14:23:00 +0100", "Swish <noreply@swish.nu>",
     "Du har fått en betalning via Swish",
     [(P, """Hej!

Du har fått en betalning till ditt Swish-nummer 123 456 78 90.

Belopp:       SEK 1 250:00
Från:         Anna Lindqvist, 070-123 45 67
Meddelande:   Kurs 14 nov
Datum:        2026-11-30 kl. 14:22

Pengarna finns redan på ditt företagskonto.

Vänliga hälsningar
Swish – Getswish AB
""", U, QP)],
     [c("1250.00", "SEK", "Anna Lindqvist", "Kurs 14 nov", "2026-11-30")],
     "se-swish-foretag-kolon-ore-meddelande")

mail("fb14-dk-mobilepay-modtaget", "Tue, 01 Dec 2026 18:04:00 +0100", "MobilePay <noreply@mobilepay.dk>",
     "Du har modtaget kr 1.640,00",
     [(P, """Du har modtaget en betaling

kr 1.640,00
fra Mikkel Sørensen

Besked: Foredrag 26/11
Dato: 1. december 2026 kl. 18:03

Pengene er sat ind på din konto ****4410.

Venlig hilsen
MobilePay
Vipps MobilePay AS · Betal nemt med din telefon
""", U, QP)],
     [c("1640.00", "DKK", "Mikkel Sørensen", "Foredrag 26/11", "2026-12-01")],
     "dk-mobilepay-kr-foran-fra-besked")

mail("fb15-fi-nordea-saapuneet", "Tue, 01 Dec 2026 20:00:00 +0200", "Nordea <noreply@nordea.fi>",
     "Tilitapahtumat 01.12.2026",
     [(P, """Hei,

tilillesi FI21 1234 5600 0007 85 on kirjattu seuraavat tapahtumat.

SAAPUNEET MAKSUT

Maksaja:       Virtanen Consulting Oy
Summa:         2 400,00 EUR
Viite:         RF18 5390 0754 7034
Kirjauspäivä:  01.12.2026

Maksaja:       LAHDEN KAUPUNKI
Summa:         615,00 EUR
Viesti:        Lasku 2026-122 työpaja
Kirjauspäivä:  01.12.2026

LÄHTENEET MAKSUT

Saaja:         Elisa Oyj
Summa:         -39,90 EUR
Eräpäivä:      01.12.2026

Tilin saldo: 8 750,33 EUR

Ystävällisin terveisin
Nordea
""", L, QP)],
     [c("2400.00", "EUR", "Virtanen Consulting Oy", "RF18 5390 0754 7034", "2026-12-01"),
      c("615.00", "EUR", "LAHDEN KAUPUNKI", "Lasku 2026-122 työpaja", "2026-12-01")],
     "fi-nordea-saapuneet-lahteneet-viite-viesti")

mail("fb16-pl-mbank-uznanie", "Wed, 02 Dec 2026 19:40:00 +0100", "mBank <powiadomienia@mbank.pl>",
     "Powiadomienie o operacjach na rachunku",
     [(H, """<html><body style="font-family:Arial;font-size:13px">
<p>Dzień dobry,</p>
<p>na Twoim rachunku mBiznes konto 12 1140 **** **** **** 9012 zaksięgowano następujące operacje:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Data księgowania</th><th>Typ</th><th>Szczegóły</th><th>Kwota</th></tr>
<tr><td>02.12.2026</td><td>Uznanie</td><td>Nadawca: KOWALSKI SP. Z O.O.<br>Tytuł: FV 2026/11/0087</td><td align="right">1&nbsp;250,00&nbsp;zł</td></tr>
<tr><td>02.12.2026</td><td>Obciążenie</td><td>Odbiorca: ZUS<br>Tytuł: składki 11/2026</td><td align="right">-1&nbsp;773,96&nbsp;zł</td></tr>
<tr><td>02.12.2026</td><td>Uznanie</td><td>Nadawca: Anna Nowak<br>Tytuł: Zaliczka szkolenie styczeń</td><td align="right">4&nbsp;800,00&nbsp;zł</td></tr>
</table>
<p>Saldo po operacjach: 21&nbsp;406,18&nbsp;zł</p>
<p style="font-size:10px">mBank S.A., ul. Prosta 18, 00-850 Warszawa. Wiadomość wygenerowana automatycznie.</p>
</body></html>""", U, B64)],
     [c("1250.00", "PLN", "KOWALSKI SP. Z O.O.", "FV 2026/11/0087", "2026-12-02"),
      c("4800.00", "PLN", "Anna Nowak", "Zaliczka szkolenie styczeń", "2026-12-02")],
     "pl-mbank-uznanie-obciazenie-zl-tabela")

mail("fb17-de-sumup-auszahlungsbericht", "Tue, 01 Dec 2026 07:02:00 +0100", "SumUp <no-reply@sumup.com>",
     "Dein Auszahlungsbericht vom 01.12.2026",
     [(P, """Hallo,

am 01.12.2026 haben wir 1.415,66 € auf dein Konto DE89 **** **** **** 3000 überwiesen.

Kartenzahlungen (38 Transaktionen):   1.440,00 €
Gebühren (1,69 %):                     -24,34 €
Auszahlung:                          1.415,66 €

Verwendungszweck auf deinem Kontoauszug: SUMUP PAYOUT 2026-12-01 P7H3K2QX

Je nach Bank kann die Gutschrift bis zu einem Bankarbeitstag dauern.

Dein SumUp Team
SumUp Payments Limited · Werbung: Hol dir das SumUp Solo Lite für 29 € statt 39 €.
""", U, QP)],
     [c("1415.66", "EUR", "SumUp", "SUMUP PAYOUT 2026-12-01 P7H3K2QX", "2026-12-01")],
     "de-sumup-auszahlungsbericht-gebuehren")

mail("fb18-nl-mollie-betaling-ontvangen", "Wed, 02 Dec 2026 11:07:00 +0100", "Mollie <notifications@mollie.com>",
     "Nieuwe betaling ontvangen: € 349,00",
     [(H, """<html><body style="font-family:-apple-system,Arial">
<p>Goed nieuws! Je hebt een nieuwe betaling ontvangen via iDEAL.</p>
<table cellpadding="4">
<tr><td>Bedrag</td><td><b>&euro;&nbsp;349,00</b></td></tr>
<tr><td>Klant</td><td>J. Bakker</td></tr>
<tr><td>Omschrijving</td><td>Bestelling #10482</td></tr>
<tr><td>Betalings-ID</td><td>tr_WDqYK6vllg</td></tr>
<tr><td>Datum</td><td>2 december 2026 om 11:06</td></tr>
</table>
<p>Het bedrag wordt meegenomen in je volgende uitbetaling.</p>
<p style="font-size:11px;color:#888">Mollie B.V. &middot; Keizersgracht 126 &middot; 1015 CW Amsterdam</p>
</body></html>""", U, QP)],
     [c("349.00", "EUR", "J. Bakker", "Bestelling #10482", "2026-12-02")],
     "nl-mollie-ideal-klant-omschrijving")

mail("fb19-en-klarna-settlement", "Tue, 01 Dec 2026 06:30:00 +0100", "Klarna for Business <settlements@klarna.com>",
     "Your Klarna settlement is paid out",
     [(P, """Hi ACME Conseil,

Klarna Bank AB (publ) has paid out your settlement for 23 Nov - 29 Nov 2026.

Settlement ID:       8f3a21c7-55e0-4d1b
Payout date:         1 December 2026
Paid to:             FR76 **** **** **** **** **** 018

Sales                 EUR 2,412.00
Returns               EUR  -48.00
Fees                  EUR  -47.58
---------------------------------
Payout                EUR 2,316.42

Payment reference:   KLARNA 5530171

Download the full settlement report in the Klarna Merchant Portal.

Klarna Bank AB (publ), Sveavägen 46, 111 34 Stockholm, Sweden
""", U, E8)],
     [c("2316.42", "EUR", "Klarna Bank AB (publ)", "KLARNA 5530171", "2026-12-01")],
     "en-klarna-settlement-returns-fees")

mail("fb20-it-paypal-ti-ha-inviato", "Wed, 02 Dec 2026 16:45:00 +0100", "PayPal <servizio@paypal.it>",
     "Hai ricevuto un pagamento",
     [(H, """<html><body style="font-family:Helvetica,Arial">
<p>Ciao ACME Conseil,</p>
<p><b>Chiara Conti</b> ti ha inviato <b>1.250,00&nbsp;&euro; EUR</b>.</p>
<p>Nota di Chiara Conti:<br><i>&laquo;Traduzione catalogo autunno&raquo;</i></p>
<table cellpadding="3">
<tr><td>Data transazione</td><td>2 dicembre 2026</td></tr>
<tr><td>ID transazione</td><td>6TR41985GS3377204</td></tr>
</table>
<p>Il denaro è disponibile nel tuo conto PayPal.</p>
<p style="font-size:10px">PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Lussemburgo.</p>
</body></html>""", U, QP)],
     [c("1250.00", "EUR", "Chiara Conti", "Traduzione catalogo autunno", "2026-12-02")],
     "it-paypal-ti-ha-inviato-nota-guillemets")

mail("fb21-nl-bol-uitbetalingsspecificatie", "Wed, 02 Dec 2026 09:00:00 +0100", "bol Partnerplatform <partnerservice@bol.com>",
     "Je uitbetalingsspecificatie week 48",
     [(H, """<html><body style="font-family:Arial">
<p>Hallo partner,</p>
<p>Hieronder vind je de specificatie van je uitbetaling over week 48.</p>
<table cellpadding="4" border="0">
<tr><td>Omzet</td><td align="right">&euro; 1.896,00</td></tr>
<tr><td>Commissie</td><td align="right">&euro; -246,48</td></tr>
<tr><td>Retouren</td><td align="right">&euro; -59,95</td></tr>
<tr><td><b>Uitbetaald bedrag</b></td><td align="right"><b>&euro; 1.589,57</b></td></tr>
</table>
<p>Bol.com B.V. heeft dit bedrag op 2 december 2026 overgemaakt naar je rekening FR76 **** 0184, onder vermelding van &lsquo;Uitbetaling bol 4417352&rsquo;.</p>
<p style="font-size:10px">Bol.com B.V., Papendorpseweg 100, 3528 BJ Utrecht. KvK 32116883.</p>
</body></html>""", U, B64)],
     [c("1589.57", "EUR", "Bol.com B.V.", "Uitbetaling bol 4417352", "2026-12-02")],
     "nl-bol-uitbetalingsspecificatie-commissie")

mail("fb22-ch-de-twint-erhalten", "Mon, 30 Nov 2026 20:12:00 +0100", "TWINT <noreply@twint.ch>",
     "Du hast CHF 240.– erhalten",
     [(P, """Hallo

Jonas Meier hat dir CHF 240.– gesendet.

Nachricht: «Danke für den Workshop!»
Datum: 30.11.2026, 20:11

Das Geld wurde deinem Konto gutgeschrieben.

Dein TWINT Team
TWINT AG, Stauffacherstrasse 31, 8004 Zürich
""", U, QP)],
     [c("240.00", "CHF", "Jonas Meier", "Danke für den Workshop!", "2026-11-30")],
     "ch-de-twint-hat-dir-gesendet-nachricht")

mail("fb23-en-wise-weekly-activity", "Mon, 30 Nov 2026 09:00:00 +0000", "Wise <noreply@wise.com>",
     "Your Wise Business activity: 23 – 29 November",
     [(H, """<html><body style="font-family:Inter,Arial;color:#0e0f0c">
<h2>Your week on Wise Business</h2>
<p>Here's what moved in and out of your balances last week.</p>
<h3>Money in</h3>
<table cellpadding="5" border="1" style="border-collapse:collapse">
<tr><th>Date</th><th>From</th><th>Reference</th><th>Amount</th></tr>
<tr><td>24 Nov 2026</td><td>Harper &amp; Lane Ltd</td><td>INV-2026-115</td><td align="right">+ 1,250.00 GBP</td></tr>
<tr><td>26 Nov 2026</td><td>Nordic Pixel ApS</td><td>Invoice 2026-116 design sprint</td><td align="right">+ 9,800.00 DKK</td></tr>
<tr><td>27 Nov 2026</td><td>Kaiser Events GmbH</td><td>RE-2026-114</td><td align="right">+ 2,130.00 EUR</td></tr>
</table>
<h3>Money out</h3>
<table cellpadding="5" border="1" style="border-collapse:collapse">
<tr><td>25 Nov 2026</td><td>Converted GBP to EUR</td><td align="right">&minus; 1,000.00 GBP</td></tr>
<tr><td>28 Nov 2026</td><td>Card payment &middot; Notion Labs</td><td align="right">&minus; 96.00 EUR</td></tr>
</table>
<p>Invite a friend and you could both get a fee-free transfer up to 500 GBP.</p>
<p style="font-size:10px">Wise Europe SA, Rue du Trône 100, 1050 Brussels.</p>
</body></html>""", U, QP)],
     [c("1250.00", "GBP", "Harper & Lane Ltd", "INV-2026-115", "2026-11-24"),
      c("9800.00", "DKK", "Nordic Pixel ApS", "Invoice 2026-116 design sprint", "2026-11-26"),
      c("2130.00", "EUR", "Kaiser Events GmbH", "RE-2026-114", "2026-11-27")],
     "en-wise-weekly-money-in-out-multicurrency")

mail("fb24-it-qonto-bonifico-ricevuto", "Thu, 03 Dec 2026 08:05:00 +0100", "Qonto <notifiche@qonto.com>",
     "Hai ricevuto un bonifico sul conto «Principale»",
     [(P, """Ciao,

hai ricevuto un bonifico sul conto «Principale».

Importo: + 2.750,00 €
Da: Studio Ferri Associati
Causale: Saldo fatt. ACME-2026-123
Data: 3 dicembre 2026

Ricordati di allegare la fattura alla transazione dall'app Qonto.

Il team Qonto
Olinda SAS - Qonto, 18 rue de Navarin, 75009 Parigi
""", U, QP)],
     [c("2750.00", "EUR", "Studio Ferri Associati", "Saldo fatt. ACME-2026-123", "2026-12-03")],
     "it-qonto-bonifico-ricevuto-conto-nominato")

mail("fb25-es-bizum-solicitud-enviada", "Wed, 02 Dec 2026 17:30:00 +0100", "CaixaBank <bizum@caixabank.com>",
     "Bizum: solicitud de dinero enviada",
     [(P, """Hola,

Has enviado una solicitud de dinero por Bizum.

Importe solicitado: 320,00 €
A: Carlos Ruiz Martín
Concepto: Taller 28 noviembre
Estado: Pendiente de aceptación

Te avisaremos cuando Carlos Ruiz Martín acepte la solicitud y recibas el dinero.
Si no la acepta en 7 días, caducará automáticamente.

CaixaBank, S.A.
""", U, QP)],
     [], "distractor-es-bizum-solicitud-enviada-pendiente")

mail("fb26-de-stripe-sepa-ausstehend", "Wed, 02 Dec 2026 10:12:00 +0100", "Stripe <notifications@stripe.com>",
     "Zahlung ausstehend: 1.980,00 € von Becker Logistik GmbH",
     [(H, """<html><body style="font-family:-apple-system,Arial">
<p>Eine SEPA-Lastschriftzahlung wird bearbeitet.</p>
<table cellpadding="4">
<tr><td>Betrag</td><td>1.980,00&nbsp;&euro;</td></tr>
<tr><td>Kunde</td><td>Becker Logistik GmbH</td></tr>
<tr><td>Beschreibung</td><td>Rechnung ACME-2026-125</td></tr>
<tr><td>Status</td><td>Ausstehend</td></tr>
</table>
<p>SEPA-Lastschriften können bis zu 14 Werktage dauern, bis sie als erfolgreich bestätigt werden.
Wir benachrichtigen dich, sobald die Zahlung erfolgreich ist oder fehlschlägt.</p>
<p style="font-size:10px">Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublin 2, Irland.</p>
</body></html>""", U, QP)],
     [], "distractor-de-stripe-sepa-lastschrift-ausstehend")

mail("fb27-de-amazon-auszahlung-geplant", "Thu, 03 Dec 2026 06:00:00 +0100", "Amazon Seller Central <seller-notification@amazon.de>",
     "Ihre nächste Auszahlung ist geplant",
     [(P, """Guten Tag,

Ihre nächste Auszahlung aus dem Verkäuferkonto Amazon.de wurde geplant.

Voraussichtlicher Betrag:    3.412,80 EUR
Geplantes Auszahlungsdatum:  10.12.2026
Abrechnungszeitraum:         26.11.2026 - 10.12.2026

Der endgültige Betrag kann sich durch Erstattungen an Käufer oder Gebühren noch ändern.
Nach der Überweisung kann es 3 bis 5 Werktage dauern, bis das Geld auf Ihrem Bankkonto eingeht.

Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg
""", U, QP)],
     [], "distractor-de-amazon-auszahlung-voraussichtlich-geplant")

mail("fb28-it-n26-addebito-diretto", "Tue, 01 Dec 2026 04:10:00 +0100", "N26 <no-reply@n26.com>",
     "Addebito diretto SEPA eseguito",
     [(P, """Ciao,

abbiamo eseguito un addebito diretto SEPA sul tuo conto N26 Business.

Importo: -59,00 €
Creditore: Adobe Systems Software Ireland Ltd
Riferimento mandato: ADB-2219-7781
Data: 01.12.2026

Se non riconosci questo addebito, puoi richiederne il rimborso entro 8 settimane dall'app.

Il tuo team N26
N26 Bank SE, Voltairestraße 8, 10179 Berlino
""", U, QP)],
     [], "distractor-it-n26-addebito-diretto-rimborso-possibile")

mail("fb29-pt-revolut-pagaste-cartao", "Wed, 02 Dec 2026 13:02:00 +0000", "Revolut Business <no-reply@revolut.com>",
     "Pagaste 125,40 € em Pingo Doce",
     [(P, """Olá,

Pagaste 125,40 € em PINGO DOCE LISBOA com o cartão ••4402.

Data: 2 de dezembro de 2026, 13:01
Saldo disponível: 2.310,55 €

Recebe 1% de cashback em todas as compras com o plano Grow.

Revolut Bank UAB, Konstitucijos ave. 21B, Vilnius, Lituânia
""", U, B64)],
     [], "distractor-pt-revolut-pagaste-cartao")

mail("fb30-nl-bunq-geplande-betaling-mislukt", "Thu, 03 Dec 2026 07:01:00 +0100", "bunq <noreply@bunq.com>",
     "Je geplande betaling is mislukt",
     [(H, """<html><body style="font-family:Arial">
<p>Hoi,</p>
<p>Je geplande betaling van <b>&euro;&nbsp;1.250,00</b> aan <b>Jansen Drukwerk</b> (omschrijving: factuur JD-8812) kon vandaag niet worden uitgevoerd:
onvoldoende saldo op je rekening &lsquo;Zakelijk&rsquo;.</p>
<p>Zorg dat er genoeg geld op je rekening staat, dan proberen we het morgen opnieuw.</p>
<p style="font-size:11px">bunq B.V., Naritaweg 131-133, 1043 BS Amsterdam</p>
</body></html>""", U, QP)],
     [], "distractor-nl-bunq-geplande-betaling-mislukt")

mail("fb31-de-wero-startbonus", "Tue, 01 Dec 2026 12:00:00 +0100", "Wero <news@wero-wallet.eu>",
     "20 € Startbonus: Empfange deine erste Zahlung mit Wero",
     [(H, """<html><body style="font-family:Arial;background:#fff8e1">
<h2>Geld senden und empfangen in Sekunden</h2>
<p>Empfange bis zum 31.12.2026 deine erste Zahlung mit Wero und wir schreiben dir <b>20,00&nbsp;&euro;</b> gut.</p>
<p>So einfach geht's: Handynummer verknüpfen, Geld anfordern, fertig. Überweisungen bis 1.000 € pro Tag sind kostenlos.</p>
<p style="font-size:10px">Teilnahmebedingungen auf wero-wallet.eu. EPI Company SE, Brüssel. Abmelden</p>
</body></html>""", U, QP)],
     [], "distractor-de-wero-startbonus-angebot")

mail("fb32-en-zalando-remittance-advice", "Thu, 03 Dec 2026 08:20:00 +0100", "Zalando Partner Program <partner-finance@zalando.de>",
     "Remittance advice: payment on 15 December 2026",
     [(P, """Dear partner,

Please find below your remittance advice for billing period 16 - 30 November 2026.

Gross sales          EUR 5,140.00
Customer returns     EUR  -612.50
Commission           EUR  -905.55
Amount to be paid    EUR 3,621.95

This amount will be transferred to your account FR76 **** 0184 on 15 December 2026
with the reference ZPP-2026-11B-77123.

Zalando SE, Valeska-Gert-Straße 5, 10243 Berlin
""", U, E8)],
     [], "distractor-en-zalando-remittance-advice-will-be-transferred")
