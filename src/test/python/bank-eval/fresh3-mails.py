# A fourth hand-worded set, written after the second fresh set's fixes and measured once before any change for it.
#   python3 src/test/python/bank-eval/writer.py src/test/resources/eval/bank/fresh3 fresh3-mails.py
P, H = "plain", "html"
U, L = "utf-8", "iso-8859-1"
QP, B64, E8 = "quoted-printable", "base64", "8bit"

mail("n01-fr-forwarded-alert", "Mon, 4 Jan 2027 09:30:00 +0100", "Claire Martin <claire@acme-conseil.fr>",
     "Fwd: Virement reçu",
     [(P, """---------- Forwarded message ---------
De : Qonto <notifications@qonto.com>
Date: lun. 4 janv. 2027 à 08:12
Subject: Virement reçu
To: <claire@acme-conseil.fr>

Bonjour Claire,

Vous avez reçu un virement de 1 980,00 € de STUDIO LUMEN.
Référence : F-2027-0003
""", U, QP)],
     [c("1980.00", "EUR", "STUDIO LUMEN", "F-2027-0003", "2027-01-04")], "fr-forwarded")

mail("n02-en-amount-euro-space", "Mon, 4 Jan 2027 11:00:00 +0000", "Revolut Business <no-reply@revolut.com>",
     "Payment received",
     [(P, """Payment received: € 1 234,50
From: Nordlicht Design GmbH
Reference: RE-2026-448
""", U, E8)],
     [c("1234.50", "EUR", "Nordlicht Design GmbH", "RE-2026-448", "2027-01-04")], "en-euro-space")

mail("n03-de-sepa-gutschrift-svwz", "Tue, 5 Jan 2027 07:00:00 +0100", "Sparkasse <info@sparkasse.de>",
     "Umsatz",
     [(P, """05.01.2027 SEPA-Gutschrift Bäckerei Lange GmbH SVWZ+ Rechnung 2026-990 EREF+ 2026-990   1.050,00
""", L, QP)],
     [c("1050.00", "EUR", "Bäckerei Lange GmbH", "Rechnung 2026-990", "2027-01-05")], "de-svwz")

mail("n04-fr-vous-avez-recu-de-la-part", "Tue, 5 Jan 2027 12:00:00 +0100", "Shine <bonjour@shine.fr>",
     "💰 Nouveau virement",
     [(H, """<p>Vous avez reçu un virement SEPA de la part de <b>Mme Élodie Garnier</b>&nbsp;: <b>150,00&nbsp;€</b>.</p>
<p>Motif du virement&nbsp;: «&nbsp;coaching janvier&nbsp;»</p>""", U, QP)],
     [c("150.00", "EUR", "Mme Élodie Garnier", "coaching janvier", "2027-01-05")], "fr-de-la-part")

mail("n05-en-summary-unicode-minus", "Wed, 6 Jan 2027 06:00:00 +0000", "Monzo <help@monzo.com>",
     "Your daily summary",
     [(H, """<table><tr><th>Date</th><th>Description</th><th>Amount</th></tr>
<tr><td>05/01/2027</td><td>Adobe</td><td>−£19.97</td></tr>
<tr><td>05/01/2027</td><td>Payment from Quarry Hill Cafe · INV-0205</td><td>+£312.00</td></tr></table>""", U, QP)],
     [c("312.00", "GBP", "Quarry Hill Cafe", "INV-0205", "2027-01-05")], "en-summary-minus")

mail("n06-fr-credit-apres-montant", "Wed, 6 Jan 2027 08:00:00 +0100", "La Banque Postale <alertes@labanquepostale.fr>",
     "Alerte solde",
     [(P, """Votre compte a enregistré un virement au crédit de 2 100,00 EUR le 06/01/2027.
Emetteur : CABINET DENTAIRE DU LAC
Votre solde est désormais de 5 320,17 EUR.
""", L, QP)],
     [c("2100.00", "EUR", "CABINET DENTAIRE DU LAC", None, "2027-01-06")], "fr-alerte-solde")

mail("n08-de-du-hast-geld-bekommen", "Thu, 7 Jan 2027 18:00:00 +0100", "PayPal <service@paypal.de>",
     "Sie haben eine Zahlung erhalten",
     [(P, """Hallo ACME Conseil,

Max Schulte hat Ihnen 75,00 € EUR gesendet.

Mitteilung: "Workshop 9.1."
""", U, QP)],
     [c("75.00", "EUR", "Max Schulte", "Workshop 9.1.", "2027-01-07")], "de-paypal")

# ---------------------------------------------------------------- distractors
mail("p01-fr-forwarded-prelevement", "Mon, 4 Jan 2027 10:00:00 +0100", "Claire Martin <claire@acme-conseil.fr>",
     "TR: Prélèvement à venir",
     [(P, """-----Message d'origine-----
De : Banque <alertes@banque.fr>
Objet : Prélèvement à venir

Un prélèvement de 64,00 € sera débité le 08/01/2027 (OVH).
""", U, QP)], [], "distractor-forwarded-debit")

mail("p02-en-payment-sent-confirmation", "Tue, 5 Jan 2027 09:00:00 +0000", "Wise <noreply@wise.com>",
     "Your payment to Oakwood Ltd has been sent",
     [(P, """Your payment of £780.00 to Oakwood Ltd has been sent and should arrive today.
""", U, E8)], [], "distractor-sent")

mail("p03-de-karte-belastet", "Tue, 5 Jan 2027 13:00:00 +0100", "N26 <no-reply@n26.com>",
     "Kartenumsatz",
     [(P, """Deine Karte wurde mit 23,80 € belastet (REWE Markt).
""", U, QP)], [], "distractor-card-de")

mail("p04-fr-echeancier-client", "Wed, 6 Jan 2027 09:00:00 +0100", "Facturation <facturation@logiciel.example>",
     "Votre client a consulté sa facture",
     [(P, """Votre client ATELIER BRUN SARL a consulté la facture F-2026-0412 d'un montant de 2 450,00 €.
Elle n'est pas encore payée.
""", U, QP)], [], "distractor-invoice-viewed")

mail("p05-en-refund-requested-by-customer", "Thu, 7 Jan 2027 11:00:00 +0000", "Stripe <notifications@stripe.com>",
     "A customer asked for a refund",
     [(P, """Jane Doe has asked for a refund of €45.00 for payment py_3Kx9ABC123.
""", U, E8)], [], "distractor-refund-asked")

mail("p06-fr-solde-crediteur", "Thu, 7 Jan 2027 12:00:00 +0100", "CIC <alertes@cic.fr>",
     "Alerte solde créditeur",
     [(P, """Le solde de votre compte est créditeur de 12 400,00 EUR au 07/01/2027.
""", U, QP)], [], "distractor-balance-credit")
