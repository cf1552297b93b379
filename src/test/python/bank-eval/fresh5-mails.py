# A sixth hand-worded set, written after the fourth fresh set's fixes and measured once before any change for it.
# s05's reference was relabelled after that measurement to the sets' convention ("FACT 2026-301" is "2026-301").
#   python3 src/test/python/bank-eval/writer.py src/test/resources/eval/bank/fresh5 fresh5-mails.py
P, H = "plain", "html"
U, L = "utf-8", "iso-8859-1"
QP, B64, E8 = "quoted-printable", "base64", "8bit"

mail("s01-fr-caisse-epargne-alerte-solde", "Mon, 18 Jan 2027 07:30:00 +0100", "Caisse d'Epargne <alertes@ce.caisse-epargne.fr>",
     "Alerte : opération créditrice",
     [(P, """Madame, Monsieur,

Dans le cadre de votre service d'alertes, nous vous informons qu'une opération créditrice
d'un montant de 1 875,40 EUR a été enregistrée sur votre compte n° XXXX4521 le 17/01/2027.

Nature de l'opération : VIREMENT SEPA RECU
Donneur d'ordre : ATELIER BOIS ET FER
Motif : REGLEMENT FACT F27-0008

Solde du compte après opération : 8 402,13 EUR

Ce message est envoyé automatiquement, merci de ne pas y répondre.
Caisse d'Epargne Ile-de-France - Banque coopérative régie par les articles L.512-85 et suivants du Code monétaire et financier.
""", L, QP)],
     [c("1875.40", "EUR", "ATELIER BOIS ET FER", "REGLEMENT FACT F27-0008", "2027-01-17")], "fr-operation-creditrice")

mail("s02-fr-banque-populaire-push", "Mon, 18 Jan 2027 09:12:00 +0100", "Banque Populaire <ne-pas-repondre@banquepopulaire.fr>",
     "Cyber-alerte",
     [(P, """Cyber-alerte : +650,00 EUR sur votre compte courant le 18/01. VIR INST DE: M DURAND PAUL - REF: ACOMPTE CUISINE.
""", L, E8)],
     [c("650.00", "EUR", "M DURAND PAUL", "ACOMPTE CUISINE", "2027-01-18")], "fr-push-plus-sign")

mail("s03-fr-fortuneo-html-table", "Mon, 18 Jan 2027 18:00:00 +0100", "Fortuneo <info@fortuneo.fr>",
     "Un virement est arrivé sur votre compte",
     [(H, """<html><body style="font-family:Arial">
<p>Bonjour,</p>
<p>Bonne nouvelle, un virement vient d'arriver sur votre compte.</p>
<table cellpadding="4" border="0">
<tr><td style="color:#888">Émetteur</td><td><strong>CABINET ROUX &amp; ASSOCIES</strong></td></tr>
<tr><td style="color:#888">Montant</td><td><strong>2&nbsp;400,00&nbsp;&euro;</strong></td></tr>
<tr><td style="color:#888">Date de valeur</td><td>18 janvier 2027</td></tr>
<tr><td style="color:#888">Motif du virement</td><td>HONORAIRES DEC 2026</td></tr>
</table>
<p style="font-size:10px">Fortuneo est une marque commerciale d'Arkéa Direct Bank. Pensez à parrainer vos proches : jusqu'à 80 € offerts.</p>
</body></html>""", U, QP)],
     [c("2400.00", "EUR", "CABINET ROUX & ASSOCIES", "HONORAIRES DEC 2026", "2027-01-18")], "fr-html-label-table")

mail("s04-fr-memo-bank-multipart", "Tue, 19 Jan 2027 10:05:00 +0100", "Memo Bank <notifications@memo.bank>",
     "Paiement entrant : 12 300,00 €",
     [(P, """Paiement entrant

Montant      12 300,00 €
De           Groupe Hexa Industrie SAS
IBAN         FR76 3000 4000 0500 0012 3456 789
Libellé      PO 44871 / FACTURE MB-2027-003
Exécuté le   19/01/2027
""", U, QP),
      (H, """<div><h2>Paiement entrant</h2><table>
<tr><td>Montant</td><td>12 300,00 €</td></tr>
<tr><td>De</td><td>Groupe Hexa Industrie SAS</td></tr>
<tr><td>IBAN</td><td>FR76 3000 4000 0500 0012 3456 789</td></tr>
<tr><td>Libellé</td><td>PO 44871 / FACTURE MB-2027-003</td></tr>
<tr><td>Exécuté le</td><td>19/01/2027</td></tr></table></div>""", U, QP)],
     [c("12300.00", "EUR", "Groupe Hexa Industrie SAS", "PO 44871 / FACTURE MB-2027-003", "2027-01-19")], "fr-multipart-de")

mail("s05-fr-swan-fonds-recus", "Tue, 19 Jan 2027 11:00:00 +0100", "Swan <no-reply@swan.io>",
     "Vous avez reçu des fonds",
     [(P, """Des fonds ont été crédités sur votre compte.

Montant crédité : 845,00 EUR
Contrepartie : Boulangerie Martin EURL
Communication : Fact. 2027/014
Date d'opération : 19 janv. 2027
""", U, B64)],
     [c("845.00", "EUR", "Boulangerie Martin EURL", "2027/014", "2027-01-19")], "fr-fonds-credites")

mail("s06-fr-mangopay-payin", "Tue, 19 Jan 2027 14:20:00 +0100", "Mangopay <no-reply@mangopay.com>",
     "Confirmation de pay-in",
     [(P, """Bonjour,

Un pay-in de 320,50 EUR a été effectué avec succès sur votre wallet.
Payeur : Claire Fontaine
Référence de la transaction : CMD-88120
Date : 19/01/2027 14:18

Les fonds sont disponibles sur votre wallet.
""", U, QP)],
     [c("320.50", "EUR", "Claire Fontaine", "CMD-88120", "2027-01-19")], "fr-payin")

mail("s07-fr-payplug-paiement-accepte", "Wed, 20 Jan 2027 16:45:00 +0100", "PayPlug <notifications@payplug.com>",
     "Nouveau paiement accepté",
     [(H, """<table width="600"><tr><td><h3>Nouveau paiement accepté</h3></td></tr>
<tr><td>Votre client <b>Julien Perrot</b> vient de régler <b>89,90 €</b> par carte.</td></tr>
<tr><td>N° de commande : <b>WEB-10293</b><br>Le 20/01/2027 à 16:44</td></tr>
<tr><td style="font-size:10px">Commission PayPlug : 1,12 €. Versement sur votre compte bancaire sous 2 jours ouvrés.</td></tr></table>""", U, QP)],
     [c("89.90", "EUR", "Julien Perrot", "WEB-10293", "2027-01-20")], "fr-client-vient-de-regler")

mail("s08-en-mollie-payment-paid", "Wed, 20 Jan 2027 12:00:00 +0100", "Mollie <no-reply@mollie.com>",
     "Payment tr_7Hq2kLm paid",
     [(P, """Hi,

A payment has been paid.

Amount: EUR 249.00
Customer: Northwind Design BV
Description: Order 2027-0451
Status: paid
Paid at: 2027-01-20 11:58

Mollie B.V., Keizersgracht 126, Amsterdam.
""", U, E8)],
     [c("249.00", "EUR", "Northwind Design BV", "Order 2027-0451", "2027-01-20")], "en-status-paid")

mail("s09-fr-sumeria-push", "Thu, 21 Jan 2027 08:10:00 +0100", "Sumeria <hello@sumeria.eu>",
     "Thomas vous a envoyé 45 €",
     [(P, """Thomas Girard vous a envoyé 45,00 € 🎉
Message : "cours de yoga janvier"
C'est déjà sur votre compte.
""", U, B64)],
     [c("45.00", "EUR", "Thomas Girard", "cours de yoga janvier", "2027-01-21")], "fr-vous-a-envoye")

mail("s10-fr-wero-recu", "Thu, 21 Jan 2027 19:30:00 +0100", "Wero <no-reply@wero-wallet.eu>",
     "Vous avez reçu de l'argent",
     [(P, """Vous avez reçu 30,00 € de Sophie L. via Wero.
Motif : Resto vendredi
Le 21/01/2027
""", U, QP)],
     [c("30.00", "EUR", "Sophie L.", "Resto vendredi", "2027-01-21")], "fr-recu-de-via")

mail("s11-de-volksbank-umsatz", "Fri, 22 Jan 2027 06:00:00 +0100", "Volksbank <info@volksbank.de>",
     "Kontowecker: Neuer Umsatz",
     [(P, """Guten Tag,

auf Ihrem Konto DE12 3456 7890 0000 1234 56 wurde folgender Umsatz gebucht:

Buchungstag: 21.01.2027
Betrag: +1.560,00 EUR
Buchungstext: SEPA-Gutschrift
Zahlungspflichtiger: Schreinerei Vogel GmbH
Verwendungszweck: RE-2027-0012 Kd.Nr. 4471

Ihr Kontowecker
Dies ist eine automatisch generierte E-Mail.
""", L, QP)],
     [c("1560.00", "EUR", "Schreinerei Vogel GmbH", "RE-2027-0012 Kd.Nr. 4471", "2027-01-21")], "de-umsatz-plus")

mail("s12-de-dkb-geldeingang", "Fri, 22 Jan 2027 10:00:00 +0100", "DKB <info@dkb.de>",
     "Geldeingang auf Ihrem Konto",
     [(H, """<p>Hallo,</p><p>es ist Geld auf Ihrem Girokonto eingegangen:</p>
<ul><li>Absender: <b>Jana Krüger</b></li><li>Betrag: <b>75,00 EUR</b></li>
<li>Zweck: Miete Stellplatz Februar</li><li>Datum: 22.01.2027</li></ul>
<p>Ihre DKB</p>""", U, QP)],
     [c("75.00", "EUR", "Jana Krüger", "Miete Stellplatz Februar", "2027-01-22")], "de-geldeingang-list")

mail("s13-de-comdirect-latin1", "Fri, 22 Jan 2027 15:00:00 +0100", "comdirect <info@comdirect.de>",
     "Information zu Ihrem Girokonto",
     [(P, """Sehr geehrter Kunde,

am 22.01.2027 wurde Ihrem Girokonto ein Betrag in Höhe von 3.200,00 EUR gutgeschrieben.

Überweisender: Müller & Söhne Bau KG
Zahlungsgrund: Abschlagsrechnung Nr. 27-003

Mit freundlichen Grüßen
Ihre comdirect
""", L, QP)],
     [c("3200.00", "EUR", "Müller & Söhne Bau KG", "Abschlagsrechnung Nr. 27-003", "2027-01-22")], "de-in-hoehe-von")

mail("s14-en-tide-money-in", "Mon, 25 Jan 2027 09:00:00 +0000", "Tide <hello@tide.co>",
     "Money in: £1,250.00",
     [(P, """Money in

£1,250.00 has landed in your Tide account.

From: HARGREAVES PLUMBING LTD
Reference: INV 0098
Date: 25 Jan 2027
""", U, E8)],
     [c("1250.00", "GBP", "HARGREAVES PLUMBING LTD", "INV 0098", "2027-01-25")], "en-has-landed")

mail("s15-en-natwest-credit-alert", "Mon, 25 Jan 2027 13:00:00 +0000", "NatWest <alerts@natwest.com>",
     "NatWest: credit alert",
     [(P, """NatWest: A credit of GBP 480.00 from OAKLEY CARPENTRY ref OC-2027-01 was paid into your account ending 4412 on 25/01/27. To stop alerts, log in to online banking.
""", U, E8)],
     [c("480.00", "GBP", "OAKLEY CARPENTRY", "OC-2027-01", "2027-01-25")], "en-credit-of-sms")

mail("s16-en-bunq-html", "Tue, 26 Jan 2027 11:00:00 +0100", "bunq <notifications@bunq.com>",
     "You just got paid!",
     [(H, """<div style="text-align:center"><p style="font-size:32px">+ € 560,00</p>
<p>You just got paid by <b>Pieter de Vries</b></p>
<p>Description: <i>Website maintenance Jan</i></p>
<p>26 January 2027</p></div>""", U, B64)],
     [c("560.00", "EUR", "Pieter de Vries", "Website maintenance Jan", "2027-01-26")], "en-got-paid-by")

mail("s17-en-wise-business-usd", "Tue, 26 Jan 2027 17:00:00 +0000", "Wise Business <noreply@wise.com>",
     "You've got USD 3,400.00 from Brightline Inc",
     [(P, """Hi Acme Conseil,

You've got USD 3,400.00 from Brightline Inc. It's now in your USD balance.

Reference: INVOICE ACM-2027-04
Sent on: 26 January 2027

Thanks,
The Wise Team
""", U, E8)],
     [c("3400.00", "USD", "Brightline Inc", "INVOICE ACM-2027-04", "2027-01-26")], "en-youve-got-from")

mail("s18-en-adyen-settled", "Wed, 27 Jan 2027 09:00:00 +0100", "Adyen <noreply@adyen.com>",
     "Payment authorised and captured",
     [(P, """Merchant account: AcmeConseilECOM

Event: CAPTURE
Success: true
Amount: 1,020.00 EUR
Shopper name: Martina Rossi
Merchant reference: ORD-55210
Event date: 2027-01-27
""", U, E8)],
     [c("1020.00", "EUR", "Martina Rossi", "ORD-55210", "2027-01-27")], "en-event-fields")

# ---------------------------------------------------------------- distractors
mail("t01-fr-credit-du-nord-prelevement-a-venir", "Mon, 18 Jan 2027 08:00:00 +0100", "Crédit du Nord <alertes@credit-du-nord.fr>",
     "Avis de prélèvement à venir",
     [(P, """Madame, Monsieur,

Un prélèvement SEPA d'un montant de 214,60 EUR sera présenté sur votre compte le 25/01/2027.
Créancier : URSSAF ILE DE FRANCE
Référence du mandat : URS-88812
""", L, QP)], [], "distractor-upcoming-direct-debit")

mail("t02-fr-hello-bank-offre", "Tue, 19 Jan 2027 12:00:00 +0100", "Hello bank! <hello@hellobank.fr>",
     "Recevez 180 € offerts !",
     [(H, """<h1>Jusqu'à 180 € crédités sur votre compte</h1>
<p>Parrainez un proche : dès son ouverture de compte, nous vous versons 80 € et il reçoit 100 €.</p>
<p>Offre soumise à conditions, valable jusqu'au 31/03/2027.</p>""", U, QP)], [], "distractor-sponsor-offer")

mail("t03-fr-lemonway-remboursement-emis", "Wed, 20 Jan 2027 10:00:00 +0100", "Lemonway <no-reply@lemonway.com>",
     "Remboursement effectué",
     [(P, """Le remboursement de 150,00 EUR en faveur de Pauline Bernard a bien été effectué depuis votre wallet.
Référence : RMB-2210
""", U, QP)], [], "distractor-refund-issued")

mail("t04-fr-paylib-demande", "Wed, 20 Jan 2027 18:00:00 +0100", "Paylib <noreply@paylib.fr>",
     "Demande de paiement",
     [(P, """Marc Lefèvre vous demande 25,00 € pour « places de cinéma ».
Acceptez ou refusez cette demande depuis votre application.
""", U, QP)], [], "distractor-money-request")

mail("t05-de-postbank-lastschrift", "Thu, 21 Jan 2027 07:00:00 +0100", "Postbank <info@postbank.de>",
     "Neuer Umsatz auf Ihrem Konto",
     [(P, """Buchungstag: 21.01.2027
Betrag: -89,99 EUR
Buchungstext: SEPA-Lastschrift
Empfänger: Telekom Deutschland GmbH
Verwendungszweck: Kundenkonto 5512 Rechnung Januar
""", L, QP)], [], "distractor-minus-amount")

mail("t06-de-zahlung-abgelehnt", "Thu, 21 Jan 2027 09:30:00 +0100", "Volksbank <info@volksbank.de>",
     "Eingehende Zahlung abgelehnt",
     [(P, """Eine eingehende Überweisung über 400,00 EUR von Bauer Logistik GmbH konnte Ihrem Konto nicht gutgeschrieben werden und wurde an den Auftraggeber zurückgesandt.
""", U, QP)], [], "distractor-incoming-rejected")

mail("t07-en-santander-payment-due", "Fri, 22 Jan 2027 08:00:00 +0000", "Santander UK <alerts@santander.co.uk>",
     "Your credit card payment is due",
     [(P, """Your minimum payment of £25.00 is due on 28/01/2027. Your statement balance is £612.40.
Please make sure you have paid it to avoid a late payment fee.
""", U, E8)], [], "distractor-card-payment-due")

mail("t08-en-metro-bank-pending", "Fri, 22 Jan 2027 14:00:00 +0000", "Metro Bank <alerts@metrobank.plc.uk>",
     "Incoming payment on hold",
     [(P, """An incoming payment of £2,000.00 from J PATEL is being held for security checks. It has not yet been credited to your account. We will contact you if we need more information.
""", U, E8)], [], "distractor-incoming-on-hold")

mail("t09-en-monese-you-paid", "Mon, 25 Jan 2027 12:00:00 +0000", "Monese <hello@monese.com>",
     "Payment to KERRY FOODS LTD",
     [(P, """You paid £310.00 to KERRY FOODS LTD.
Reference: ACME-PO-77
Your new balance is £1,904.12.
""", U, E8)], [], "distractor-you-paid")

mail("t10-fr-mollie-chargeback", "Tue, 26 Jan 2027 10:00:00 +0100", "Mollie <no-reply@mollie.com>",
     "Rétrofacturation reçue",
     [(P, """Une rétrofacturation (chargeback) de 89,00 EUR a été reçue pour le paiement tr_9Kd2 de Hugo Blanc.
Le montant a été débité de votre solde Mollie.
""", U, QP)], [], "distractor-chargeback")
