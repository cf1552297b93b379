# A fifth hand-worded set, written after the third fresh set's fixes and measured once before any change for it.
#   python3 src/test/python/bank-eval/writer.py src/test/resources/eval/bank/fresh4 fresh4-mails.py
P, H = "plain", "html"
U, L = "utf-8", "iso-8859-1"
QP, B64, E8 = "quoted-printable", "base64", "8bit"

mail("q01-en-newsletter-style-html", "Mon, 11 Jan 2027 09:00:00 +0000", "Revolut Business <no-reply@revolut.com>",
     "Payment received from Kite & Co",
     [(H, """<html><body><table width="100%"><tr><td align="center"><img src="cid:logo" alt="Revolut"></td></tr>
<tr><td><h1 style="font-size:28px">€2,640.00</h1><p>Payment received from <b>Kite &amp; Co</b></p></td></tr>
<tr><td><table><tr><td>Reference</td><td>KC-INV-118</td></tr><tr><td>Account</td><td>EUR Main</td></tr></table></td></tr>
<tr><td style="font-size:11px;color:#999">Revolut Bank UAB. Balance after this payment: €12,004.18. Invite friends and earn €50!</td></tr>
</table></body></html>""", U, QP)],
     [c("2640.00", "EUR", "Kite & Co", "KC-INV-118", "2027-01-11")], "en-newsletter")

mail("q02-en-eur-code-comma-decimals", "Mon, 11 Jan 2027 10:00:00 +0100", "BNP Paribas <mesalertes@bnpparibas.com>",
     "Credit transfer received",
     [(P, """Dear Customer,

Your account has received a SEPA credit transfer of EUR 1.234,56 on 11.01.2027.
Originator: LOGISTIQUE DU SUD SARL
Remittance information: FACTURE 2026-1201
""", U, E8)],
     [c("1234.56", "EUR", "LOGISTIQUE DU SUD SARL", "FACTURE 2026-1201", "2027-01-11")], "en-fr-bank")

mail("q03-de-chf-apostrophe", "Tue, 12 Jan 2027 08:00:00 +0100", "UBS <noreply@ubs.com>",
     "Gutschrift auf Ihrem Konto",
     [(P, """Guten Tag

Ihrem Konto wurden CHF 4'850.00 gutgeschrieben.
Auftraggeber: Bergbahnen Engadin AG
Mitteilung: Rechnung 2026-55
Valuta: 12.01.2027
""", U, QP)],
     [c("4850.00", "CHF", "Bergbahnen Engadin AG", "Rechnung 2026-55", "2027-01-12")], "de-chf")

mail("q04-de-eingehende-zahlung", "Tue, 12 Jan 2027 13:00:00 +0100", "N26 <no-reply@n26.com>",
     "Eingehende Zahlung",
     [(P, """Eingehende Zahlung von Lea Hoffmann: 120,00 €
Verwendungszweck: Nachhilfe Januar
""", U, QP)],
     [c("120.00", "EUR", "Lea Hoffmann", "Nachhilfe Januar", "2027-01-12")], "de-eingehende")

mail("q05-en-starling-received-from", "Wed, 13 Jan 2027 09:00:00 +0000", "Starling Bank <notifications@starlingbank.com>",
     "You received £95.50",
     [(P, """You received £95.50 from P SINGH.
Reference: GUITAR LESSONS
""", U, E8)],
     [c("95.50", "GBP", "P SINGH", "GUITAR LESSONS", "2027-01-13")], "en-received-from")

mail("q06-fr-operation-table-sens", "Wed, 13 Jan 2027 07:00:00 +0100", "Crédit Mutuel <alertes@creditmutuel.fr>",
     "Opérations du jour",
     [(H, """<table><tr><th>Date</th><th>Libellé</th><th>Sens</th><th>Montant</th></tr>
<tr><td>12/01/2027</td><td>VIR SEPA DE GITE DES SAULES REF RESA-2027-01</td><td>Crédit</td><td>480,00 €</td></tr>
<tr><td>12/01/2027</td><td>PRLV SEPA ENGIE</td><td>Débit</td><td>97,30 €</td></tr></table>""", U, QP)],
     [c("480.00", "EUR", "GITE DES SAULES", "RESA-2027-01", "2027-01-12")], "fr-sens-column")

mail("q07-fr-plain-with-signature-amounts", "Thu, 14 Jan 2027 10:00:00 +0100", "LCL <alertes@lcl.fr>",
     "Virement reçu",
     [(P, """Bonjour,

Nous vous confirmons la réception d'un virement de 3 000,00 € émis par SCI DU MOULIN le 14/01/2027.
Libellé : LOYER COMMERCIAL T1

--
LCL - Le Crédit Lyonnais, SA au capital de 2 037 713 591 EUR.
""", U, QP)],
     [c("3000.00", "EUR", "SCI DU MOULIN", "LOYER COMMERCIAL T1", "2027-01-14")], "fr-reception")

# ---------------------------------------------------------------- distractors
mail("r01-fr-rappel-fournisseur", "Mon, 11 Jan 2027 11:00:00 +0100", "Imprimerie Lenoir <compta@imprimerie-lenoir.example>",
     "Rappel : facture 2026-330",
     [(P, """Bonjour,

Sauf erreur de notre part, nous n'avons pas reçu votre paiement de 300,00 € pour la facture 2026-330.
Merci de procéder au règlement.
""", U, QP)], [], "distractor-supplier-reminder")

mail("r02-en-transfer-cancelled", "Tue, 12 Jan 2027 09:00:00 +0000", "Wise <noreply@wise.com>",
     "Your transfer has been cancelled",
     [(P, """Your transfer of €500.00 to Anna Schmidt has been cancelled. The money is back in your balance.
""", U, E8)], [], "distractor-cancelled")

mail("r03-de-zahlung-storniert", "Tue, 12 Jan 2027 10:00:00 +0100", "PayPal <service@paypal.de>",
     "Zahlung storniert",
     [(P, """Die Zahlung über 60,00 € von Max Schulte wurde storniert.
""", U, QP)], [], "distractor-storniert")

mail("r04-fr-echec-virement", "Wed, 13 Jan 2027 12:00:00 +0100", "Qonto <notifications@qonto.com>",
     "Échec de votre virement",
     [(P, """Votre virement de 1 200,00 € vers SAS BETA n'a pas pu être exécuté : IBAN invalide.
""", U, QP)], [], "distractor-failed-out")

mail("r05-en-you-ve-sent", "Wed, 13 Jan 2027 15:00:00 +0000", "Monzo <help@monzo.com>",
     "You've sent £40.00 to Sam",
     [(P, """You've sent £40.00 to Sam Taylor.
""", U, E8)], [], "distractor-sent")

mail("r06-en-no-payment-received", "Thu, 14 Jan 2027 09:00:00 +0000", "Xero <messaging@xero.com>",
     "Invoice INV-0199 is overdue",
     [(P, """No payment has been received for invoice INV-0199 (£150.00) from T WILLIAMS, due 10 January 2027.
""", U, E8)], [], "distractor-overdue")
