# A second hand-worded set, written after the reader's fixes and measured once before any further change, so that
# its first figures say how the reader does on wording it was not fixed for. Written by:
#   python3 src/test/python/bank-eval/writer.py src/test/resources/eval/bank/fresh fresh-mails.py
P, H = "plain", "html"
U, L = "utf-8", "iso-8859-1"
QP, B64, E8 = "quoted-printable", "base64", "8bit"

mail("f01-fr-pro-encaissement", "Tue, 1 Dec 2026 10:20:00 +0100", "Qonto <notifications@qonto.com>",
     "Encaissement de 5 400,00 €",
     [(P, """Bonjour Claire,

Votre compte ACME Conseil a été crédité de 5 400,00 € par ÉDITIONS DU PHARE.
Libellé du virement : Règlement facture F-2026-0433
Date : mardi 1 décembre 2026
""", U, QP)],
     [c("5400.00", "EUR", "ÉDITIONS DU PHARE", "Règlement facture F-2026-0433", "2026-12-01")], "fr-credite-par")

mail("f02-en-faster-payment-html", "Wed, 2 Dec 2026 09:41:00 +0000", "Tide <hello@tide.co>",
     "You've been paid £1,875.00",
     [(H, """<html><body><div><p>Hi Claire,</p>
<p><strong>Pennine Joinery Ltd</strong> has paid you <strong>£1,875.00</strong>.</p>
<table><tr><td>Payment reference</td><td>ACME INV 2026-102</td></tr>
<tr><td>Received</td><td>2 December 2026, 09:40</td></tr></table>
<p>Tide</p></div></body></html>""", U, QP)],
     [c("1875.00", "GBP", "Pennine Joinery Ltd", "ACME INV 2026-102", "2026-12-02")], "en-has-paid-you")

mail("f03-de-eingang-tabelle-text", "Wed, 2 Dec 2026 07:00:00 +0100", "Volksbank <info@volksbank.de>",
     "Neuer Umsatz",
     [(P, """Sehr geehrte Frau Martin,

es gibt einen neuen Umsatz auf Ihrem Konto:

Art:                 SEPA-Überweisung (Eingang)
Betrag:              2.150,00 EUR
Zahlungspflichtiger: Weber & Partner mbB
Zweck:               Honorar November RE 2026/118
Buchung am:          01.12.2026

Ihre Volksbank
""", L, QP)],
     [c("2150.00", "EUR", "Weber & Partner mbB", "Honorar November RE 2026/118", "2026-12-01")], "de-aligned-labels")

mail("f04-fr-lcl-sentence-reference-entre-guillemets", "Thu, 3 Dec 2026 11:05:00 +0100", "Crédit Mutuel <alertes@creditmutuel.fr>",
     "Alerte virement",
     [(P, """Bonjour,

Un virement SEPA de 640,00 EUR en provenance de MME CHLOE BERNARD a été porté sur votre compte le 03/12/2026, avec la mention "Cours de piano décembre".

Crédit Mutuel
""", U, QP)],
     [c("640.00", "EUR", "MME CHLOE BERNARD", "Cours de piano décembre", "2026-12-03")], "fr-mention")

mail("f05-en-wise-usd-received", "Thu, 3 Dec 2026 15:30:00 +0000", "Wise <noreply@wise.com>",
     "You received USD 2,300.00",
     [(P, """Hi ACME Conseil,

You received USD 2,300.00 from BLUE RIVER MEDIA INC.

Reference from sender: PO 7731 / INV-2026-140
Date: December 3, 2026

It's now in your USD balance.
""", U, E8)],
     [c("2300.00", "USD", "BLUE RIVER MEDIA INC", "PO 7731 / INV-2026-140", "2026-12-03")], "en-usd")

mail("f06-de-n26-html-b64", "Fri, 4 Dec 2026 08:15:00 +0100", "N26 <no-reply@n26.com>",
     "Du hast 180,00 € erhalten",
     [(H, """<html><body><p>Hey Claire,</p><p>Du hast <b>180,00&nbsp;€</b> von <b>Sophie Keller</b> erhalten.</p>
<p>Verwendungszweck: &bdquo;Yoga Kurs Dezember&ldquo;</p></body></html>""", U, B64)],
     [c("180.00", "EUR", "Sophie Keller", "Yoga Kurs Dezember", "2026-12-04")], "de-du-hast-erhalten")

mail("f07-fr-summary-weekly-html", "Mon, 7 Dec 2026 06:00:00 +0100", "Shine <bonjour@shine.fr>",
     "Votre récap de la semaine",
     [(H, """<p>Voici vos mouvements de la semaine :</p>
<table>
<tr><th>Jour</th><th>Opération</th><th>Montant</th></tr>
<tr><td>01/12/2026</td><td>Virement de LES JARDINS DE MAYA - Facture 2026-077</td><td>+ 1&nbsp;320,00&nbsp;€</td></tr>
<tr><td>02/12/2026</td><td>Paiement carte AMAZON</td><td>- 54,99&nbsp;€</td></tr>
<tr><td>03/12/2026</td><td>Virement de BRASSERIE DU PORT - Facture 2026-081</td><td>+ 760,00&nbsp;€</td></tr>
<tr><td>04/12/2026</td><td>Prélèvement URSSAF</td><td>- 912,00&nbsp;€</td></tr>
</table>""", U, QP)],
     [c("1320.00", "EUR", "LES JARDINS DE MAYA", "Facture 2026-077", "2026-12-01"),
      c("760.00", "EUR", "BRASSERIE DU PORT", "Facture 2026-081", "2026-12-03")], "fr-summary-dash")

mail("f08-en-statement-text-credit-column", "Tue, 8 Dec 2026 06:00:00 +0000", "NatWest <alerts@natwest.com>",
     "Your recent transactions",
     [(P, """Recent transactions on account ending 5521

Date         Description                          Paid out (£)  Paid in (£)
07 Dec 2026  GREENWAY CATERING  INV-2026-55                          980.00
07 Dec 2026  BT GROUP PLC DD                            64.00
08 Dec 2026  M JONES  FEB DEPOSIT                                    250.00
""", U, E8)],
     [c("980.00", "GBP", "GREENWAY CATERING", "INV-2026-55", "2026-12-07"),
      c("250.00", "GBP", "M JONES", "FEB DEPOSIT", "2026-12-08")], "en-paid-in-column")

mail("f09-fr-paypal-paiement-recu-html", "Tue, 8 Dec 2026 20:12:00 +0100", "PayPal <service@paypal.fr>",
     "Notification de paiement reçu",
     [(H, """<p>Bonjour ACME Conseil,</p>
<p>Vous avez reçu un paiement de 95,00&nbsp;€ EUR de Thomas Girard (thomas.girard@example.fr).</p>
<p>Objet : Atelier du 5 décembre</p>
<p>Date de la transaction : 8 déc. 2026</p>""", U, QP)],
     [c("95.00", "EUR", "Thomas Girard", "Atelier du 5 décembre", "2026-12-08")], "fr-paypal")

mail("f10-de-sparkasse-push-style", "Wed, 9 Dec 2026 12:00:00 +0100", "Sparkasse <push@sparkasse.de>",
     "Eingang 3.900,00 EUR",
     [(P, """Eingang 3.900,00 EUR
Von: Hotel Alpenblick GmbH
Zweck: Rechnung 2026-0904
Konto: DE89 **** 1234
""", U, QP)],
     [c("3900.00", "EUR", "Hotel Alpenblick GmbH", "Rechnung 2026-0904", "2026-12-09")], "de-push")

mail("f11-en-stripe-payout-paid", "Thu, 10 Dec 2026 03:00:00 +0000", "Stripe <notifications@stripe.com>",
     "Your payout of €4,112.80 has been paid",
     [(P, """Hi ACME Conseil,

Your payout of €4,112.80 has been paid to your bank account ending 0042.

Payout ID: po_1QwErT2026AcMe
Paid on: December 10, 2026
""", U, E8)],
     [c("4112.80", "EUR", "Stripe", "po_1QwErT2026AcMe", "2026-12-10")], "en-payout-paid")

mail("f12-fr-societe-generale-html-table", "Thu, 10 Dec 2026 07:30:00 +0100", "Société Générale <alertes@societegenerale.fr>",
     "Votre alerte crédit",
     [(H, """<p>Bonjour,</p><p>Une opération au crédit de votre compte a été enregistrée.</p>
<table><tr><td>Date</td><td>10/12/2026</td></tr>
<tr><td>Nature</td><td>VIREMENT RECU</td></tr>
<tr><td>Émetteur</td><td>CLINIQUE VETERINAIRE DES LILAS</td></tr>
<tr><td>Référence</td><td>F2026-0499</td></tr>
<tr><td>Montant</td><td>+ 1&nbsp;234,00 EUR</td></tr></table>""", L, B64)],
     [c("1234.00", "EUR", "CLINIQUE VETERINAIRE DES LILAS", "F2026-0499", "2026-12-10")], "fr-html-table")

mail("f13-en-revolut-money-added", "Fri, 11 Dec 2026 10:00:00 +0000", "Revolut Business <no-reply@revolut.com>",
     "Money added to your account",
     [(P, """€860.00 from Fjord Analytics AS was added to your EUR account.

Reference: FA-Q4-2026
""", U, E8)],
     [c("860.00", "EUR", "Fjord Analytics AS", "FA-Q4-2026", "2026-12-11")], "en-money-added")

mail("f14-fr-lydia-pro-paiement", "Fri, 11 Dec 2026 19:00:00 +0100", "Lydia <no-reply@lydia-app.com>",
     "Paiement reçu",
     [(P, """Bonne nouvelle ! Inès Fontaine t'a payé 32,00 €.
Message : « Cours du 10/12 »
""", U, QP)],
     [c("32.00", "EUR", "Inès Fontaine", "Cours du 10/12", "2026-12-11")], "fr-t-a-paye")

# ---------------------------------------------------------------- distractors
mail("g01-fr-virement-programme", "Mon, 30 Nov 2026 09:00:00 +0100", "Qonto <notifications@qonto.com>",
     "Virement programmé",
     [(P, """Bonjour Claire,

Votre virement permanent de 1 100,00 € vers SCI LES TILLEULS sera exécuté le 5 décembre 2026.
""", U, QP)], [], "distractor-scheduled")

mail("g02-en-card-declined", "Tue, 1 Dec 2026 13:00:00 +0000", "Monzo <help@monzo.com>",
     "Card payment declined",
     [(P, """Your card payment of £64.20 at SHELL was declined because the card is frozen.
""", U, E8)], [], "distractor-declined")

mail("g03-de-ueberweisung-ausgefuehrt", "Wed, 2 Dec 2026 10:00:00 +0100", "Commerzbank <noreply@commerzbank.de>",
     "Überweisung ausgeführt",
     [(P, """Guten Tag,

Ihre Überweisung über 2.400,00 EUR an Immobilien Vogt GmbH wurde am 02.12.2026 ausgeführt.
Verwendungszweck: Miete Dezember
""", U, QP)], [], "distractor-outgoing-de")

mail("g04-fr-demande-paiement-lydia", "Thu, 3 Dec 2026 18:00:00 +0100", "Lydia <no-reply@lydia-app.com>",
     "Nouvelle demande",
     [(P, """Hugo Lambert t'a envoyé une demande de 18,50 € pour « Resto jeudi ».
Accepte ou refuse-la depuis l'app.
""", U, QP)], [], "distractor-request-fr")

mail("g05-en-direct-debit-collected", "Fri, 4 Dec 2026 06:00:00 +0000", "Starling Bank <notifications@starlingbank.com>",
     "Direct Debit paid",
     [(P, """A Direct Debit of £89.00 to VODAFONE LTD has been paid from your account.
""", U, E8)], [], "distractor-dd-en")

mail("g06-fr-cashback-offre", "Sat, 5 Dec 2026 10:00:00 +0100", "Boursorama Banque <offres@boursorama.fr>",
     "Jusqu'à 150 € remboursés sur vos achats de Noël",
     [(H, """<h2>Jusqu&#39;à 150&nbsp;€ remboursés !</h2><p>Profitez du cashback sur vos achats chez nos partenaires jusqu&#39;au 31/12/2026.</p>""", U, QP)],
     [], "distractor-cashback")

mail("g07-en-paypal-sent", "Sat, 5 Dec 2026 16:00:00 +0000", "PayPal <service@paypal.com>",
     "Receipt for your payment to Figma Inc",
     [(P, """You sent a payment of $45.00 USD to Figma Inc.
Transaction ID: 9XY12345AB678901C
""", U, E8)], [], "distractor-receipt")

mail("g08-de-lastschrift-rueckgabe", "Mon, 7 Dec 2026 08:00:00 +0100", "Sparkasse <info@sparkasse.de>",
     "Rücklastschrift",
     [(P, """Guten Tag,

die Lastschrift über 240,00 EUR von Kunde Becker IT wurde zurückgegeben (Widerspruch des Zahlungspflichtigen). Der Betrag wurde Ihrem Konto wieder belastet.
""", L, QP)], [], "distractor-returned-dd")

mail("g09-fr-interets-releve", "Tue, 8 Dec 2026 06:00:00 +0100", "La Banque Postale <alertes@labanquepostale.fr>",
     "Votre relevé de compte de novembre",
     [(P, """Bonjour,

Votre relevé de compte de novembre 2026 est disponible.
Total des crédits du mois : 18 450,00 €
Total des débits du mois : 12 300,00 €
""", U, QP)], [], "distractor-statement-totals")

mail("g10-en-invoice-from-supplier", "Wed, 9 Dec 2026 11:00:00 +0000", "QuickBooks <quickbooks@notification.intuit.com>",
     "Invoice 4471 from Print Hub Ltd",
     [(P, """Dear customer,

Your invoice is ready. Amount due: £312.00, due 23 December 2026.
Pay now: https://pay.example/4471
""", U, E8)], [], "distractor-invoice-due")
