# An eighth hand-worded set, written blind (no look at the reader's code): foreign banks and payment apps
# (UK, IE, US, CA, IN, AU, DE/AT/CH, NL/BE, ES, IT) as a small French company with foreign clients receives them.
#   python3 src/test/python/bank-eval/writer.py src/test/resources/eval/bank/fresh7 fresh7-mails.py
P, H = "plain", "html"
U, L = "utf-8", "iso-8859-1"
QP, B64, E8 = "quoted-printable", "base64", "8bit"

mail("e701-en-wise-received-gbp", "Mon, 15 Feb 2027 08:14:00 +0000", "Wise <noreply@wise.com>",
     "You've received 1,250.00 GBP",
     [(P, """Hi Acme Conseil,

Harbour Lane Studio Ltd sent you 1,250.00 GBP.

It's now in your GBP balance.

Reference: HLS-PO-7781 / ACME INV 2027-031
Received: 15 February 2027

Want to convert it? Today's rate: 1 GBP = 1.1842 EUR. Our fee to convert 1,250.00 GBP would be 4.87 GBP.

The Wise Team
Wise Europe SA, Rue du Trône 100, 1050 Brussels.
""", U, QP),
      (H, """<html><body style="font-family:Inter,Arial,sans-serif">
<p>Hi Acme Conseil,</p>
<p><strong>Harbour Lane Studio Ltd</strong> sent you <strong>1,250.00&nbsp;GBP</strong>.</p>
<p>It's now in your GBP balance.</p>
<table><tr><td style="color:#6b7280">Reference</td><td>HLS-PO-7781 / ACME INV 2027-031</td></tr>
<tr><td style="color:#6b7280">Received</td><td>15 February 2027</td></tr></table>
<p>Want to convert it? Today's rate: 1 GBP = 1.1842 EUR. Our fee to convert 1,250.00 GBP would be 4.87 GBP.</p>
<p>The Wise Team<br><small>Wise Europe SA, Rue du Tr&ocirc;ne 100, 1050 Brussels.</small></p>
</body></html>""", U, QP)],
     [c("1250.00", "GBP", "Harbour Lane Studio Ltd", "HLS-PO-7781 / ACME INV 2027-031", "2027-02-15")], "en-sent-you-balance")

mail("e702-en-revolut-business-received", "Mon, 15 Feb 2027 10:02:00 +0100", "Revolut Business <no-reply@revolut.com>",
     "Money received: €3,400.00",
     [(H, """<html><body>
<div style="font-size:22px;font-weight:600">+&euro;3,400.00</div>
<div style="color:#75808a">EUR &middot; Main account</div>
<hr>
<table width="100%">
<tr><td>From</td><td align="right">Van Dijk Consultancy B.V.</td></tr>
<tr><td>Account</td><td align="right">NL91 ABNA 0417 1643 00</td></tr>
<tr><td>Reference</td><td align="right">Factuur 2027-004 Acme</td></tr>
<tr><td>Date</td><td align="right">15 Feb 2027, 09:58</td></tr>
<tr><td>Method</td><td align="right">SEPA Instant</td></tr>
</table>
<p style="color:#75808a;font-size:12px">Upgrade to Grow and get 10 free international transfers a month (worth up to &euro;50).<br>
Revolut Bank UAB, Konstitucijos ave. 21B, Vilnius, Lithuania.</p>
</body></html>""", U, B64)],
     [c("3400.00", "EUR", "Van Dijk Consultancy B.V.", "Factuur 2027-004 Acme", "2027-02-15")], "en-signed-header-table")

mail("e703-en-monzo-business-paid", "Mon, 15 Feb 2027 13:41:00 +0000", "Monzo Business <hello@monzo.com>",
     "Kettle & Fern Ltd paid you £480.00",
     [(P, """Kettle & Fern Ltd paid you £480.00 💸

"INV 2027-014 brand workshop"

It landed in your Monzo Business account at 13:40 today.
Your balance is now £6,912.44.

Tip: turn on Tax Pots to put aside 20% of every payment automatically.
Monzo Bank Limited is authorised by the Prudential Regulation Authority.
""", U, QP)],
     [c("480.00", "GBP", "Kettle & Fern Ltd", "INV 2027-014 brand workshop", "2027-02-15")], "en-paid-you-quoted-ref")

mail("e704-en-hsbc-uk-credit-advice", "Tue, 16 Feb 2027 06:05:00 +0000", "HSBC UK <alerts@notification.hsbc.co.uk>",
     "Account alert - credit received",
     [(P, """Dear Customer

Credit received on your account ending 4471

Amount:        £2,035.60
Type:          FASTER PAYMENT
Payee details: ORCHARD LEGAL LLP
Payee ref:     ACME-0219 FEB
Date:          15/02/2027

Available balance after this transaction: £11,420.07

If you don't recognise this transaction please call us on 03457 404 404.
HSBC UK Bank plc. Registered in England and Wales number 09928412.
""", L, QP)],
     [c("2035.60", "GBP", "ORCHARD LEGAL LLP", "ACME-0219 FEB", "2027-02-15")], "en-payee-details-latin1")

mail("e705-en-barclays-daily-money-in-out", "Tue, 16 Feb 2027 07:00:00 +0000", "Barclays <noreply@alerts.barclays.co.uk>",
     "Your daily transactions for BUSINESS PREMIUM 20-45-77 ****3190",
     [(H, """<html><body style="font-family:Arial">
<p>Here are yesterday's transactions (15 February 2027).</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>Description</th><th>Money in</th><th>Money out</th></tr>
<tr><td>BANK GIRO CREDIT NORTHGATE RETAIL LTD REF INV031</td><td>&pound;3,600.00</td><td></td></tr>
<tr><td>DIRECT DEBIT HMRC VAT</td><td></td><td>&pound;1,214.00</td></tr>
<tr><td>FASTER PAYMENTS RECEIPT FROM J PATEL REF BLUEWATER APPS</td><td>&pound;875.25</td><td></td></tr>
</table>
<p>Balance at end of day: &pound;9,310.18</p>
<p style="font-size:11px">Barclays Bank UK PLC. Authorised by the Prudential Regulation Authority.</p>
</body></html>""", U, QP)],
     [c("3600.00", "GBP", "NORTHGATE RETAIL LTD", "INV031", "2027-02-15"),
      c("875.25", "GBP", "J PATEL", "BLUEWATER APPS", "2027-02-15")], "en-money-in-out-columns")

mail("e706-en-chase-incoming-wire", "Tue, 16 Feb 2027 15:22:00 -0500", "Chase <no.reply.alerts@chase.com>",
     "You have an incoming wire transfer",
     [(P, """Chase for Business

You have an incoming wire transfer of $12,500.00 to your account ending in 8842.

Originator: REDWOOD PEAK SOFTWARE INC
Originator to beneficiary info: ACME CONSEIL INV-2027-022 MILESTONE 2
Posted date: 02/16/2027

A $15.00 incoming wire fee may apply. See your deposit account agreement.

Securely access your accounts at chase.com.
JPMorgan Chase Bank, N.A. Member FDIC
""", U, E8)],
     [c("12500.00", "USD", "REDWOOD PEAK SOFTWARE INC", "ACME CONSEIL INV-2027-022 MILESTONE 2", "2027-02-16")], "en-us-wire-originator")

mail("e707-en-mercury-daily-digest", "Wed, 17 Feb 2027 08:00:00 -0800", "Mercury <hello@mercury.com>",
     "Your Mercury daily digest — Feb 16",
     [(P, """Acme Conseil · Checking ••6621

Money in — $6,310.00
  Brightline Analytics Inc.   +$4,820.00   ACH   memo: ACME Jan retainer
  Oakridge Labs LLC           +$1,490.00   Wire  memo: INV 2027-027

Money out — $212.40
  Figma                       −$212.40     Card

Ending balance: $18,744.91

Mercury is a financial technology company, not a bank. Banking services provided by Choice Financial Group and Evolve Bank & Trust, Members FDIC.
""", U, QP),
      (H, """<html><body>
<p>Acme Conseil &middot; Checking &bull;&bull;6621</p>
<h3>Money in &mdash; $6,310.00</h3>
<table>
<tr><td>Brightline Analytics Inc.</td><td>+$4,820.00</td><td>ACH</td><td>memo: ACME Jan retainer</td></tr>
<tr><td>Oakridge Labs LLC</td><td>+$1,490.00</td><td>Wire</td><td>memo: INV 2027-027</td></tr>
</table>
<h3>Money out &mdash; $212.40</h3>
<table><tr><td>Figma</td><td>&minus;$212.40</td><td>Card</td><td></td></tr></table>
<p>Ending balance: $18,744.91</p>
<p style="font-size:11px">Mercury is a financial technology company, not a bank. Banking services provided by Choice Financial Group and Evolve Bank &amp; Trust, Members FDIC.</p>
</body></html>""", U, QP)],
     [c("4820.00", "USD", "Brightline Analytics Inc.", "ACME Jan retainer", "2027-02-16"),
      c("1490.00", "USD", "Oakridge Labs LLC", "INV 2027-027", "2027-02-16")], "en-digest-money-in-total")

mail("e708-en-payoneer-payment-received", "Wed, 17 Feb 2027 11:30:00 +0000", "Payoneer <payments@payoneer.com>",
     "You've received a payment from Lumen Stack Pte. Ltd.",
     [(H, """<html><body style="font-family:Helvetica">
<p>Hello Acme Conseil,</p>
<p>Good news! Your payment from <b>Lumen Stack Pte. Ltd.</b> has arrived in your Payoneer account.</p>
<table>
<tr><td>Amount received:</td><td>USD 1,980.00</td></tr>
<tr><td>Description:</td><td>Consulting services January - PO 55-091</td></tr>
<tr><td>Date:</td><td>February 17, 2027</td></tr>
</table>
<p>Withdraw to your local bank account in EUR for a fee of up to 2% (USD 39.60 on this payment).</p>
<p>Payoneer Europe Limited is authorised by the Central Bank of Ireland.</p>
</body></html>""", U, QP)],
     [c("1980.00", "USD", "Lumen Stack Pte. Ltd.", "Consulting services January - PO 55-091", "2027-02-17")], "en-payment-has-arrived-from")

mail("e709-en-deel-invoice-paid", "Wed, 17 Feb 2027 16:45:00 +0000", "Deel <notifications@deel.com>",
     "Northwind Labs paid your invoice",
     [(P, """Hi Camille,

Northwind Labs has paid invoice #DL-448213 for your contract "Data platform audit".

Amount paid: 7,200.00 USD
Paid on: Feb 17, 2027

The funds are now in your Deel balance. Withdrawals to your bank usually take 1-3 business days.

Your next invoice of 7,200.00 USD will be generated on Mar 1, 2027.

— The Deel Team
""", U, E8)],
     [c("7200.00", "USD", "Northwind Labs", "DL-448213", "2027-02-17")], "en-contractor-invoice-paid")

mail("e710-en-airwallex-deposit-aud", "Thu, 18 Feb 2027 09:10:00 +1100", "Airwallex <noreply@airwallex.com>",
     "Deposit received: AUD 6,200.00",
     [(H, """<html><body>
<h2>You've received a deposit</h2>
<p>A deposit has been credited to your AUD Global Account.</p>
<table cellpadding="6">
<tr><td>Amount</td><td><strong>6,200.00 AUD</strong></td></tr>
<tr><td>Payer name</td><td>KOALA DIGITAL PTY LTD</td></tr>
<tr><td>Payer reference</td><td>ACME2027-033</td></tr>
<tr><td>Received on</td><td>18 Feb 2027</td></tr>
</table>
<p>Refer a friend and you'll both get AUD 100 off FX fees.</p>
<p style="font-size:11px">Airwallex Pty Ltd (ABN 31 610 245 434) holds an Australian Financial Services Licence.</p>
</body></html>""", U, B64)],
     [c("6200.00", "AUD", "KOALA DIGITAL PTY LTD", "ACME2027-033", "2027-02-18")], "en-deposit-credited-global-account")

mail("e711-nl-bunq-twee-betalingen", "Thu, 18 Feb 2027 19:00:00 +0100", "bunq <noreply@bunq.com>",
     "Je hebt vandaag 2 betalingen ontvangen",
     [(P, """Hoi Acme Conseil,

Er is vandaag geld binnengekomen op je rekening "Zakelijk":

+ € 750,00  van J. de Vries
  Omschrijving: voorschot fotoshoot 12 maart

+ € 1.125,50  van Studio Noordlicht V.O.F.
  Omschrijving: factuur 2027-0036

Je saldo is nu € 5.418,22.

Stel een Automatisch Sparen-regel in en zet elke maand € 100 apart.
bunq B.V., Naritaweg 131-133, Amsterdam. Onder toezicht van De Nederlandsche Bank.
""", U, QP)],
     [c("750.00", "EUR", "J. de Vries", "voorschot fotoshoot 12 maart", "2027-02-18"),
      c("1125.50", "EUR", "Studio Noordlicht V.O.F.", "factuur 2027-0036", "2027-02-18")], "nl-plus-van-omschrijving")

mail("e712-nl-ing-bijschrijving", "Fri, 19 Feb 2027 07:45:00 +0100", "ING Zakelijk <noreply@ing.nl>",
     "Bijschrijving ontvangen",
     [(H, """<html><body style="font-family:Arial">
<p>Beste klant,</p>
<p>Er is een bijschrijving op uw zakelijke rekening NL20 INGB 0001 2345 67 verwerkt.</p>
<table cellpadding="3">
<tr><td>Bedrag</td><td>&euro;&nbsp;2.640,00</td></tr>
<tr><td>Naam tegenrekening</td><td>Hollands Glorie Events B.V.</td></tr>
<tr><td>Tegenrekening</td><td>NL44 RABO 0123 4567 89</td></tr>
<tr><td>Omschrijving</td><td>Fact. ACME-2027-029 event Utrecht</td></tr>
<tr><td>Boekdatum</td><td>18-02-2027</td></tr>
</table>
<p>Met vriendelijke groet,<br>ING</p>
<p style="font-size:10px">ING Bank N.V., Bijlmerdreef 106, Amsterdam. Klik nooit op links in e-mails om in te loggen.</p>
</body></html>""", U, QP)],
     [c("2640.00", "EUR", "Hollands Glorie Events B.V.", "Fact. ACME-2027-029 event Utrecht", "2027-02-18")], "nl-naam-tegenrekening")

mail("e713-be-kbc-gestructureerde-mededeling", "Fri, 19 Feb 2027 09:20:00 +0100", "KBC Business <kbc-touch@kbc.be>",
     "KBC: er werd geld op uw rekening gestort",
     [(P, """Geachte klant,

Op 19 februari 2027 werd EUR 1.845,00 op uw rekening BE68 7340 1234 5634 gestort.

Van: Brouwerij De Kroon BV
Mededeling: +++090/1234/56789+++

Uw nieuwe saldo bedraagt EUR 7.902,65.

Met vriendelijke groeten,
Uw KBC-team
KBC Bank NV, Havenlaan 2, 1080 Brussel - RPR Brussel - BTW BE 0462.920.226
""", L, QP)],
     [c("1845.00", "EUR", "Brouwerij De Kroon BV", "+++090/1234/56789+++", "2027-02-19")], "be-nl-gestort-mededeling")

mail("e714-de-commerzbank-gutschrift", "Fri, 19 Feb 2027 11:05:00 +0100", "Commerzbank <kontoalarm@commerzbank.de>",
     "Kontoalarm: Gutschrift auf Ihrem Geschäftskonto",
     [(P, """Sehr geehrte Damen und Herren,

auf Ihrem Konto DE89 3704 0044 0532 0130 00 wurde folgende Gutschrift gebucht:

Betrag:            4.750,00 EUR
Auftraggeber:      Fischer & Lang Ingenieurgesellschaft mbH
Verwendungszweck:  RE 2027-025 Beratung Jan. 2027
Buchungstag:       19.02.2027
Wertstellung:      19.02.2027

Kontostand nach Buchung: 21.306,88 EUR

Mit freundlichen Grüßen
Ihre Commerzbank AG
Diese E-Mail wurde automatisch erstellt.
""", U, B64)],
     [c("4750.00", "EUR", "Fischer & Lang Ingenieurgesellschaft mbH", "RE 2027-025 Beratung Jan. 2027", "2027-02-19")], "de-auftraggeber-base64")

mail("e715-de-sparkasse-umsatzuebersicht", "Sat, 20 Feb 2027 06:30:00 +0100", "Sparkasse KölnBonn <service@sparkasse-koelnbonn.de>",
     "Ihre Umsätze vom 19.02.2027",
     [(P, """Guten Tag,

für Ihr Konto ***4410 wurden gestern folgende Umsätze gebucht:

19.02.  GUTSCHR. UEBERW.  Weber Haustechnik GmbH     RE-2027-018             +   980,00 EUR
19.02.  LASTSCHRIFT       Telekom Deutschland GmbH   Kd-Nr 55120047          -    64,95 EUR
19.02.  GUTSCHR. UEBERW.  Anna Schäfer               Workshop Februar        +   320,00 EUR
19.02.  ECHTZEIT-GUTSCHR. Rheinblick Verlag KG       Honorar Artikel 4/27    + 1.400,00 EUR

Neuer Kontostand: 8.117,32 EUR

Ihre Sparkasse KölnBonn
Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
""", L, QP)],
     [c("980.00", "EUR", "Weber Haustechnik GmbH", "RE-2027-018", "2027-02-19"),
      c("320.00", "EUR", "Anna Schäfer", "Workshop Februar", "2027-02-19"),
      c("1400.00", "EUR", "Rheinblick Verlag KG", "Honorar Artikel 4/27", "2027-02-19")], "de-umsatzliste-sign-right")

mail("e716-at-raiffeisen-eingang", "Mon, 22 Feb 2027 08:12:00 +0100", "Raiffeisen ELBA <info@elba.raiffeisen.at>",
     "Zahlungseingang auf Ihrem Konto",
     [(H, """<html><body style="font-family:Verdana;font-size:13px">
<p>Grüß Gott,</p>
<p>auf Ihrem Konto AT61 3200 0000 1234 5678 ist am <b>22. Februar 2027</b> ein Betrag von <b>EUR&nbsp;1.230,00</b> eingegangen.</p>
<p>Zahlungspflichtiger: Alpenhof Tourismus GmbH<br>
Zahlungsreferenz: 2027-AC-0041</p>
<p>Jetzt neu: Mit dem Raiffeisen Bonusprogramm sichern Sie sich bis zu EUR 75,- Startguthaben.</p>
<p style="font-size:10px">Raiffeisenlandesbank Niederösterreich-Wien AG, F.-W.-Raiffeisen-Platz 1, 1020 Wien</p>
</body></html>""", U, QP)],
     [c("1230.00", "EUR", "Alpenhof Tourismus GmbH", "2027-AC-0041", "2027-02-22")], "at-zahlungspflichtiger")

mail("e717-ch-ubs-gutschrift-chf", "Mon, 22 Feb 2027 10:30:00 +0100", "UBS <no-reply@ubs.com>",
     "UBS Benachrichtigung: Gutschrift CHF 8'450.00",
     [(P, """Grüezi

Wir haben Ihrem Konto 0230-00123456.01 folgenden Betrag gutgeschrieben:

CHF 8'450.00
Valuta 22.02.2027

Auftraggeber: Zürcher Kantonal Immobilien AG, Bahnhofstrasse 12, 8001 Zürich
Mitteilung: Rechnung ACME-CH-2027-002

Freundliche Grüsse
UBS Switzerland AG
""", U, QP)],
     [c("8450.00", "CHF", "Zürcher Kantonal Immobilien AG", "Rechnung ACME-CH-2027-002", "2027-02-22")], "ch-apostrophe-valuta")

mail("e718-es-caixabank-transferencia", "Mon, 22 Feb 2027 12:00:00 +0100", "CaixaBank <avisos@caixabank.com>",
     "Has recibido una transferencia",
     [(H, """<html><body style="font-family:Arial">
<p>Hola, ACME CONSEIL SARL:</p>
<p>Te informamos de que has recibido una transferencia en tu cuenta ES91 2100 0418 4502 0005 1332.</p>
<table>
<tr><td>Importe:</td><td><strong>2.350,00 &euro;</strong></td></tr>
<tr><td>Ordenante:</td><td>DISTRIBUCIONES LEVANTE SL</td></tr>
<tr><td>Concepto:</td><td>FRA 2027/031 ASESORIA</td></tr>
<tr><td>Fecha valor:</td><td>22/02/2027</td></tr>
</table>
<p>Con la tarjeta MyCard consigue hasta 50 &euro; de descuento en tus compras.</p>
<p style="font-size:10px">CaixaBank, S.A. C/ Pintor Sorolla, 2-4, 46002 Valencia.</p>
</body></html>""", L, QP)],
     [c("2350.00", "EUR", "DISTRIBUCIONES LEVANTE SL", "FRA 2027/031 ASESORIA", "2027-02-22")], "es-ordenante-concepto")

mail("e719-es-bbva-bizum-recibido", "Mon, 22 Feb 2027 21:14:00 +0100", "BBVA <bbva@info.bbva.es>",
     "Has recibido un Bizum",
     [(P, """¡Hola!

MARIA LOPEZ GARCIA te ha enviado un Bizum de 45,00 € con el concepto "Taller acuarela 20 feb".

El dinero ya está en tu cuenta ···7712.

BBVA. Creando Oportunidades.
""", U, QP)],
     [c("45.00", "EUR", "MARIA LOPEZ GARCIA", "Taller acuarela 20 feb", "2027-02-22")], "es-bizum-te-ha-enviado")

mail("e720-it-intesa-bonifico-in-entrata", "Tue, 23 Feb 2027 08:40:00 +0100", "Intesa Sanpaolo <notifiche@intesasanpaolo.com>",
     "Bonifico in entrata",
     [(H, """<html><body style="font-family:Arial">
<p>Gentile Cliente,</p>
<p>ti informiamo che in data <b>22 febbraio 2027</b> è stato accreditato sul tuo conto un bonifico di <b>1.980,00 EUR</b>.</p>
<table>
<tr><td>Ordinante</td><td>STUDIO TECNICO BIANCHI &amp; C. S.A.S.</td></tr>
<tr><td>Causale</td><td>SALDO FATTURA N. 14/2027</td></tr>
<tr><td>CRO</td><td>0306912345678901</td></tr>
</table>
<p>Scopri XME Conto: canone gratuito per i primi 12 mesi (risparmio fino a 120,00 EUR).</p>
<p style="font-size:10px">Intesa Sanpaolo S.p.A. - Sede legale Piazza San Carlo 156, 10121 Torino.</p>
</body></html>""", U, B64)],
     [c("1980.00", "EUR", "STUDIO TECNICO BIANCHI & C. S.A.S.", "SALDO FATTURA N. 14/2027", "2027-02-22")], "it-ordinante-causale")

mail("e721-it-unicredit-movimenti", "Tue, 23 Feb 2027 07:00:00 +0100", "UniCredit <notifiche@unicredit.it>",
     "I movimenti del tuo conto",
     [(P, """Gentile cliente,

ecco i movimenti registrati ieri, 22/02/2027, sul conto IT60 X054 2811 1010 0000 0123 456:

ACCREDITO BONIFICO  DA: FERRARI DESIGN SRL  CAUSALE: FT 11/2027           € 3.200,00
ADDEBITO SDD        ENEL ENERGIA SPA                                  -€   148,70
ACCREDITO BONIFICO  DA: ROSSI MARCO  CAUSALE: ACCONTO CORSO MARZO     €   250,00
BONIFICO ISTANTANEO IN ENTRATA  DA: LAGO VERDE HOTEL SRL  CAUSALE: PREVENTIVO 2027-07 SALDO   € 1.760,00

Saldo contabile: € 12.044,19

UniCredit S.p.A. - Piazza Gae Aulenti 3, Milano.
""", U, QP)],
     [c("3200.00", "EUR", "FERRARI DESIGN SRL", "FT 11/2027", "2027-02-22"),
      c("250.00", "EUR", "ROSSI MARCO", "ACCONTO CORSO MARZO", "2027-02-22"),
      c("1760.00", "EUR", "LAGO VERDE HOTEL SRL", "PREVENTIVO 2027-07 SALDO", "2027-02-22")], "it-movimenti-da-causale")

mail("e722-ca-interac-autodeposit", "Tue, 23 Feb 2027 14:02:00 -0500", "INTERAC e-Transfer <notify@payments.interac.ca>",
     "INTERAC e-Transfer: NORTHERN PINE DESIGN sent you money.",
     [(P, """Hi ACME CONSEIL,

NORTHERN PINE DESIGN sent you $1,275.00 (CAD) and the money has been automatically deposited into your bank account at Royal Bank of Canada.

Message: Invoice 2027-035 - logo refresh

Reference Number: CAxK7pQ2
Sent on: February 23, 2027

This is a secure transaction from Interac Corp.
""", U, E8)],
     [c("1275.00", "CAD", "NORTHERN PINE DESIGN", "Invoice 2027-035 - logo refresh", "2027-02-23")], "ca-etransfer-autodeposit")

mail("e723-in-hdfc-neft-credit", "Wed, 24 Feb 2027 10:48:00 +0530", "HDFC Bank InstaAlerts <alerts@hdfcbank.net>",
     "Account update for your HDFC Bank A/c",
     [(P, """Dear Customer,

INR 1,25,000.00 has been credited to your A/c **7781 on 24-02-27 by NEFT.
Sender: ZENITH SOFTLABS PVT LTD
Remarks: ACME INV 2027-030
UTR No: HDFCN52027055123456

Available balance: INR 3,48,210.55

Not you? Call 18002586161 to report.
Warm Regards,
HDFC Bank
""", U, E8)],
     [c("125000.00", "INR", "ZENITH SOFTLABS PVT LTD", "ACME INV 2027-030", "2027-02-24")], "in-lakh-grouping-neft")

mail("e724-us-zelle-bofa-business", "Wed, 24 Feb 2027 17:25:00 -0500", "Bank of America <onlinebanking@ealerts.bankofamerica.com>",
     "Jordan Whitaker sent you $600.00",
     [(H, """<html><body style="font-family:Arial">
<p>Jordan Whitaker sent you <strong>$600.00</strong> with Zelle&reg;.</p>
<p>Memo: Deposit - Paris offsite planning</p>
<p>The money is available in your Business Advantage account ending in 0913.<br>Date: 02/24/2027</p>
<p style="font-size:11px">Bank of America, N.A. Member FDIC. Zelle and the Zelle related marks are wholly owned by Early Warning Services, LLC.</p>
</body></html>""", U, QP)],
     [c("600.00", "USD", "Jordan Whitaker", "Deposit - Paris offsite planning", "2027-02-24")], "us-zelle-memo")

# Distractors: no credit to record.
mail("e725-en-upwork-payment-pending", "Thu, 25 Feb 2027 09:00:00 +0000", "Upwork <donotreply@upwork.com>",
     "A payment of $1,200.00 is pending",
     [(P, """Hi Camille,

Great news - your client Sunbeam Media LLC released a milestone payment of $1,200.00 for "Brand guidelines v2".

This payment is pending and will be available in your Upwork balance on Mar 4, 2027, after the 5-day security period.
Once it is available you can withdraw it to your bank account.

Upwork service fee: $120.00 (10%)

Thanks,
The Upwork Team
""", U, E8)],
     [], "distractor-en-pending-security-period")

mail("e726-en-shopify-payout-scheduled", "Thu, 25 Feb 2027 12:00:00 -0500", "Shopify <mailer@shopify.com>",
     "Your payout of CA$3,214.56 is scheduled",
     [(H, """<html><body style="font-family:-apple-system,Arial">
<h2>Payout scheduled</h2>
<p>A payout of <strong>CA$3,214.56</strong> is scheduled to be sent to your bank account ending in 4420.</p>
<table>
<tr><td>Expected deposit date</td><td>March 1, 2027</td></tr>
<tr><td>Orders</td><td>41</td></tr>
<tr><td>Fees</td><td>&minus;CA$112.38</td></tr>
</table>
<p>You will receive the funds within 1-3 business days of the expected date, depending on your bank.</p>
<p style="font-size:11px">Shopify Inc., 151 O'Connor Street, Ottawa, Ontario, Canada</p>
</body></html>""", U, QP)],
     [], "distractor-en-payout-scheduled-cad")

mail("e727-en-square-transfer-failed", "Thu, 25 Feb 2027 18:30:00 -0800", "Square <noreply@messaging.squareup.com>",
     "Your transfer of $1,042.10 could not be completed",
     [(P, """Your transfer of $1,042.10 to your bank account ending in 3307 was returned by your bank.

Reason: Account closed (R02)

The funds have been returned to your Square balance. Update your linked bank account so we can send your next transfer.

Square, Inc. 1955 Broadway, Oakland, CA 94612
""", U, QP)],
     [], "distractor-en-transfer-returned-to-balance")

mail("e728-nl-tikkie-verzoek-open", "Fri, 26 Feb 2027 10:15:00 +0100", "Tikkie <noreply@tikkie.me>",
     "Je Tikkie van € 120,00 staat klaar",
     [(P, """Hoi Acme Conseil,

Je hebt een Tikkie aangemaakt voor € 120,00 met de omschrijving "Workshop maart - 2 personen".

Deel de link met Sanne Bakker, dan kan ze betalen met iDEAL. Nog niemand heeft betaald.
Dit betaalverzoek is 14 dagen geldig.

Tikkie is een dienst van ABN AMRO Bank N.V.
""", U, QP)],
     [], "distractor-nl-request-unpaid")

mail("e729-de-n26-lastschrift-von", "Fri, 26 Feb 2027 07:02:00 +0100", "N26 <no-reply@n26.com>",
     "Lastschrift über 89,00 € von Vodafone GmbH",
     [(P, """Hallo Camille,

Vodafone GmbH hat eine Lastschrift über 89,00 € von deinem N26 Business Konto eingezogen.

Mandatsreferenz: VF-4471902
Gläubiger-ID: DE98ZZZ09999999999
Buchungstag: 26.02.2027

Du kannst diese Lastschrift innerhalb von 8 Wochen zurückgeben und erhältst dann den Betrag zurück.

Dein N26 Team
""", U, B64)],
     [], "distractor-de-lastschrift-von")

mail("e730-it-satispay-pagamento-inviato", "Fri, 26 Feb 2027 13:20:00 +0100", "Satispay <noreply@satispay.com>",
     "Hai inviato 240,00 €",
     [(H, """<html><body style="font-family:Arial">
<p>Ciao Acme,</p>
<p>hai inviato <b>240,00&nbsp;&euro;</b> a <b>Tipografia Colombo</b>.</p>
<p>Messaggio: stampa brochure fiera</p>
<p>Data: 26 febbraio 2027</p>
<p>Invita un'azienda su Satispay Business: ricevete entrambi 10,00 &euro; di credito.</p>
</body></html>""", U, QP)],
     [], "distractor-it-hai-inviato")

mail("e731-us-venmo-request-sent", "Fri, 26 Feb 2027 16:40:00 -0500", "Venmo <venmo@venmo.com>",
     "You requested $75.00 from Taylor Brooks",
     [(P, """You requested $75.00 from Taylor Brooks

Note: Photo session deposit 🎞️

We'll let you know when Taylor completes this request. Payments to business profiles are subject to a 1.9% + $0.10 fee.

Venmo is a service of PayPal, Inc.
""", U, QP)],
     [], "distractor-us-request-you-requested")

mail("e732-ch-postfinance-ebill", "Fri, 26 Feb 2027 18:00:00 +0100", "PostFinance <info@postfinance.ch>",
     "Neue eBill von Swisscom (Schweiz) AG",
     [(P, """Guten Tag

Sie haben eine neue eBill erhalten.

Rechnungssteller: Swisscom (Schweiz) AG
Betrag: CHF 1'080.00
Fällig am: 15.03.2027

Prüfen und freigeben Sie die Rechnung im E-Finance. Der Betrag wird Ihrem Konto erst nach Ihrer Freigabe belastet.

Freundliche Grüsse
PostFinance AG
""", L, QP)],
     [], "distractor-ch-ebill-to-pay")
