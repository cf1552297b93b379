# Every wording below is hand-written for the blind set; read by writer.py.
P, H = "plain", "html"
U, L = "utf-8", "iso-8859-1"
QP, B64, E8 = "quoted-printable", "base64", "8bit"

# ---------------------------------------------------------------- single credits
mail("b01-fr-neo-emetteur-lines", "Tue, 24 Nov 2026 09:12:40 +0100", "Qonto <notifications@qonto.com>",
     "Virement reçu de ATELIER BRUN SARL",
     [(P, """Bonjour Claire,

Bonne nouvelle ! Un virement de 2 450,00 € vient d'arriver sur le compte ACME Conseil.

Émetteur : ATELIER BRUN SARL
Référence : F-2026-0412
Date d'exécution : 24/11/2026

Retrouvez le détail de la transaction dans votre application.

L'équipe Qonto
""", U, QP)],
     [c("2450.00", "EUR", "ATELIER BRUN SARL", "F-2026-0412", "2026-11-24")], "fr-lines-qp")

mail("b02-fr-html-entities-motif", "Thu, 19 Nov 2026 16:40:02 +0100", "Shine <bonjour@shine.fr>",
     "💸 Paiement reçu : 780,00 €",
     [(H, """<html><body style="font-family:Arial">
<p>Hello&nbsp;Claire&nbsp;!</p>
<p>Vous venez de recevoir <strong>780,00&#8239;€</strong> de la part de <strong>Boulangerie Martin</strong>.</p>
<table cellpadding="4">
<tr><td style="color:#888">Motif</td><td>Facture 2026-118</td></tr>
<tr><td style="color:#888">Reçu le</td><td>19 novembre 2026</td></tr>
</table>
<p>À très vite,<br>L&#39;équipe Shine</p>
</body></html>""", U, QP)],
     [c("780.00", "EUR", "Boulangerie Martin", "Facture 2026-118", "2026-11-19")], "fr-html-entities")

mail("b03-en-received-from-nodate", "Tue, 17 Nov 2026 14:03:11 +0000", "Revolut Business <no-reply@revolut.com>",
     "You've received €1,234.56 from Northwind Traders Ltd",
     [(P, """Hi ACME Conseil,

You've received €1,234.56 from Northwind Traders Ltd.
Reference: INV 2026-077

The money is already available in your EUR account.

Revolut Business
""", U, E8),
      (H, """<html><body><h2>You've received €1,234.56</h2>
<p>From <b>Northwind Traders Ltd</b></p>
<p>Reference: INV 2026-077</p>
<p>The money is already available in your EUR account.</p></body></html>""", U, QP)],
     [c("1234.56", "EUR", "Northwind Traders Ltd", "INV 2026-077", "2026-11-17")], "en-alternative-nodate")

mail("b04-en-chf-apostrophe-quoted-note", "Thu, 12 Nov 2026 08:30:00 +0000", "Wise <noreply@wise.com>",
     "Your money from Helvetia Design GmbH has arrived",
     [(P, """Hi Claire,

Helvetia Design GmbH sent you 1'234.50 CHF. It's now in your CHF balance.

Their note: "RE 55/2026"
Arrived: 12 November 2026

Thanks for using Wise.
""", U, E8)],
     [c("1234.50", "CHF", "Helvetia Design GmbH", "RE 55/2026", "2026-11-12")], "en-chf-note")

mail("b05-de-latin1-auftraggeber", "Thu, 5 Nov 2026 07:01:00 +0100", "N26 <no-reply@n26.com>",
     "Zahlungseingang auf Ihrem Konto",
     [(P, """Hallo Claire,

auf Ihrem Konto ist eine Gutschrift eingegangen.

Betrag: + 350,00 EUR
Auftraggeber: Jürgen Weiß
Verwendungszweck: Rechnung 2026-031
Buchungsdatum: 05.11.2026

Viele Grüße
Dein N26 Team
""", L, QP)],
     [c("350.00", "EUR", "Jürgen Weiß", "Rechnung 2026-031", "2026-11-05")], "de-latin1-lines")

mail("b06-en-gbp-sent-you-quote", "Mon, 9 Nov 2026 19:22:45 +0000", "Monzo <help@monzo.com>",
     "Sarah Connor sent you £85.00",
     [(P, """Sarah Connor just sent you £85.00 🎉

"Logo design deposit"

Tap to see it in your Monzo Business account.
""", U, E8)],
     [c("85.00", "GBP", "Sarah Connor", "Logo design deposit", "2026-11-09")], "en-sent-you")

mail("b07-en-html-table-from-amount", "Tue, 3 Nov 2026 10:15:00 +0000", "Starling Bank <notifications@starlingbank.com>",
     "Payment received",
     [(H, """<html><body>
<p>Good news, a payment has landed in your business account.</p>
<table border="0">
<tr><th align="left">From</th><td>BRIGHT IDEAS LTD</td></tr>
<tr><th align="left">Amount</th><td>£2,100.00</td></tr>
<tr><th align="left">Reference</th><td>INV-0193</td></tr>
<tr><th align="left">Date</th><td>3 Nov 2026</td></tr>
</table>
<p>Starling Bank Limited is registered in England and Wales.</p>
</body></html>""", U, B64)],
     [c("2100.00", "GBP", "BRIGHT IDEAS LTD", "INV-0193", "2026-11-03")], "en-html-table-b64")

mail("b08-en-credited-sentence-payer", "Mon, 9 Nov 2026 11:00:00 +0000", "HSBC UK <alerts@notification.hsbc.co.uk>",
     "We've credited your account",
     [(P, """Dear Customer,

A payment of GBP 640.00 has been credited to your account ending 4412 on 09/11/2026.

Payer: MCKENZIE & CO
Payment reference: ACME 1187

If you don't recognise this payment, please call us.

HSBC UK Bank plc
""", U, E8)],
     [c("640.00", "GBP", "MCKENZIE & CO", "ACME 1187", "2026-11-09")], "en-credited")

mail("b09-en-amount-in-subject-only", "Fri, 13 Nov 2026 15:48:09 +0000", "Barclays <alerts@barclays.co.uk>",
     "You've got money in: £312.00",
     [(P, """J SMITH has paid money into your account ending 2231.

Reference: INV 882

Log in to the Barclays app to see more.
""", U, E8)],
     [c("312.00", "GBP", "J SMITH", "INV 882", "2026-11-13")], "en-subject-amount")

mail("b10-de-html-b64-latin1-table", "Fri, 20 Nov 2026 06:30:00 +0100", "Deutsche Bank <info@db.com>",
     "Neue Gutschrift auf Ihrem Konto",
     [(H, """<html><body>
<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>für Ihr Konto liegt eine neue Buchung vor:</p>
<table>
<tr><td>Umsatzart</td><td>Gutschrift</td></tr>
<tr><td>Betrag</td><td>4.800,00&nbsp;EUR</td></tr>
<tr><td>Name des Zahlers</td><td>Bäckerei Köhler GmbH</td></tr>
<tr><td>Verwendungszweck</td><td>RE-2026-1101</td></tr>
<tr><td>Valuta</td><td>20.11.2026</td></tr>
</table>
<p>Mit freundlichen Grüßen<br>Ihre Deutsche Bank</p>
</body></html>""", L, B64)],
     [c("4800.00", "EUR", "Bäckerei Köhler GmbH", "RE-2026-1101", "2026-11-20")], "de-html-b64-latin1")

mail("b11-de-sentence-two-dates", "Tue, 10 Nov 2026 08:05:00 +0100", "Sparkasse <kontowecker@sparkasse.de>",
     "Kontowecker: Zahlungseingang",
     [(P, """Guten Tag,

Ihr Kontowecker meldet: Auf Ihrem Girokonto DE12 3005 0110 0012 3456 78 ist ein Zahlungseingang in Höhe von EUR 1.234,56 von Hofmann Elektro eingegangen.

Verwendungszweck: RG 4471 vom 02.11.2026
Buchungstag: 10.11.2026

Ihre Sparkasse
""", L, QP)],
     [c("1234.56", "EUR", "Hofmann Elektro", "RG 4471 vom 02.11.2026", "2026-11-10")], "de-sentence")

mail("b12-fr-sepa-label-slashes", "Fri, 13 Nov 2026 12:00:00 +0100", "ING <alertes@ing.fr>",
     "Nouvelle opération sur votre compte",
     [(P, """Bonjour,

Une nouvelle opération a été enregistrée sur votre compte courant le 13/11/2026 :

VIR SEPA RECU /DE SARL LES TROIS CHENES /MOTIF F2026-0301 /REF 8812KJ0001
Montant : +95,40 EUR

ING
""", U, QP)],
     [c("95.40", "EUR", "SARL LES TROIS CHENES", "F2026-0301", "2026-11-13")], "fr-sepa-slash")

mail("b13-fr-html-sentence-emis-par", "Mon, 16 Nov 2026 18:10:00 +0100", "BNP Paribas <mesalertes@bnpparibas.com>",
     "Avis de virement reçu",
     [(H, """<html><body><p>Madame, Monsieur,</p>
<p>Nous vous informons que votre compte a été crédité le 16 novembre 2026 d&#39;un virement SEPA de <b>3&nbsp;600,00&nbsp;EUR</b>
émis par CABINET LEFEBVRE ET ASSOCIES, avec le libellé «&nbsp;HONORAIRES OCT 2026&nbsp;».</p>
<p>Nous vous prions d&#39;agréer nos salutations distinguées.</p></body></html>""", U, QP)],
     [c("3600.00", "EUR", "CABINET LEFEBVRE ET ASSOCIES", "HONORAIRES OCT 2026", "2026-11-16")], "fr-html-sentence")

mail("b14-fr-libelle-de-motif-inline", "Wed, 18 Nov 2026 07:45:00 +0100", "Société Générale <alertes@societegenerale.fr>",
     "Alerte : mouvement créditeur",
     [(P, """Compte : 30003 01234 00050123456
Libellé : VIR RECU 4455667788 DE: PHARMACIE DU CENTRE MOTIF: FA 2026 0459 REF: 20261118XYZ
Montant : +1 045,20 EUR
Date de l'opération : 18/11/2026

Ce message est envoyé automatiquement.
""", L, QP)],
     [c("1045.20", "EUR", "PHARMACIE DU CENTRE", "FA 2026 0459", "2026-11-18")], "fr-inline-colon")

mail("b15-fr-donneur-ordre-eref", "Fri, 6 Nov 2026 09:00:00 +0100", "Crédit Agricole <ne-pas-repondre@credit-agricole.fr>",
     "Virement en votre faveur",
     [(P, """Bonjour,

VIREMENT EN VOTRE FAVEUR
Donneur d'ordre : GARAGE MOREAU
/EREF/FAC-2026-221
Montant : 560,00 €
Date de valeur : 06/11/2026

Crédit Agricole
""", U, QP)],
     [c("560.00", "EUR", "GARAGE MOREAU", "FAC-2026-221", "2026-11-06")], "fr-eref")

mail("b16-fr-alternative-communication", "Mon, 2 Nov 2026 13:20:00 +0100", "LCL <alertes@lcl.fr>",
     "Crédit de 210,00 € sur votre compte",
     [(P, """Bonjour,

Votre compte a reçu un virement de M. OU MME LAURENT SOPHIE le 02/11/2026.
Montant : 210,00 €
Communication : cours yoga novembre

LCL
""", U, QP),
      (H, """<html><body><p>Bonjour,</p><p>Votre compte a reçu un virement de <b>M. OU MME LAURENT SOPHIE</b> le 02/11/2026.</p>
<p>Montant : 210,00&nbsp;€<br>Communication : cours yoga novembre</p><p>LCL</p></body></html>""", U, QP)],
     [c("210.00", "EUR", "M. OU MME LAURENT SOPHIE", "cours yoga novembre", "2026-11-02")], "fr-alternative")

mail("b17-fr-latin1-porte-au-credit", "Sat, 21 Nov 2026 10:00:00 +0100", "La Banque Postale <alertes@labanquepostale.fr>",
     "Information sur votre compte",
     [(P, """Bonjour,

Un virement de 75,00 EUR a été porté au crédit de votre compte le 21 novembre 2026.
Emetteur : ASSOCIATION SPORTIVE DE VANVES
Référence : COTIS-2026

La Banque Postale
""", L, E8)],
     [c("75.00", "EUR", "ASSOCIATION SPORTIVE DE VANVES", "COTIS-2026", "2026-11-21")], "fr-latin1-8bit")

mail("b18-fr-subject-amount-emis-par", "Wed, 25 Nov 2026 17:33:00 +0100", "Boursorama Banque <noreply@boursorama.fr>",
     "Virement reçu : 1 890,00 €",
     [(P, """Bonjour,

Un virement émis par DURAND & FILS vient d'être crédité sur votre compte courant.
Motif : Facture n° 2026-0088

À bientôt sur Boursorama Banque.
""", U, QP)],
     [c("1890.00", "EUR", "DURAND & FILS", "Facture n° 2026-0088", "2026-11-25")], "fr-subject-amount")

mail("b19-fr-avis-credit-dotted-amount", "Mon, 23 Nov 2026 08:00:00 +0100", "CIC <alertes@cic.fr>",
     "Avis d'opération",
     [(P, """AVIS D'OPERATION - CREDIT

Date : 23.11.2026
De : SCI LES TILLEULS
Montant : 1.200,00 EUR
Communication : LOYER DEC 2026

CIC
""", U, E8)],
     [c("1200.00", "EUR", "SCI LES TILLEULS", "LOYER DEC 2026", "2026-11-23")], "fr-avis-credit")

mail("b20-en-usd-note-from", "Sat, 14 Nov 2026 21:05:00 +0000", "PayPal <service@paypal.com>",
     "You've got money",
     [(H, """<html><body>
<p>Hello ACME Conseil,</p>
<p>John Carpenter sent you <b>$450.00&nbsp;USD</b>.</p>
<p>Note from John Carpenter:<br><i>&quot;Invoice 1042&quot;</i></p>
<table><tr><td>Transaction ID</td><td>4RT56789AB123456C</td></tr>
<tr><td>Transaction date</td><td>Nov 14, 2026</td></tr></table>
<p>PayPal</p></body></html>""", U, QP)],
     [c("450.00", "USD", "John Carpenter", "Invoice 1042", "2026-11-14")], "en-html-note")

mail("b21-fr-vous-a-envoye-message", "Thu, 26 Nov 2026 12:14:00 +0100", "PayPal <service@paypal.fr>",
     "Vous avez reçu un paiement",
     [(P, """Bonjour ACME Conseil,

Marie Lefèvre vous a envoyé 60,00 € EUR.

Message de Marie Lefèvre : « atelier du 12/11 »

Numéro de transaction : 7HG12345KL678901M

PayPal
""", U, QP)],
     [c("60.00", "EUR", "Marie Lefèvre", "atelier du 12/11", "2026-11-26")], "fr-app-message")

mail("b22-fr-payout-verse", "Wed, 25 Nov 2026 06:00:00 +0100", "SumUp <noreply@sumup.com>",
     "Votre versement a été effectué",
     [(P, """Bonjour,

Nous avons versé 1 128,30 € sur votre compte bancaire se terminant par 0042.

Date du versement : 25/11/2026
Référence du versement : SUMUP PAYOUT 8H2K9

L'équipe SumUp
""", U, QP)],
     [c("1128.30", "EUR", "SumUp", "SUMUP PAYOUT 8H2K9", "2026-11-25")], "fr-payout")

mail("b23-fr-lydia-pour-quote", "Fri, 27 Nov 2026 20:41:00 +0100", "Lydia <no-reply@lydia-app.com>",
     "Jean-Baptiste Roux vous a envoyé 25,00 €",
     [(H, """<html><body><p>Jean-Baptiste Roux vous a envoyé <b>25,00&nbsp;€</b> pour «&nbsp;Pizza vendredi&nbsp;».</p>
<p>L&#39;argent est disponible sur votre compte Lydia.</p></body></html>""", U, B64)],
     [c("25.00", "EUR", "Jean-Baptiste Roux", "Pizza vendredi", "2026-11-27")], "fr-app-pour")

mail("b24-en-payment-confirmed-collected", "Wed, 18 Nov 2026 09:30:00 +0000", "GoCardless <help@gocardless.com>",
     "Payment confirmed",
     [(P, """Hi ACME Conseil,

The payment of £240.00 from Oakridge Dental Ltd was confirmed on 18 November 2026 and the funds are now yours.

Reference: ACME-INV-3321

GoCardless
""", U, E8)],
     [c("240.00", "GBP", "Oakridge Dental Ltd", "ACME-INV-3321", "2026-11-18")], "en-confirmed")

mail("b25-de-html-gutschrift-von", "Fri, 27 Nov 2026 07:10:00 +0100", "Commerzbank <noreply@commerzbank.de>",
     "Umsatzbenachrichtigung",
     [(H, """<html><body><p>Guten Tag,</p>
<p>auf Ihrem Konto wurde folgender Umsatz gebucht:</p>
<p>Gutschrift: <b>2.345,67 EUR</b><br>
von: Schneider Logistik KG<br>
Verwendungszweck: RNr. 2026-0815<br>
Buchungsdatum: 27.11.2026</p>
<p>Ihre Commerzbank</p></body></html>""", U, QP)],
     [c("2345.67", "EUR", "Schneider Logistik KG", "RNr. 2026-0815", "2026-11-27")], "de-html-br")

mail("b26-en-paid-into-by-ordinal-date", "Thu, 26 Nov 2026 16:00:00 +0000", "Lloyds Bank <alerts@lloydsbank.co.uk>",
     "Money has arrived in your account",
     [(P, """Hello,

£1,500.00 has been paid into your account ending 7788 by HARPER & SONS.

Reference: INV2026-044
Date: 26th November 2026

Lloyds Bank
""", U, E8)],
     [c("1500.00", "GBP", "HARPER & SONS", "INV2026-044", "2026-11-26")], "en-paid-into")

mail("b27-fr-html-b64-row-table", "Sat, 28 Nov 2026 08:00:00 +0100", "Crédit Mutuel <alertes@creditmutuel.fr>",
     "Réception d'un virement",
     [(H, """<html><body><p>Bonjour,</p><p>Vous avez reçu un virement :</p>
<table border="1"><tr><th>Date</th><th>Libellé</th><th>Montant</th></tr>
<tr><td>28/11/2026</td><td>VIR SEPA INST DE EURL PICARD BATIMENT REF FA-0987</td><td>4&nbsp;200,00&nbsp;EUR</td></tr>
</table><p>Crédit Mutuel</p></body></html>""", L, B64)],
     [c("4200.00", "EUR", "EURL PICARD BATIMENT", "FA-0987", "2026-11-28")], "fr-html-row")

mail("b28-de-hat-ihnen-gesendet-nodate", "Sun, 15 Nov 2026 11:11:00 +0100", "Wise <noreply@wise.com>",
     "Sie haben Geld erhalten",
     [(P, """Hallo Claire,

Anna Schmidt hat Ihnen 500,00 EUR gesendet. Das Geld ist jetzt in Ihrem EUR-Guthaben.

Referenz: Rechnung 17

Ihr Wise-Team
""", U, QP)],
     [c("500.00", "EUR", "Anna Schmidt", "Rechnung 17", "2026-11-15")], "de-app-nodate")

mail("b29-en-settled-on", "Mon, 30 Nov 2026 10:02:00 +0100", "Qonto <notifications@qonto.com>",
     "Transfer received",
     [(P, """Hi Claire,

You received a transfer of €89.90 from FreshCo BV.

Reference: 2026-INV-301
Settled on Nov 30, 2026

The Qonto team
""", U, E8)],
     [c("89.90", "EUR", "FreshCo BV", "2026-INV-301", "2026-11-30")], "en-settled")

mail("b30-en-eur-prefix-dotted", "Tue, 24 Nov 2026 13:37:00 +0100", "ING <noreply@ing.de>",
     "Incoming payment",
     [(P, """Dear customer,

Incoming payment of EUR 1.234,56 on your current account.

Sender: Van der Berg Consultancy B.V.
Remittance information: INVOICE 2026/118
Value date: 24-11-2026

ING
""", U, E8)],
     [c("1234.56", "EUR", "Van der Berg Consultancy B.V.", "INVOICE 2026/118", "2026-11-24")], "en-eur-prefix")

# ---------------------------------------------------------------- summaries
mail("b31-fr-summary-text-columns", "Fri, 27 Nov 2026 06:00:00 +0100", "Qonto <notifications@qonto.com>",
     "Vos opérations du 26/11/2026",
     [(P, """Bonjour Claire,

Voici les opérations enregistrées hier sur votre compte principal.

Date        Libellé                                          Débit        Crédit
26/11/2026  PRLV SEPA URSSAF IDF                          1 250,00
26/11/2026  VIR RECU DE MAISON ROUSSEL MOTIF F-2026-0420                  980,00
26/11/2026  CB CARREFOUR CITY 25/11                          63,12
25/11/2026  VIR RECU DE SAS OPTIMA MOTIF F-2026-0415                    2 160,00

Solde au 26/11/2026 : 14 520,33 €
""", U, QP)],
     [c("980.00", "EUR", "MAISON ROUSSEL", "F-2026-0420", "2026-11-26"),
      c("2160.00", "EUR", "SAS OPTIMA", "F-2026-0415", "2026-11-25")], "fr-summary-text")

mail("b32-en-summary-html-money-in-out", "Mon, 30 Nov 2026 07:00:00 +0000", "Starling Bank <notifications@starlingbank.com>",
     "Your weekly account summary",
     [(H, """<html><body><p>Here's what happened in your account this week.</p>
<table>
<tr><th>Date</th><th>Description</th><th>Money in</th><th>Money out</th><th>Balance</th></tr>
<tr><td>23/11/2026</td><td>FASTER PAYMENT FROM GREENLEAF STUDIO REF INV-0201</td><td>£725.00</td><td></td><td>£3,410.22</td></tr>
<tr><td>24/11/2026</td><td>DIRECT DEBIT HMRC VAT</td><td></td><td>£1,200.00</td><td>£2,210.22</td></tr>
<tr><td>25/11/2026</td><td>CARD PAYMENT PRET A MANGER</td><td></td><td>£8.45</td><td>£2,201.77</td></tr>
<tr><td>27/11/2026</td><td>FASTER PAYMENT FROM T WILLIAMS REF INV-0199</td><td>£150.00</td><td></td><td>£2,351.77</td></tr>
</table></body></html>""", U, QP)],
     [c("725.00", "GBP", "GREENLEAF STUDIO", "INV-0201", "2026-11-23"),
      c("150.00", "GBP", "T WILLIAMS", "INV-0199", "2026-11-27")], "en-summary-html")

mail("b33-de-summary-html-signed", "Tue, 1 Dec 2026 06:30:00 +0100", "Sparkasse <info@sparkasse.de>",
     "Ihre Umsätze vom 30.11.2026",
     [(H, """<html><body><p>Guten Tag, hier sind Ihre neuen Umsätze:</p>
<table>
<tr><th>Buchungstag</th><th>Empfänger/Auftraggeber</th><th>Verwendungszweck</th><th>Betrag</th></tr>
<tr><td>30.11.2026</td><td>Telekom Deutschland GmbH</td><td>Kundennr 123456 Lastschrift</td><td>-45,90&nbsp;EUR</td></tr>
<tr><td>30.11.2026</td><td>Maler Krause GbR</td><td>Rechnung R-2026-332</td><td>+1.200,00&nbsp;EUR</td></tr>
<tr><td>30.11.2026</td><td>Tankstelle Aral</td><td>Kartenzahlung</td><td>-72,10&nbsp;EUR</td></tr>
</table></body></html>""", L, QP)],
     [c("1200.00", "EUR", "Maler Krause GbR", "Rechnung R-2026-332", "2026-11-30")], "de-summary-signed")

mail("b34-en-summary-text-sections", "Tue, 1 Dec 2026 08:00:00 +0000", "Monzo <help@monzo.com>",
     "Your November roundup",
     [(P, """Here's your roundup for yesterday.

Money out
  30 Nov  Google Workspace          -£11.50
  30 Nov  Transfer to Savings Pot   -£200.00

Money in
  30 Nov  Blue Harbour Cafe Ltd     +£430.00   ref BH-INV-77
  30 Nov  Mr P Kowalski             +£60.00    ref Invoice 2026-15

Balance: £5,102.80
""", U, E8)],
     [c("430.00", "GBP", "Blue Harbour Cafe Ltd", "BH-INV-77", "2026-11-30"),
      c("60.00", "GBP", "Mr P Kowalski", "Invoice 2026-15", "2026-11-30")], "en-summary-sections")

# ---------------------------------------------------------------- distractors (no credit)
mail("d01-fr-card-payment", "Wed, 18 Nov 2026 13:02:00 +0100", "Shine <bonjour@shine.fr>",
     "Paiement par carte de 42,90 €",
     [(P, """Paiement par carte de 42,90 € chez FNAC PARIS le 18/11/2026.
Carte se terminant par 4821.
Solde disponible : 3 201,44 €
""", U, QP)], [], "distractor-card")

mail("d02-fr-direct-debit", "Thu, 5 Nov 2026 06:00:00 +0100", "Crédit Agricole <ne-pas-repondre@credit-agricole.fr>",
     "Prélèvement sur votre compte",
     [(P, """Bonjour,

Un prélèvement SEPA de 89,00 € a été débité de votre compte le 05/11/2026.
Créancier : ORANGE SA
Référence du mandat : ORG-445566

Crédit Agricole
""", U, QP)], [], "distractor-debit")

mail("d03-fr-you-sent", "Tue, 10 Nov 2026 18:30:00 +0100", "Lydia <no-reply@lydia-app.com>",
     "Vous avez envoyé 300,00 € à Paul Girard",
     [(P, """Vous avez envoyé 300,00 € à Paul Girard pour « Loyer atelier ».
Le paiement a bien été effectué le 10/11/2026.
""", U, QP)], [], "distractor-sent")

mail("d04-en-you-sent", "Wed, 11 Nov 2026 09:12:00 +0000", "Wise <noreply@wise.com>",
     "You sent £150.00 to Bright Ideas Ltd",
     [(H, """<html><body><p>Hi Claire,</p><p>You sent <b>£150.00</b> to Bright Ideas Ltd. It should arrive today.</p>
<p>Reference: PO-7781</p></body></html>""", U, QP)], [], "distractor-sent-en")

mail("d05-fr-money-request", "Sun, 22 Nov 2026 11:00:00 +0100", "Lydia <no-reply@lydia-app.com>",
     "Camille Petit vous demande 50,00 €",
     [(P, """Camille Petit vous demande 50,00 € pour « Cadeau Julie ».
Payez en un clic depuis l'application.
""", U, QP)], [], "distractor-request")

mail("d06-en-money-request", "Mon, 23 Nov 2026 20:00:00 +0000", "Monzo <help@monzo.com>",
     "Tom Baker requested £20.00",
     [(P, """Tom Baker requested £20.00 from you for "Team lunch".
Open Monzo to pay or decline.
""", U, E8)], [], "distractor-request-en")

mail("d07-de-announced-debit", "Fri, 27 Nov 2026 07:00:00 +0100", "Sparkasse <info@sparkasse.de>",
     "Vorabankündigung SEPA-Lastschrift",
     [(P, """Guten Tag,

wir kündigen Ihnen folgende SEPA-Lastschrift an: Am 03.12.2026 wird ein Betrag von 49,99 EUR von Ihrem Konto eingezogen.
Zahlungsempfänger: Vodafone GmbH
Mandatsreferenz: VF-99887766

Ihre Sparkasse
""", L, QP)], [], "distractor-announced")

mail("d08-fr-announced-debit", "Mon, 30 Nov 2026 09:00:00 +0100", "La Banque Postale <alertes@labanquepostale.fr>",
     "Prochain prélèvement",
     [(P, """Bonjour,

Un prélèvement de 120,00 EUR sera présenté sur votre compte le 05/12/2026.
Émetteur : EDF
Pensez à vérifier que votre solde est suffisant.
""", L, QP)], [], "distractor-announced-fr")

mail("d09-en-low-balance", "Sat, 28 Nov 2026 08:00:00 +0000", "Barclays <alerts@barclays.co.uk>",
     "Your balance is low",
     [(P, """Your balance is below £100.00.
The balance of your account ending 2231 is now £42.17.
Pay in money now to avoid charges.
""", U, E8)], [], "distractor-balance")

mail("d10-de-statement", "Tue, 1 Dec 2026 05:00:00 +0100", "Commerzbank <noreply@commerzbank.de>",
     "Ihr Kontoauszug ist verfügbar",
     [(H, """<html><body><p>Guten Tag,</p><p>Ihr Kontoauszug für November 2026 steht im Online-Banking für Sie bereit.</p>
<p>Kontostand zum 30.11.2026: 12.345,67&nbsp;EUR</p></body></html>""", U, QP)], [], "distractor-statement")

mail("d11-fr-marketing", "Wed, 4 Nov 2026 10:00:00 +0100", "Boursorama Banque <offres@boursorama.fr>",
     "Parrainez un proche et gagnez 80 € !",
     [(H, """<html><body><h1>Gagnez 80&nbsp;€ pour chaque filleul</h1>
<p>Jusqu&#39;au 30/11/2026, recevez 80&nbsp;€ sur votre compte pour chaque ami qui ouvre un compte, et votre filleul reçoit 150&nbsp;€ de bienvenue.</p>
<p>Offre soumise à conditions.</p></body></html>""", U, QP)], [], "distractor-marketing")

mail("d12-fr-transfer-rejected", "Thu, 19 Nov 2026 14:00:00 +0100", "LCL <alertes@lcl.fr>",
     "Virement rejeté",
     [(P, """Bonjour,

Le virement de 500,00 € émis par SARL DUVAL à votre attention n'a pas pu être crédité sur votre compte (coordonnées bancaires invalides) et a été rejeté le 19/11/2026.

LCL
""", U, QP)], [], "distractor-rejected")

mail("d13-en-payment-returned", "Fri, 20 Nov 2026 12:00:00 +0000", "Lloyds Bank <alerts@lloydsbank.co.uk>",
     "Payment returned",
     [(P, """Hello,

The payment of £750.00 from HARPER & SONS could not be applied to your account and was returned to the sender on 20/11/2026.

Lloyds Bank
""", U, E8)], [], "distractor-returned")

mail("d14-en-refund-issued", "Tue, 17 Nov 2026 15:00:00 +0000", "Stripe <notifications@stripe.com>",
     "Refund of €45.00 to Jane Doe",
     [(P, """You refunded €45.00 to Jane Doe (jane@example.com).
Original payment: py_3Kx9ABC123 on 12 Nov 2026.
The refund will appear on the customer's statement in 5-10 days.
""", U, E8)], [], "distractor-refund-issued")

mail("d15-en-payout-on-the-way", "Thu, 19 Nov 2026 02:00:00 +0000", "Stripe <notifications@stripe.com>",
     "Your payout of €3,210.45 is on the way",
     [(P, """Hi ACME Conseil,

A payout of €3,210.45 is on its way to your bank account ending 0042.
Expected arrival: November 23, 2026

Stripe
""", U, E8)], [], "distractor-pending")

mail("d16-fr-credit-en-cours", "Mon, 23 Nov 2026 11:00:00 +0100", "Revolut Business <no-reply@revolut.com>",
     "Virement entrant en cours de traitement",
     [(P, """Bonjour,

Un virement entrant de 1 500,00 € de KAPLAN SAS est en cours de traitement. Il sera disponible sur votre compte une fois vérifié.

Revolut Business
""", U, QP)], [], "distractor-pending-fr")

mail("d17-de-chargeback", "Wed, 25 Nov 2026 09:00:00 +0100", "SumUp <noreply@sumup.com>",
     "Rückbuchung einer Kartenzahlung",
     [(P, """Hallo,

ein Karteninhaber hat die Zahlung über 129,00 EUR vom 14.11.2026 angefochten. Der Betrag wurde als Rückbuchung (Chargeback) von Ihrem Guthaben abgezogen.

Ihr SumUp-Team
""", U, QP)], [], "distractor-chargeback")

mail("d18-en-collection-failed", "Thu, 26 Nov 2026 10:00:00 +0000", "GoCardless <help@gocardless.com>",
     "Payment failed",
     [(P, """Hi ACME Conseil,

The payment of £240.00 from Oakridge Dental Ltd has failed (insufficient funds). We'll retry on 30 November 2026.

Reference: ACME-INV-3330

GoCardless
""", U, E8)], [], "distractor-failed")
