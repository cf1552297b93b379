# A fourteenth hand-worded set, written blind (foreign clients paying from their countries, European banks and platforms).
#   python3 src/test/python/bank-eval/writer.py src/test/resources/eval/bank/fresh13 fresh13-mails.py
P, H = "plain", "html"
U, L = "utf-8", "iso-8859-1"
QP, B64, E8 = "quoted-printable", "base64", "8bit"

mail("fd01-at-raiffeisen-elba-zahlungseingang", "Mon, 23 Nov 2026 08:14:00 +0100", "Raiffeisen ELBA <service@elba.raiffeisen.at>",
     "ELBA-Benachrichtigung: Zahlungseingang auf Ihrem Konto",
     [(P, """Sehr geehrte Kundin, sehr geehrter Kunde,

auf Ihrem Konto AT31 3400 0000 0123 4567 wurde folgender Zahlungseingang verbucht:

Buchungsdatum:       20.11.2026
Betrag:              € 1.250,00
Auftraggeber/in:     Gasthof Moser GmbH
IBAN Auftraggeber:   AT61 1904 3002 3457 3201
Verwendungszweck:    Rechnung FR-2026-0412 Weinlieferung

Verfügbarer Betrag nach Buchung: € 14.870,35

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf dieses E-Mail.
Raiffeisenlandesbank Oberösterreich AG, FN 247579m, Landesgericht Linz
""", "iso-8859-15", QP)],
     [c("1250.00", "EUR", "Gasthof Moser GmbH", "Rechnung FR-2026-0412 Weinlieferung", "2026-11-20")],
     "at-raiffeisen-elba-auftraggeber-in-euro-vorne-verfuegbar")

mail("fd02-ch-de-zkb-gutschrift-chf-strich", "Tue, 24 Nov 2026 10:02:00 +0100", "Zürcher Kantonalbank <noreply@zkb.ch>",
     "Gutschrift CHF 1 250.– auf Ihrem Konto",
     [(H, """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Grüezi</p>
<p>Wir haben Ihrem Privatkonto <b>CH93 0070 0110 0012 3456 7</b> folgenden Betrag gutgeschrieben:</p>
<table cellspacing="0" cellpadding="6" style="border:1px solid #ccc">
<tr><td>Betrag</td><td style="text-align:right"><strong>CHF 1&nbsp;250.&ndash;</strong></td></tr>
<tr><td>Valuta</td><td>24.11.2026</td></tr>
<tr><td>Zahlungspflichtiger</td><td>Keller Architektur AG, 8004 Zürich</td></tr>
<tr><td>Zahlungsgrund</td><td>Übersetzung Wettbewerbsunterlagen Nr. 77</td></tr>
</table>
<p>Saldo nach Buchung: CHF 23&nbsp;418.60</p>
<p style="font-size:11px;color:#777">Zürcher Kantonalbank · Bahnhofstrasse 9 · 8001 Zürich. Sie erhalten diese Benachrichtigung, weil Sie sie im eBanking aktiviert haben.</p>
</body></html>""", U, QP)],
     [c("1250.00", "CHF", "Keller Architektur AG, 8004 Zürich", "Übersetzung Wettbewerbsunterlagen Nr. 77", "2026-11-24")],
     "ch-de-zkb-html-chf-strich-zahlungsgrund")

mail("fd03-ch-fr-bcv-avis-credit-deux", "Wed, 25 Nov 2026 07:45:00 +0100", "BCV Net <bcvnet@bcv.ch>",
     "Avis de crédit - compte 5012.34.56",
     [(P, """Madame, Monsieur,

Nous avons le plaisir de vous informer des crédits suivants sur votre compte 5012.34.56 (CHF) :

1) Date valeur 24.11.2026
   Montant : 1'250.00 CHF
   Donneur d'ordre : Fondation Léman Culture, Lausanne
   Communication : Facture 2026-118 affiche festival

2) Date valeur 24.11.2026
   Montant : 18'400.00 CHF
   Donneur d'ordre : Hôtel des Alpes SA, Montreux
   Communication : Acompte 50% refonte site

Frais de tenue de compte débités ce mois : 5.00 CHF

Banque Cantonale Vaudoise, Place St-François 14, 1003 Lausanne
""", L, QP)],
     [c("1250.00", "CHF", "Fondation Léman Culture, Lausanne", "Facture 2026-118 affiche festival", "2026-11-24"),
      c("18400.00", "CHF", "Hôtel des Alpes SA, Montreux", "Acompte 50% refonte site", "2026-11-24")],
     "ch-fr-bcv-avis-credits-numerotes-apostrophe-suffixe")

mail("fd04-be-nl-argenta-gestructureerde-mededeling", "Wed, 25 Nov 2026 13:20:00 +0100", "Argenta <noreply@argenta.be>",
     "Nieuwe inkomende overschrijving",
     [(P, """Beste klant,

Er is een inkomende overschrijving geboekt op uw zichtrekening BE68 9790 1234 5634.

Bedrag: + 2.480,00 EUR
Van: Brouwerij De Kroon BV
Rekening van de opdrachtgever: BE71 0961 2345 6769
Gestructureerde mededeling: +++090/1234/56781+++
Boekingsdatum: 25/11/2026

Met vriendelijke groeten,
Argenta Spaarbank nv
""", L, B64)],
     [c("2480.00", "EUR", "Brouwerij De Kroon BV", "+++090/1234/56781+++", "2026-11-25")],
     "be-nl-argenta-van-gestructureerde-mededeling-b64")

mail("fd05-nl-rabobank-en-daily-summary", "Thu, 26 Nov 2026 06:30:00 +0100", "Rabobank <no-reply@rabobank.nl>",
     "Your daily transaction summary",
     [(P, """Dear customer,

Here is the summary of yesterday's transactions on account NL91 RABO 0123 4567 89.

25-11-2026  Credit  € 1.250,00  Van der Berg Design B.V.   Description: factuur 2026-097
25-11-2026  Debit   € 89,99     KPN B.V.                   Description: mobiel abonnement november
25-11-2026  Credit  € 640,50    J. de Vries                Description: workshop Lyon 12 dec
25-11-2026  Debit   € 1.100,00  Belastingdienst            Description: BTW Q3

Balance at end of day: € 7.312,45

Kind regards,
Rabobank
""", U, QP),
      (H, """<html><body><p>Dear customer,</p>
<p>Here is the summary of yesterday's transactions on account NL91 RABO 0123 4567 89.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Date</th><th>Type</th><th>Amount</th><th>Counterparty</th><th>Description</th></tr>
<tr><td>25-11-2026</td><td>Credit</td><td>&euro;&nbsp;1.250,00</td><td>Van der Berg Design B.V.</td><td>factuur 2026-097</td></tr>
<tr><td>25-11-2026</td><td>Debit</td><td>&euro;&nbsp;89,99</td><td>KPN B.V.</td><td>mobiel abonnement november</td></tr>
<tr><td>25-11-2026</td><td>Credit</td><td>&euro;&nbsp;640,50</td><td>J. de Vries</td><td>workshop Lyon 12 dec</td></tr>
<tr><td>25-11-2026</td><td>Debit</td><td>&euro;&nbsp;1.100,00</td><td>Belastingdienst</td><td>BTW Q3</td></tr>
</table>
<p>Balance at end of day: &euro;&nbsp;7.312,45</p>
<p>Kind regards,<br>Rabobank</p></body></html>""", U, QP)],
     [c("1250.00", "EUR", "Van der Berg Design B.V.", "factuur 2026-097", "2026-11-25"),
      c("640.50", "EUR", "J. de Vries", "workshop Lyon 12 dec", "2026-11-25")],
     "nl-rabobank-en-daily-summary-credit-debit-type-euro-space")

mail("fd06-lu-de-spuerkeess-gutschriftsanzeige", "Thu, 26 Nov 2026 09:10:00 +0100", "Spuerkeess <s-net@spuerkeess.lu>",
     "S-Net: Gutschriftsanzeige",
     [(P, """Guten Tag,

folgende Gutschriften wurden Ihrem Konto LU28 0019 4006 4475 0000 zugebucht:

Datum 26.11.2026 | Betrag 3.600,00 EUR | Auftraggeber: Boulangerie Hoffmann S.à r.l. | Mitteilung: Devis 26-31 Fotoshooting
Datum 26.11.2026 | Betrag 275,00 EUR | Auftraggeber: Schmit Marc | Mitteilung: Teilnahme Atelier 05/12

Banque et Caisse d'Epargne de l'Etat, Luxembourg
1, Place de Metz, L-2954 Luxembourg
""", L, QP)],
     [c("3600.00", "EUR", "Boulangerie Hoffmann S.à r.l.", "Devis 26-31 Fotoshooting", "2026-11-26"),
      c("275.00", "EUR", "Schmit Marc", "Teilnahme Atelier 05/12", "2026-11-26")],
     "lu-de-spuerkeess-gutschriftsanzeige-pipe-zeilen")

mail("fd07-es-santander-abono-transferencia", "Fri, 27 Nov 2026 11:36:00 +0100", "Banco Santander <avisos@gruposantander.es>",
     "Abono de transferencia en su cuenta",
     [(H, """<html><body style="font-family:Arial">
<p>Estimado cliente:</p>
<p>Le informamos de que se ha realizado un <b>abono por transferencia</b> en su cuenta ES91 0049 1500 0512 3456 7892.</p>
<table cellpadding="5">
<tr><td>Importe:</td><td><b>1.975,20&nbsp;&euro;</b></td></tr>
<tr><td>Emisor:</td><td>DISTRIBUCIONES OLIVARES DEL SUR SL</td></tr>
<tr><td>Observaciones:</td><td>PAGO FRA 2026/0451</td></tr>
<tr><td>Fecha:</td><td>27 de noviembre de 2026</td></tr>
</table>
<p>Recuerde que Santander nunca le pedirá sus claves por correo electrónico.</p>
<p style="font-size:10px">Banco Santander, S.A. Paseo de Pereda 9-12, 39004 Santander. Gana hasta 400&nbsp;&euro; al domiciliar tu nómina.</p>
</body></html>""", L, QP)],
     [c("1975.20", "EUR", "DISTRIBUCIONES OLIVARES DEL SUR SL", "PAGO FRA 2026/0451", "2026-11-27")],
     "es-santander-html-abono-emisor-observaciones-latin1")

mail("fd08-it-satispay-business-ti-ha-pagato", "Fri, 27 Nov 2026 17:48:00 +0100", "Satispay Business <noreply@satispay.com>",
     "Giulia Ferri ti ha pagato 48,00 €",
     [(P, """Nuovo pagamento ricevuto

Giulia Ferri ti ha pagato 48,00 € presso Atelier Lumière - Negozio online.
Messaggio: "candele ordine 3312"
Data: 27/11/2026 17:47

Commissione Satispay: 0,20 €

Il saldo sarà trasferito sul tuo conto con il prossimo versamento settimanale.
Satispay Europe S.A.
""", U, QP)],
     [c("48.00", "EUR", "Giulia Ferri", "candele ordine 3312", "2026-11-27")],
     "it-satispay-business-ti-ha-pagato-messaggio-virgolette")

mail("fd09-pt-mbway-recebeu", "Sat, 28 Nov 2026 12:05:00 +0000", "MB WAY <notificacoes@mbway.pt>",
     "Recebeu dinheiro por MB WAY",
     [(P, """Olá,

Recebeu 125,50 € de RUI MIGUEL SANTOS através do MB WAY.
Mensagem: Aula de cerâmica 2x
Data e hora: 28-11-2026 12:04

O valor foi creditado na conta associada ao número 9** *** 321.

SIBS - Forward Payment Solutions
""", U, B64)],
     [c("125.50", "EUR", "RUI MIGUEL SANTOS", "Aula de cerâmica 2x", "2026-11-28")],
     "pt-mbway-recebeu-de-mensagem-b64")

mail("fd10-ie-revolut-business-received", "Mon, 30 Nov 2026 09:21:00 +0000", "Revolut Business <no-reply@revolut.com>",
     "You've received €2,150.00",
     [(H, """<html><body style="font-family:Inter,Arial">
<h1 style="font-size:22px">You've received &euro;2,150.00</h1>
<p>O'Sullivan Craft Brewing Ltd sent you money to your EUR account.</p>
<table width="100%" cellpadding="6">
<tr><td style="color:#6b7280">From</td><td align="right">O'Sullivan Craft Brewing Ltd</td></tr>
<tr><td style="color:#6b7280">Amount</td><td align="right">&euro;2,150.00</td></tr>
<tr><td style="color:#6b7280">Reference</td><td align="right">INV-FR-0388 label design</td></tr>
<tr><td style="color:#6b7280">Date</td><td align="right">30 Nov 2026</td></tr>
</table>
<p style="font-size:11px;color:#9ca3af">Revolut Bank UAB, Irish branch. Invite another business and get &euro;100.</p>
</body></html>""", U, QP)],
     [c("2150.00", "EUR", "O'Sullivan Craft Brewing Ltd", "INV-FR-0388 label design", "2026-11-30")],
     "ie-revolut-business-html-received-from-reference-rows")

mail("fd11-pl-blik-prosba-o-przelew", "Mon, 30 Nov 2026 14:02:00 +0100", "PKO Bank Polski <powiadomienia@pkobp.pl>",
     "BLIK: prośba o przelew na telefon",
     [(P, """Otrzymałeś prośbę o przelew na telefon BLIK.

Kwota: 1 250,00 zł
Od: Agnieszka Nowak
Tytuł: zwrot za bilety Paryż

Prośba wygaśnie 02.12.2026 o godz. 14:02. Aby zapłacić, zaloguj się do aplikacji IKO i zaakceptuj przelew.
Jeśli nie znasz tej osoby, odrzuć prośbę.

PKO Bank Polski S.A.
""", U, QP)],
     [], "distractor-pl-blik-prosba-o-przelew-na-telefon-wygasnie")

mail("fd12-pl-pko-uznania-html", "Tue, 01 Dec 2026 07:00:00 +0100", "PKO Bank Polski <powiadomienia@pkobp.pl>",
     "Zestawienie operacji z dnia 30.11.2026",
     [(H, """<html><body style="font-family:Arial">
<p>Szanowny Kliencie,</p>
<p>poniżej operacje zaksięgowane na rachunku PL61 1020 1026 0000 0402 0123 4567 w dniu 30.11.2026:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Data księgowania</th><th>Typ</th><th>Kwota</th><th>Nadawca / Odbiorca</th><th>Tytuł</th></tr>
<tr><td>30.11.2026</td><td>Przelew przychodzący</td><td>+1&nbsp;250,00&nbsp;zł</td><td>STUDIO GRAFIKI KOWALSKI SP. Z O.O.</td><td>FV 2026/11/07 tłumaczenie</td></tr>
<tr><td>30.11.2026</td><td>Płatność kartą</td><td>-214,37&nbsp;zł</td><td>ORLEN STACJA NR 4411</td><td>&nbsp;</td></tr>
<tr><td>30.11.2026</td><td>Przelew przychodzący</td><td>+12&nbsp;800,00&nbsp;zł</td><td>WYDAWNICTWO ZNAK</td><td>Zaliczka umowa 14/2026</td></tr>
</table>
<p>Saldo po operacjach: 41&nbsp;022,18&nbsp;zł</p>
<p style="font-size:10px">Powszechna Kasa Oszczędności Bank Polski Spółka Akcyjna, ul. Puławska 15, 02-515 Warszawa.</p>
</body></html>""", U, B64)],
     [c("1250.00", "PLN", "STUDIO GRAFIKI KOWALSKI SP. Z O.O.", "FV 2026/11/07 tłumaczenie", "2026-11-30"),
      c("12800.00", "PLN", "WYDAWNICTWO ZNAK", "Zaliczka umowa 14/2026", "2026-11-30")],
     "pl-pko-html-zestawienie-przychodzacy-karta-zl-nbsp-b64")

mail("fd13-se-seb-en-incoming-sek", "Tue, 01 Dec 2026 08:15:00 +0100", "SEB <noreply@seb.se>",
     "Incoming payments to your account",
     [(P, """Hello,

The following incoming payments have been booked to your account 5000 12 345 67:

Booking date: 2026-11-30
Amount: SEK 1 250:00
Sender: Lindqvist Möbler AB
Message: Faktura 2611 prototyp lampa

Booking date: 2026-11-30
Amount: SEK 23 900:00
Sender: Nordic Trail Events AB
OCR: 4471190026

Available balance: SEK 58 410:75

SEB - Skandinaviska Enskilda Banken AB (publ)
""", L, E8)],
     [c("1250.00", "SEK", "Lindqvist Möbler AB", "Faktura 2611 prototyp lampa", "2026-11-30"),
      c("23900.00", "SEK", "Nordic Trail Events AB", "4471190026", "2026-11-30")],
     "se-seb-en-incoming-sek-prefix-colon-ore-ocr")

mail("fd14-no-dnb-innbetaling-kr", "Tue, 01 Dec 2026 11:40:00 +0100", "DNB <varsel@dnb.no>",
     "Varsel om innbetaling",
     [(P, """Hei,

Det har kommet en innbetaling på kontoen din 1203.45.67890.

Beløp: kr 1.250,00
Fra: Fjordkraft Design AS
Melding: Faktura 1907 logo og profil
Bokført: 1. desember 2026

Hilsen DNB
""", U, QP)],
     [c("1250.00", "NOK", "Fjordkraft Design AS", "Faktura 1907 logo og profil", "2026-12-01")],
     "no-dnb-varsel-innbetaling-kr-prefix-melding-dato-ord")

mail("fd15-dk-danske-en-account-movements", "Wed, 02 Dec 2026 06:45:00 +0100", "Danske Bank <noreply@danskebank.dk>",
     "Account movements 1 December 2026",
     [(P, """Account movements - Business account 3409-1234567890 (DKK)

Date        Text                                   Amount            Balance
01.12.2026  Indbetaling Hygge Interiør ApS          kr 1.250,00       kr 18.402,10
            Ref: Faktura FR-2026-221
01.12.2026  Betalingsservice TDC NetDesign          kr -349,00        kr 18.053,10
01.12.2026  Indbetaling Aarhus Kaffebar IVS         kr 4.875,00       kr 22.928,10
            Ref: bestilling 88 kaffekopper
01.12.2026  Overførsel til opsparing                kr -5.000,00      kr 17.928,10
01.12.2026  MobilePay Søren Holm                    kr 300,00         kr 18.228,10
            Ref: Workshop billet

Danske Bank A/S, Bernstorffsgade 40, 1577 København V
""", L, QP)],
     [c("1250.00", "DKK", "Hygge Interiør ApS", "Faktura FR-2026-221", "2026-12-01"),
      c("4875.00", "DKK", "Aarhus Kaffebar IVS", "bestilling 88 kaffekopper", "2026-12-01"),
      c("300.00", "DKK", "Søren Holm", "Workshop billet", "2026-12-01")],
     "dk-danske-en-movements-kr-prefix-balance-column-ref-line")

mail("fd16-no-vipps-en-received", "Wed, 02 Dec 2026 19:12:00 +0100", "Vipps MobilePay <no-reply@vippsmobilepay.com>",
     "You received kr 450,00",
     [(P, """Ingrid Solberg sent you kr 450,00 with Vipps.

"Keramikkurs lørdag"

2 Dec 2026 at 19:11
The money is in your account ending 7890.

Vipps MobilePay AS
""", U, E8)],
     [c("450.00", "NOK", "Ingrid Solberg", "Keramikkurs lørdag", "2026-12-02")],
     "no-vipps-en-sent-you-kr-quoted-message")

mail("fd17-en-stripe-payout-on-its-way", "Wed, 02 Dec 2026 03:10:00 +0000", "Stripe <notifications@stripe.com>",
     "Your payout of €3,412.80 is on its way",
     [(P, """Atelier Lumière

A payout of €3,412.80 EUR has been initiated to your bank account ending in 4521.
It should arrive in your account by Friday, 4 December 2026.

Payout ID: po_1QzX8mK2eZvKYlo2
Statement descriptor: STRIPE ATELIER LUM

Gross volume: €3,520.00   Fees: -€107.20

You'll be able to see the funds in your bank once it has been deposited.
Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublin 2, Ireland
""", U, QP)],
     [], "distractor-en-stripe-payout-initiated-should-arrive-by")

mail("fd18-en-mollie-settlement-transferred", "Thu, 03 Dec 2026 05:30:00 +0100", "Mollie <settlements@mollie.com>",
     "Settlement STL.2611.30.8841 has been paid out",
     [(H, """<html><body style="font-family:Arial">
<p>Hi Atelier Lumière,</p>
<p>Mollie B.V. has transferred your settlement to your bank account FR76 •••• 4521.</p>
<table cellpadding="5" style="border-collapse:collapse">
<tr><td>Settlement reference</td><td>STL.2611.30.8841</td></tr>
<tr><td>Period</td><td>23 Nov 2026 &ndash; 29 Nov 2026</td></tr>
<tr><td>Payments (iDEAL, Bancontact, cards)</td><td align="right">&euro;&nbsp;2.846,00</td></tr>
<tr><td>Refunds</td><td align="right">-&euro;&nbsp;120,00</td></tr>
<tr><td>Fees</td><td align="right">-&euro;&nbsp;41,37</td></tr>
<tr><td><strong>Paid out</strong></td><td align="right"><strong>&euro;&nbsp;2.684,63</strong></td></tr>
<tr><td>Transfer date</td><td>3 December 2026</td></tr>
</table>
<p>Find the full specification in your Mollie Dashboard.</p>
</body></html>""", U, QP)],
     [c("2684.63", "EUR", "Mollie B.V.", "STL.2611.30.8841", "2026-12-03")],
     "en-mollie-settlement-paid-out-breakdown-euro-space-refunds")

mail("fd19-fr-cdiscount-virement-ventes", "Thu, 26 Nov 2026 10:00:00 +0100", "Cdiscount Marketplace <vendeurs@cdiscount.com>",
     "Votre virement de fin de cycle a été effectué",
     [(P, """Bonjour Atelier Lumière,

Cdiscount a effectué ce jour le virement correspondant à votre cycle de facturation du 09/11/2026 au 22/11/2026.

Chiffre d'affaires TTC : 1 893,40 €
Commissions Cdiscount : - 226,11 €
Abonnement mensuel : - 39,99 €
Montant viré : 1 627,30 €

Référence du virement : CDS-PAY-4478120
Date d'exécution : 26/11/2026

Le délai de réception dépend de votre banque (généralement 1 à 2 jours ouvrés).
Cdiscount SA - 120-126 quai de Bacalan, 33000 Bordeaux
""", U, QP)],
     [c("1627.30", "EUR", "Cdiscount", "CDS-PAY-4478120", "2026-11-26")],
     "fr-cdiscount-marketplace-virement-cycle-commissions-montant-vire")

mail("fd20-en-vinted-pro-sale-pending", "Thu, 03 Dec 2026 08:05:00 +0100", "Vinted Pro <no-reply@vinted.com>",
     "You made a sale: €85.00 pending",
     [(P, """Hi Atelier Lumière,

Good news: camille_b74 bought "Lampe en grès émaillé - bleu" for €85.00.

Status: Payment pending
The money will be added to your Vinted balance once the buyer confirms the item is OK,
or automatically 2 days after delivery. Please ship the order within 5 working days.

Order: #9981274410
Shipping label: available in your Vinted Pro dashboard

Vinted UAB, Svitrigailos g. 13, Vilnius, Lithuania
""", U, QP)],
     [], "distractor-en-vinted-pro-sale-payment-pending-buyer-confirms")

mail("fd21-en-ulule-funds-paid-out", "Fri, 27 Nov 2026 15:00:00 +0100", "Ulule <projects@ulule.com>",
     "Your project's funds have been paid out",
     [(H, """<html><body style="font-family:Georgia,serif">
<p>Well done, Atelier Lumière!</p>
<p>Your project <em>&ldquo;Hand-thrown stoneware lamps&rdquo;</em> was successful: Ulule has just paid out the funds.</p>
<ul>
<li>Total raised: &euro;8,340.00 (212 backers)</li>
<li>Ulule commission (6.67% incl. VAT): &minus;&euro;556.28</li>
<li>Payment fees: &minus;&euro;250.20</li>
<li><strong>Amount paid out: &euro;7,533.52</strong></li>
</ul>
<p>The transfer was sent on 27 November 2026 with the reference <b>ULULE-PRJ-118734</b>. Allow 1 to 3 business days for it to show on your account.</p>
<p>Keep your backers posted!</p>
</body></html>""", U, QP)],
     [c("7533.52", "EUR", "Ulule", "ULULE-PRJ-118734", "2026-11-27")],
     "en-ulule-html-bullets-amount-paid-out-commission-minus-entity")

mail("fd22-fr-helloasso-nouveau-paiement", "Sat, 28 Nov 2026 10:31:00 +0100", "HelloAsso <notifications@helloasso.com>",
     "Nouveau paiement sur votre campagne « Stage poterie enfants »",
     [(P, """Bonjour,

Vous avez reçu un nouveau paiement de 60,00 € sur votre campagne « Stage poterie enfants - vacances de Noël ».

Payeur : Sébastien Marchand
Tarif : Stage 3 jours - enfant (1)
Date du paiement : 28/11/2026 à 10:29
N° de commande : 55210943

Les sommes collectées vous sont reversées le 10 du mois suivant.
HelloAsso ne prélève aucune commission : le payeur a choisi de laisser une contribution volontaire de 4,00 € à HelloAsso.
""", "windows-1252", B64)],
     [c("60.00", "EUR", "Sébastien Marchand", None, "2026-11-28")],
     "fr-helloasso-nouveau-paiement-campagne-payeur-contribution")

mail("fd23-en-klarna-refund-to-customer", "Sat, 28 Nov 2026 16:20:00 +0100", "Klarna for Business <merchant-noreply@klarna.com>",
     "Refund registered for order AL-2026-1175",
     [(P, """Hi Atelier Lumière,

A refund of 149,00 € has been registered for order AL-2026-1175 (customer: Anna Fischer, Germany).

The refunded amount will be deducted from your next settlement. The customer will be credited
within 5 business days.

Original purchase: 149,00 € on 19 Nov 2026
Refund reason: returned item

Klarna Bank AB (publ), Sveavägen 46, Stockholm
""", U, QP)],
     [], "distractor-en-klarna-merchant-refund-deducted-next-settlement")

mail("fd24-be-nl-kbc-wero-ontvangen", "Sun, 29 Nov 2026 11:45:00 +0100", "KBC Mobile <noreply@kbc.be>",
     "Je hebt geld ontvangen met Wero",
     [(P, """Goed nieuws! Je hebt € 35,00 ontvangen met Wero.

Van: Pieter Claes
Bericht: kaarsen kerstmarkt
Datum: zondag 29 november 2026

Het bedrag staat meteen op je KBC-Zichtrekening BE12 7340 0000 1234.
""", U, QP)],
     [c("35.00", "EUR", "Pieter Claes", "kaarsen kerstmarkt", "2026-11-29")],
     "be-nl-kbc-wero-ontvangen-van-bericht-dag-in-woorden")

mail("fd25-en-n26-received-money", "Mon, 30 Nov 2026 13:05:00 +0100", "N26 <no-reply@n26.com>",
     "Money received",
     [(P, """Hi,

Fernando Ruiz Ortega just sent you €1,250.00.

Reference: "Reserva taller cerámica enero"
Received on: 30.11.2026

Your new balance is €3,904.16.

N26 Bank SE, Voltairestraße 8, 10179 Berlin
""", U, E8)],
     [c("1250.00", "EUR", "Fernando Ruiz Ortega", "Reserva taller cerámica enero", "2026-11-30")],
     "en-n26-just-sent-you-quoted-reference-dot-date")

mail("fd26-en-bunq-weekly-overview", "Mon, 30 Nov 2026 07:00:00 +0100", "bunq <support@bunq.com>",
     "Your week in bunq: 23–29 November",
     [(H, """<html><body style="font-family:Montserrat,Arial">
<h2>Your week in bunq</h2>
<p>Business account &laquo;Atelier Lumière EU&raquo; &middot; NL42 BUNQ 2045 6789 01</p>
<table cellpadding="6" style="width:100%">
<tr style="background:#f2f2f2"><td>Mon 23 Nov</td><td>Incoming from <b>Hoogendijk Bloemen</b><br><small>Description: order 4412 vazen</small></td><td align="right" style="color:#1a8f3c">+&euro;&#160;1.250,00</td></tr>
<tr><td>Wed 25 Nov</td><td>Card payment <b>PostNL</b></td><td align="right">-&euro;&#160;42,80</td></tr>
<tr style="background:#f2f2f2"><td>Fri 27 Nov</td><td>Incoming from <b>M. Jansen-Bakker</b><br><small>Description: cadeaubon 2x</small></td><td align="right" style="color:#1a8f3c">+&euro;&#160;90,00</td></tr>
<tr><td>Sat 28 Nov</td><td>Scheduled payment to <b>Studio Loods Huur</b> (tomorrow)</td><td align="right">&euro;&#160;650,00</td></tr>
</table>
<p>Total in: &euro;&#160;1.340,00 &middot; Total out: &euro;&#160;42,80</p>
<p style="font-size:11px">Invite a friend and both get &euro;&#160;20 in bunq credit. bunq B.V., Naritaweg 131-133, Amsterdam.</p>
</body></html>""", U, B64)],
     [c("1250.00", "EUR", "Hoogendijk Bloemen", "order 4412 vazen", "2026-11-23"),
      c("90.00", "EUR", "M. Jansen-Bakker", "cadeaubon 2x", "2026-11-27")],
     "en-bunq-html-week-overview-signed-rows-scheduled-row-totals")

mail("fd27-es-qonto-transferencia-recibida", "Tue, 01 Dec 2026 10:12:00 +0100", "Qonto <notificaciones@qonto.com>",
     "Has recibido una transferencia de 3.120,00 €",
     [(P, """Hola Claire:

Tu cuenta principal ha recibido una transferencia.

Remitente: Cerámicas Bellavista S.L.
Importe: 3.120,00 €
Referencia: Pedido 2026-88 platos restaurante
Fecha de recepción: 1 de diciembre de 2026

Recuerda añadir el justificante en la app.
El equipo de Qonto
""", U, B64)],
     [c("3120.00", "EUR", "Cerámicas Bellavista S.L.", "Pedido 2026-88 platos restaurante", "2026-12-01")],
     "es-qonto-remitente-importe-referencia-fecha-recepcion-b64")

mail("fd28-en-wise-business-chf-received", "Tue, 01 Dec 2026 15:33:00 +0000", "Wise <noreply@wise.com>",
     "Lukas Brunner sent you 1,250.00 CHF",
     [(H, """<html><body style="font-family:Arial">
<p>Hi Atelier Lumière,</p>
<p><b>Lukas Brunner</b> sent you <b>1,250.00 CHF</b>. It's now in your CHF balance.</p>
<p>From: Lukas Brunner<br>
Their bank: PostFinance AG<br>
Reference: Lampenserie Praxis Bern<br>
Arrived: 1 December 2026</p>
<p>Your CHF balance: 4,871.25 CHF</p>
<p style="font-size:11px">Wise Europe SA, Rue du Trône 100, 1050 Brussels.</p>
</body></html>""", U, QP)],
     [c("1250.00", "CHF", "Lukas Brunner", "Lampenserie Praxis Bern", "2026-12-01")],
     "en-wise-html-sent-you-chf-suffix-their-bank-arrived")

mail("fd29-nl-paypal-betaalverzoek", "Wed, 02 Dec 2026 09:50:00 +0100", "PayPal <service@paypal.nl>",
     "Je hebt een betaalverzoek ontvangen van Klei & Co",
     [(P, """Hallo Atelier Lumière,

Klei & Co heeft je een betaalverzoek gestuurd van € 312,50 EUR.

Notitie van Klei & Co: "Levering steengoedklei 250 kg"

Verzoek ontvangen op: 2 december 2026

Betaal nu via je PayPal-rekening. Je kunt het verzoek ook weigeren als je het niet herkent.

Copyright © 1999-2026 PayPal. PayPal (Europe) S.à r.l. et Cie, S.C.A.
""", U, QP)],
     [], "distractor-nl-paypal-betaalverzoek-ontvangen-betaal-nu")

mail("fd30-es-caixabank-transferencia-programada", "Wed, 02 Dec 2026 18:00:00 +0100", "CaixaBank <avisos@caixabank.com>",
     "Transferencia periódica programada",
     [(P, """CaixaBank le informa:

Su transferencia periódica se ejecutará el próximo 05/12/2026.

Importe: 1.250,00 EUR
Beneficiario: INMOBILIARIA COSTA BRAVA SL
Concepto: ALQUILER TALLER DICIEMBRE
Cuenta de cargo: ES21 2100 0418 4502 0005 1332

Si desea modificarla o anularla, acceda a CaixaBankNow antes de la fecha de ejecución.
""", L, QP)],
     [], "distractor-es-caixabank-transferencia-periodica-se-ejecutara-beneficiario")

mail("fd31-en-aib-card-payment", "Thu, 03 Dec 2026 12:14:00 +0000", "AIB <alerts@aib.ie>",
     "AIB Alert: card transaction",
     [(P, """AIB Alert: A card transaction of EUR 1,250.00 was made on your Business Debit card ending 3390 at DUBLIN KILN SUPPLIES LTD on 03/12/26. Available balance EUR 5,118.42. Not you? Call 0818 724 724.
""", U, E8)],
     [], "distractor-en-aib-sms-card-transaction-available-balance")

mail("fd32-en-handelsbanken-payment-returned", "Thu, 03 Dec 2026 09:00:00 +0100", "Handelsbanken <noreply@handelsbanken.se>",
     "Payment returned",
     [(P, """Hello,

The payment you registered on 1 December 2026 could not be completed and has been returned.

Recipient: Göteborgs Glasbruk AB
Bankgiro: 5412-7781
Amount: SEK 1 250:00
Reason: The recipient's bankgiro number is closed.

The amount has not left your account. Please check the details and register a new payment.

Svenska Handelsbanken AB (publ)
""", L, QP)],
     [], "distractor-en-handelsbanken-outgoing-payment-returned-bankgiro-closed")
